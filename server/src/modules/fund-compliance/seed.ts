// Demo capital calls of Hanoi's fund: the four calls of 20% its 2026 pay-ins answered (each due on its pay-in
// day), and a fifth call of 10% in November that nobody has paid yet, so an overdue list shows from December.
import type { EntityManager } from '@mikro-orm/postgresql';
import { demoActor } from '../users';
import { createCapitalCall } from './service';

const DEMO_FUND_NAME = 'Quỹ Đầu tư Mạo hiểm Hà Nội';
const DEMO_AS_OF = '2026-11-30';
const CALLS: [callDate: string, dueDate: string, percentBp: number][] = [
  ['2025-12-15', '2026-01-15', 2000],
  ['2026-03-16', '2026-04-15', 2000],
  ['2026-06-15', '2026-07-15', 2000],
  ['2026-09-15', '2026-10-15', 2000],
  ['2026-11-02', '2026-11-30', 1000],
];

export async function seedDemoCapitalCalls(em: EntityManager): Promise<void> {
  const rows = await em.execute<{ id: string }[]>('select id from funds where name = ?', [DEMO_FUND_NAME]);
  const fundId = rows[0]?.id;
  if (!fundId) return;
  const manager = await demoActor(em, 'fund@launchpad.test');
  for (const [callDate, dueDate, percentBp] of CALLS) {
    await createCapitalCall(em, manager, { fundId, callDate, dueDate, percentBp }, DEMO_AS_OF, { notify: false });
  }
}
