// Money as whole Vietnamese dong in bigint (never a float), and percentages as integer basis points.
import { badInput } from './errors.js';
import { outOfRange } from './refusals.js';

export type Locale = 'vi' | 'en';

/** Upper bound of any single VND amount; fits numeric(20,0) with room for sums. */
export const MAX_VND = 10n ** 18n;

const DIGITS_ONLY = /^[0-9]+$/;

/**
 * Parses a VND amount sent as a decimal string (the `VND` scalar). Only plain digits are
 * accepted, so "-5", "1.5", "1e9", " 12" and "" are refused rather than silently coerced.
 */
export function parseVnd(input: string, field = 'amount'): bigint {
  if (typeof input !== 'string' || input.length === 0) {
    throw badInput(field, `${field} must be a whole number of dong written with digits only.`);
  }
  if (!DIGITS_ONLY.test(input)) {
    throw badInput(
      field,
      `${field} must be a whole, non-negative number of dong written with digits only (no sign, decimals, spaces or separators).`,
    );
  }
  const value = BigInt(input);
  if (value > MAX_VND) throw outOfRange(field, 0n, MAX_VND);
  return value;
}

export function sumVnd(values: readonly bigint[]): bigint {
  let total = 0n;
  for (const v of values) total += v;
  return total;
}

function abs(x: bigint): bigint {
  return x < 0n ? -x : x;
}

/** Floor division for bigint (bigint `/` truncates toward zero). */
export function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return a % b !== 0n && a < 0n !== b < 0n ? q - 1n : q;
}

function groupDigits(digits: string, separator: string): string {
  let out = '';
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += separator;
    out += digits[i];
  }
  return out;
}

const SEPARATORS: Record<Locale, { group: string; decimal: string }> = {
  vi: { group: '.', decimal: ',' },
  en: { group: ',', decimal: '.' },
};

function wrapCurrency(body: string, negative: boolean, locale: Locale): string {
  const sign = negative ? '-' : '';
  return locale === 'vi' ? `${sign}${body} ₫` : `${sign}VND ${body}`;
}

/**
 * A number as a reader reads it: the language's grouping and decimal mark, at most `maxDigits` decimals, trailing
 * zeros trimmed down to `minDigits`: vi `1.234,5`, en `1,234.5`. Plain arithmetic rather than Intl.NumberFormat,
 * whose first use loads locale data and costs a phone's page load tens of milliseconds.
 */
export function formatNumber(value: number, locale: Locale, { minDigits = 0, maxDigits = 0 } = {}): string {
  if (!Number.isFinite(value)) return String(value);
  const fixed = Math.abs(value).toFixed(maxDigits);
  const [whole = '0', decimals = ''] = fixed.split('.');
  let frac = decimals.replace(/0+$/, '');
  if (frac.length < minDigits) frac = frac.padEnd(minDigits, '0');
  const { group, decimal } = SEPARATORS[locale];
  const sign = value < 0 && /[1-9]/.test(fixed) ? '-' : '';
  return `${sign}${groupDigits(whole, group)}${frac ? `${decimal}${frac}` : ''}`;
}

/** Full amount: vi `1.250.000.000 ₫`, en `VND 1,250,000,000`. */
export function formatVnd(amount: bigint, locale: Locale): string {
  const body = groupDigits(abs(amount).toString(), SEPARATORS[locale].group);
  return wrapCurrency(body, amount < 0n, locale);
}

const BILLION = 10n ** 9n;
const MILLION = 10n ** 6n;

/**
 * Short amount for dashboards: vi `1,25 tỷ ₫` / `350 triệu ₫`, en `VND 1.25 bn` / `VND 350 m`.
 * At most two decimals, rounded half-up, trailing zeros trimmed; under one million the full form.
 * All arithmetic stays in bigint so amounts beyond 2^53 round exactly.
 */
export function formatVndCompact(amount: bigint, locale: Locale): string {
  const a = abs(amount);
  if (a < MILLION) return formatVnd(amount, locale);
  let unit = a >= BILLION ? BILLION : MILLION;
  let hundredths = (a * 100n + unit / 2n) / unit;
  // 999,999,999 rounds to 1000.00 million: show it as 1 billion instead.
  if (unit === MILLION && hundredths >= 100_000n) {
    unit = BILLION;
    hundredths = (a * 100n + unit / 2n) / unit;
  }
  const { group, decimal } = SEPARATORS[locale];
  const whole = groupDigits((hundredths / 100n).toString(), group);
  const frac = (hundredths % 100n).toString().padStart(2, '0').replace(/0+$/, '');
  const num = frac ? `${whole}${decimal}${frac}` : whole;
  const sign = amount < 0n ? '-' : '';
  if (locale === 'vi') return `${sign}${num} ${unit === BILLION ? 'tỷ' : 'triệu'} ₫`;
  return `${sign}VND ${num} ${unit === BILLION ? 'bn' : 'm'}`;
}

/** The range of a GraphQL `Int` (32-bit signed): a figure sent as Int must lie inside it. */
export const INT32_MIN = -2_147_483_648;
export const INT32_MAX = 2_147_483_647;

/** part/whole in basis points, floored and exact (any size); 0n when whole is 0. */
export function bpOfExact(part: bigint, whole: bigint): bigint {
  if (whole === 0n) return 0n;
  return floorDiv(part * 10000n, whole);
}

/**
 * A bigint clamped into the GraphQL `Int` range. Ratios of amounts up to 10^18 can pass 2^31 basis points
 * (a 10^18-dong round against a 1-dong target); the clamped figure travels as `Int`, the exact one beside it
 * as a decimal string.
 */
export function clampToInt32(value: bigint): number {
  if (value > BigInt(INT32_MAX)) return INT32_MAX;
  if (value < BigInt(INT32_MIN)) return INT32_MIN;
  return Number(value);
}

/** part/whole in basis points, floored (10000 = 100.00%), clamped to the GraphQL Int range; 0 when whole is 0. */
export function bpOf(part: bigint, whole: bigint): number {
  return clampToInt32(bpOfExact(part, whole));
}

/** Hundredths (a number, or an exact bigint beyond 2^53) with two decimals, truncated toward zero. */
function formatHundredths(value: number | bigint, locale: Locale): string {
  const n = typeof value === 'bigint' ? value : BigInt(Number.isFinite(value) ? Math.trunc(value) : 0);
  const a = n < 0n ? -n : n;
  const { group, decimal } = SEPARATORS[locale];
  const whole = groupDigits((a / 100n).toString(), group);
  const frac = (a % 100n).toString().padStart(2, '0');
  return `${n < 0n ? '-' : ''}${whole}${decimal}${frac}`;
}

/** Basis points as a percentage with two decimals: vi `49,00%`, en `49.00%`; a bigint prints exactly at any size. */
export function formatBp(bp: number | bigint, locale: Locale): string {
  return `${formatHundredths(bp, locale)}%`;
}

/**
 * A share that breaks a cap: its percentage, or "more than" the cap where two decimals would round it down
 * to the cap itself (one dong above 49.00% is still 49.00%): vi `hơn 49,00%`, en `more than 49.00%`.
 */
export function formatBpAboveCap(bp: number, capBp: number, locale: Locale): string {
  if (bp > capBp) return formatBp(bp, locale);
  return `${locale === 'vi' ? 'hơn' : 'more than'} ${formatBp(capBp, locale)}`;
}

/** A multiple in basis points of 1× (MOIC, TVPI, DPI; 10000 = 1.00×), truncated: 12500 → vi `1,25×`, en `1.25×`. */
export function formatMultipleBp(bp: number | bigint, locale: Locale): string {
  return `${formatHundredths(typeof bp === 'bigint' ? bp / 100n : Math.trunc(bp / 100), locale)}×`;
}
