// Demo data of the fund under the law: Hanoi's fund is a business cooperation contract under Resolution
// 30/2025/NQ-HĐND and carries the five rules the law and the resolution set for it, each with its citation.
import type { EntityManager } from '@mikro-orm/postgresql';
import { demoActor } from '../users';
import { applyFundRuleSet, setFundVehicle } from './service';

export const DEMO_FUND_NAME = 'Quỹ Đầu tư Mạo hiểm Hà Nội';
const FROM = '2026-01-01';

export async function seedDemoFundRules(em: EntityManager): Promise<void> {
  const rows = await em.execute<{ id: string }[]>('select id from funds where name = ?', [DEMO_FUND_NAME]);
  const fundId = rows[0]?.id;
  if (!fundId) return;
  // The fund's legal setup and its rules are the administrator's (only ADMIN adds a rule version).
  const admin = await demoActor(em, 'admin@launchpad.test');
  await setFundVehicle(em, admin, {
    fundId,
    kind: 'BCC',
    legalBasis:
      'Nghị quyết 30/2025/NQ-HĐND (Luật Thủ đô 2024, Điều 36): hợp đồng hợp tác kinh doanh giữa thành phố và tối đa 6 nhà đầu tư khác, không có tư cách pháp nhân; thí điểm 10 năm, đánh giá lại sau 5 năm.',
    cycleStart: FROM,
    termYears: 10,
    reviewAfterYears: 5,
  });
  await applyFundRuleSet(em, admin, { fundId, set: 'HANOI_RESOLUTION_30', effectiveFrom: FROM });
}
