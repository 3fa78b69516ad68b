// Demo data of the fund under the law: Hanoi's fund is a business cooperation contract under Resolution
// 30/2025/NQ-HĐND and carries the five rules the law and the resolution set for it, each with its citation.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { FundRuleKind } from '@launchpad/shared';
import { demoActor } from '../users';
import { addFundRuleVersion, setFundVehicle } from './service';

export const DEMO_FUND_NAME = 'Quỹ Đầu tư Mạo hiểm Hà Nội';
const FROM = '2026-01-01';

export const HANOI_RULES: { kind: FundRuleKind; limit: bigint; scope: string; citation: string }[] = [
  {
    kind: 'STATE_SHARE_OF_CHARTER',
    limit: 4900n,
    scope: 'The city budget (STATE members) in the fund’s charter capital',
    citation: 'Decree 264/2025/NĐ-CP, Art. 6(4)(b); Resolution 30/2025/NQ-HĐND',
  },
  {
    kind: 'STATE_BUDGET_AMOUNT',
    limit: 600_000_000_000n,
    scope: 'Hanoi’s budget contribution to its venture fund',
    citation: 'Resolution 30/2025/NQ-HĐND',
  },
  {
    kind: 'OTHER_MEMBERS_COUNT',
    limit: 6n,
    scope: 'Investors beside the city in the business cooperation contract',
    citation: 'Resolution 30/2025/NQ-HĐND (Capital Law 2024, Art. 36)',
  },
  {
    kind: 'STAKE_PER_STARTUP',
    limit: 4900n,
    scope: 'The fund’s stake in any one startup',
    citation: 'Program policy: the fund stays a minority co-investor',
  },
  {
    kind: 'PORTFOLIO_LOSS_THRESHOLD',
    limit: 5000n,
    scope: 'Losses over the portfolio in one investment cycle, of the charter capital (monitored and reported)',
    citation: 'Decree 264/2025/NĐ-CP, Art. 10(4)',
  },
];

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
      'Resolution 30/2025/NQ-HĐND (Capital Law 2024, Art. 36): a business cooperation contract between the city and at most 6 other investors, without legal personality; a 10-year pilot reviewed after 5 years.',
    cycleStart: FROM,
    termYears: 10,
    reviewAfterYears: 5,
  });
  for (const rule of HANOI_RULES) await addFundRuleVersion(em, admin, { fundId, ...rule, effectiveFrom: FROM });
}
