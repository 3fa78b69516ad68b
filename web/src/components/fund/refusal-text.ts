// A refusal from the fund API in the user's words: the code (and for a limit, the rule's kind) picks the sentence,
// `extensions` supply the figures, and a limit refusal ends naming the rule it applied with its citation and version.
import { citationIn, formatBp, formatBpAboveCap, formatVnd, type Locale } from '@launchpad/shared';
import { ApiError, NETWORK_ERROR } from '../../api/client';
import { formatDate } from '../../format/dates';
import { inputRefusalText } from '../../composables/input-refusal';

type Translate = (key: string, values?: Record<string, unknown>) => string;

function vnd(value: unknown, locale: Locale): string {
  return typeof value === 'string' && /^\d+$/.test(value) ? formatVnd(BigInt(value), locale) : '—';
}
function bp(value: unknown, locale: Locale): string {
  return typeof value === 'number' ? formatBp(value, locale) : '—';
}
/** The share a refused change would reach: never printed as equal to the cap it breaks. */
function bpAbove(value: unknown, cap: unknown, locale: Locale): string {
  return typeof value === 'number' && typeof cap === 'number'
    ? formatBpAboveCap(value, cap, locale)
    : bp(value, locale);
}

type RuleExtension = { kind?: unknown; citation?: unknown; version?: unknown; effectiveFrom?: unknown };

/** "Rule applied: <name> — <citation> (version N, in force since D)." — what every limit refusal ends with. */
function ruleSentence(d: Record<string, unknown>, t: Translate, te: (key: string) => boolean, locale: Locale): string {
  const rule = d.rule as RuleExtension | undefined;
  if (!rule || typeof rule.kind !== 'string' || typeof rule.citation !== 'string') return '';
  const key = `fundLaw.kinds.${rule.kind}`;
  const name = te(key) ? t(key) : rule.kind;
  if (typeof rule.version === 'number' && typeof rule.effectiveFrom === 'string') {
    return t('fund.errors.ruleVersion', {
      name,
      citation: citationIn(rule.citation, locale),
      version: rule.version,
      from: formatDate(rule.effectiveFrom, locale),
    });
  }
  return t('fund.errors.rule', { name, citation: citationIn(rule.citation, locale) });
}

function count(value: unknown): string {
  return typeof value === 'string' && /^\d+$/.test(value) ? value : '—';
}

export function refusalText(error: unknown, t: Translate, te: (key: string) => boolean, locale: Locale): string {
  if (!(error instanceof ApiError)) return t('fund.errors.generic');
  const sentence = limitSentence(error, t, te, locale);
  const rule = ruleSentence(error.details, t, te, locale);
  return rule ? `${sentence} ${rule}` : sentence;
}

function limitSentence(error: ApiError, t: Translate, te: (key: string) => boolean, locale: Locale): string {
  const d = error.details;
  const kind = (d.rule as RuleExtension | undefined)?.kind;
  switch (error.code) {
    case 'CHARTER_LIMIT_EXCEEDED':
      // The budget amount and the member counts refuse with the charter code; their figures are dong or members.
      if (kind === 'STATE_BUDGET_AMOUNT') {
        return t('fund.errors.STATE_BUDGET_AMOUNT', {
          attempted: vnd(d.current, locale),
          limit: vnd(d.limit, locale),
          headroom: vnd(d.headroom, locale),
        });
      }
      if (kind === 'OTHER_MEMBERS_COUNT' || kind === 'INVESTORS_COUNT') {
        const below = typeof d.minimum === 'string' && Number(count(d.current)) < Number(d.minimum);
        return t(`fund.errors.${below ? 'INVESTORS_BELOW_MINIMUM' : kind}`, {
          attempted: count(d.current),
          limit: count(d.limit),
          minimum: count(d.minimum),
          headroom: count(d.headroom),
        });
      }
      return t('fund.errors.CHARTER_LIMIT_EXCEEDED', {
        attempted: bpAbove(d.attemptedBp, d.capBp, locale),
        current: bp(d.currentBp, locale),
        cap: bp(d.capBp, locale),
        headroom: vnd(d.headroom, locale),
        withdrawal: vnd(d.privateWithdrawalHeadroom, locale),
      });
    case 'CASH_LIMIT_EXCEEDED':
      // A pay-in above the commitment carries `committed`; an investment above paid-in carries `invested`.
      if (d.committed !== undefined) {
        return t('fund.errors.PAY_IN_LIMIT_EXCEEDED', {
          committed: vnd(d.committed, locale),
          paidIn: vnd(d.paidIn, locale),
          headroom: vnd(d.headroom, locale),
        });
      }
      return t('fund.errors.CASH_LIMIT_EXCEEDED', {
        paidIn: vnd(d.paidIn, locale),
        invested: vnd(d.invested, locale),
        headroom: vnd(d.headroom, locale),
      });
    case 'STAKE_LIMIT_EXCEEDED':
      return t('fund.errors.STAKE_LIMIT_EXCEEDED', {
        current: bpAbove(d.currentBp, d.capBp, locale),
        cap: bp(d.capBp, locale),
        headroom: vnd(d.headroom, locale),
      });
    case 'BAD_USER_INPUT': {
      const field = typeof d.field === 'string' ? d.field : '';
      const fieldKey = `fund.fields.${field}`;
      const label = field && te(fieldKey) ? t(fieldKey) : field || '—';
      return inputRefusalText(d, label, t, locale) ?? t('fund.errors.BAD_USER_INPUT', { field: label });
    }
    case 'FORBIDDEN':
    case 'NOT_FOUND':
    case 'CONFLICT':
      return t(`fund.errors.${error.code}`);
    case NETWORK_ERROR:
      return t('fund.errors.network');
    default:
      // Codes of other areas (e.g. DECISION_REQUIRED, FILE_REFUSED) have their sentence in the common catalog.
      return te(`errors.${error.code}`)
        ? t(`errors.${error.code}`, { message: error.message })
        : t('fund.errors.generic');
  }
}
