// Demo data of R&D expenses: the demo founder's startup with a year of expense lines and its reported profit, so
// its dossier shows the 200% deduction limited by the no-loss condition.
import type { EntityManager } from '@mikro-orm/postgresql';
import { demoActor } from '../users';
import { DEMO_TODAY } from '../ppp';
import { recordExpense, reportProfit } from './service';

const M = 1_000_000n;
const LINES = [
  ['STAFF', '2026-02-28', 180n * M, 'HD-2026-0012', 'Lương kỹ sư nghiên cứu quý I'],
  ['MATERIALS', '2026-03-20', 42n * M, 'HD-2026-0031', 'Linh kiện cảm biến mẫu'],
  ['TESTING', '2026-05-10', 35n * M, 'HD-2026-0058', 'Kiểm định thiết bị tại Quatest 1'],
  ['OUTSOURCED_RESEARCH', '2026-07-02', 120n * M, 'HD-2026-0077', 'Hợp đồng nghiên cứu với Đại học Bách khoa Hà Nội'],
  ['INTELLECTUAL_PROPERTY', '2026-09-15', 18n * M, 'HD-2026-0102', 'Phí đăng ký sáng chế'],
  ['STAFF', '2026-10-31', 165n * M, 'HD-2026-0121', 'Lương kỹ sư nghiên cứu quý III'],
] as const;

export async function seedDemoRdExpenses(em: EntityManager): Promise<void> {
  const [startup] = await em.execute<{ id: string }[]>(
    `select s.id from startups s join startup_members m on m.startup_id = s.id
       join users u on u.id = m.user_id where u.email = 'founder@launchpad.test' order by s.name limit 1`,
  );
  if (!startup) return;
  // The founder keeps the startup's own R&D ledger.
  const actor = await demoActor(em, 'founder@launchpad.test');
  for (const [category, date, amount, invoiceNumber, description] of LINES) {
    await recordExpense(
      em,
      actor,
      { startupId: startup.id, category, date, amount, invoiceNumber, description, documentRef: null },
      DEMO_TODAY,
    );
  }
  // 560 million of cost, 410 million of profit: the uplift stops at 410 million so there is no loss.
  await reportProfit(em, actor, startup.id, 2026, '410000000');
}
