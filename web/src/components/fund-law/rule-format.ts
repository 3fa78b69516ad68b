// How a rule's figures read: each kind counts in its own unit (basis points, dong or members).
import type { FundRuleKind } from '../../api/generated/graphql';
import type { useFundFormat } from '../../pages/fund/fund-format';

type Fmt = ReturnType<typeof useFundFormat>;

const COUNTS: FundRuleKind[] = ['OTHER_MEMBERS_COUNT', 'INVESTORS_COUNT'];

/** The limit in the kind's unit; a member count with a minimum reads as a range ("2–30"). */
export function limitText(fmt: Fmt, kind: FundRuleKind, limit: string, minimum?: string | null): string {
  if (kind === 'STATE_BUDGET_AMOUNT') return `≤ ${fmt.vnd(limit)}`;
  if (COUNTS.includes(kind)) return minimum && minimum !== '0' ? `${minimum}–${limit}` : `≤ ${limit}`;
  return `≤ ${fmt.bp(Number(limit))}`;
}

/** The current figure: a share for the share and stake rules, dong for amounts and losses, members for the count. */
export function currentText(fmt: Fmt, kind: FundRuleKind, value: string): string {
  if (kind === 'STATE_SHARE_OF_CHARTER' || kind === 'STAKE_PER_STARTUP') return fmt.bp(Number(value));
  if (COUNTS.includes(kind)) return value;
  return fmt.vnd(value);
}

/** The headroom of a rule on a day: members for the count, basis points under the stake cap, dong otherwise. */
export function headroomText(fmt: Fmt, kind: FundRuleKind, value: string): string {
  if (COUNTS.includes(kind)) return value;
  if (kind === 'STAKE_PER_STARTUP') return fmt.bp(Number(value));
  return fmt.vnd(value);
}
