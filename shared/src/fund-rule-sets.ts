// The legal rule sets a fund can be put under, as data: each rule with its limit, scope (in Vietnamese, the
// product's first language) and citation. Applying a set adds one new version per rule (a change is never an edit). Hanoi's venture fund is a business cooperation
// contract under Resolution 30/2025/NQ-HĐND and Decree 264/2025/NĐ-CP; a startup-investment fund under
// Decree 38/2018/NĐ-CP (as amended by Decree 210/2025/NĐ-CP) carries a 50% holding cap and 2–30 investors instead.
import type { FundRuleKind } from './fund-law.js';
import { formatCitation, type LegalAct, type LegalCitation } from './legal-citation.js';

export const FUND_RULE_SETS = ['HANOI_RESOLUTION_30', 'DECREE_38_STARTUP_FUND'] as const;
export type FundRuleSetName = (typeof FUND_RULE_SETS)[number];

export type FundRuleSetRule = {
  kind: FundRuleKind;
  limit: bigint;
  /** The lower bound of a range rule (the 2 of "2–30 investors"). */
  minimum?: bigint;
  scope: string;
  /** The citation as recorded on each version: the English form of the structured one, read back per language. */
  citation: string;
};

export type FundRuleSet = {
  name: FundRuleSetName;
  /** The vehicle such a fund takes. */
  vehicle: 'BCC' | 'COMPANY';
  rules: readonly FundRuleSetRule[];
};

const DECREE_264: LegalAct = { kind: 'DECREE', number: '264/2025/NĐ-CP' };
const RESOLUTION_30: LegalAct = { kind: 'RESOLUTION', number: '30/2025/NQ-HĐND' };
const recorded = (citation: LegalCitation) => formatCitation(citation, 'en');

const DECREE_38 = recorded([
  {
    act: { kind: 'DECREE', number: '38/2018/NĐ-CP' },
    provision: { article: 5 },
    amendedBy: { act: { kind: 'DECREE', number: '210/2025/NĐ-CP' }, from: '2025-09-15' },
  },
]);

export const FUND_RULE_SET: Record<FundRuleSetName, FundRuleSet> = {
  HANOI_RESOLUTION_30: {
    name: 'HANOI_RESOLUTION_30',
    vehicle: 'BCC',
    rules: [
      {
        kind: 'STATE_SHARE_OF_CHARTER',
        limit: 4900n,
        scope: 'Vốn ngân sách thành phố (thành viên nhà nước) trong vốn điều lệ của Quỹ',
        citation: recorded([
          { act: DECREE_264, provision: { article: 6, clause: 4, point: 'b' } },
          { act: RESOLUTION_30 },
        ]),
      },
      {
        kind: 'STATE_BUDGET_AMOUNT',
        limit: 600_000_000_000n,
        scope: 'Phần vốn ngân sách Hà Nội góp vào Quỹ Đầu tư mạo hiểm',
        citation: recorded([{ act: RESOLUTION_30 }]),
      },
      {
        kind: 'OTHER_MEMBERS_COUNT',
        limit: 6n,
        scope: 'Các nhà đầu tư cùng thành phố trong hợp đồng hợp tác kinh doanh',
        citation: recorded([
          { act: RESOLUTION_30, basis: { act: { kind: 'CAPITAL_LAW', number: '2024' }, provision: { article: 36 } } },
        ]),
      },
      {
        kind: 'STAKE_PER_STARTUP',
        limit: 4900n,
        scope: 'Tỷ lệ sở hữu của Quỹ trong mỗi startup',
        citation: recorded([{ policy: 'MINORITY_CO_INVESTOR' }]),
      },
      {
        kind: 'PORTFOLIO_LOSS_THRESHOLD',
        limit: 5000n,
        scope: 'Tổn thất của danh mục trong một chu kỳ đầu tư, so với vốn điều lệ (theo dõi và báo cáo)',
        citation: recorded([{ act: DECREE_264, provision: { article: 10, clause: 4 } }]),
      },
    ],
  },
  DECREE_38_STARTUP_FUND: {
    name: 'DECREE_38_STARTUP_FUND',
    vehicle: 'COMPANY',
    rules: [
      {
        kind: 'STAKE_PER_STARTUP',
        limit: 5000n,
        scope: 'Phần sở hữu của Quỹ trong một startup, so với vốn điều lệ của startup sau khi đầu tư',
        citation: DECREE_38,
      },
      {
        kind: 'INVESTORS_COUNT',
        limit: 30n,
        minimum: 2n,
        scope: 'Các nhà đầu tư góp vốn vào Quỹ (mọi thành viên, kể cả nhà nước)',
        citation: DECREE_38,
      },
    ],
  },
};
