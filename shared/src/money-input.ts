// What a person types into a money field, read as whole dong without guessing behind their back:
// digits grouped with Vietnamese (1.250.000) or English (1,250,000) separators or spaces, and the
// shorthands "12,5 tỷ", "300 triệu", "1.5 tỷ", "500 nghìn". A sign or a fraction of a dong is refused
// with a reason (never silently dropped), and so is anything else that is not an amount.

export type MoneyInputRefusal = 'EMPTY' | 'SIGN' | 'DECIMAL' | 'INVALID' | 'TOO_LARGE';

export type MoneyInputResult = { ok: true; amount: bigint } | { ok: false; reason: MoneyInputRefusal };

/** The largest amount a money field takes (numeric(20,0) leaves room; 10^18 dong is far beyond any fund). */
export const MAX_MONEY_INPUT = 10n ** 18n;

const UNITS: readonly { words: readonly string[]; factor: bigint }[] = [
  { words: ['tỷ', 'tỉ', 'ty', 'ti', 'bn', 'b', 'billion', 'billions'], factor: 10n ** 9n },
  { words: ['triệu', 'trieu', 'tr', 'm', 'mn', 'million', 'millions'], factor: 10n ** 6n },
  { words: ['nghìn', 'ngàn', 'nghin', 'ngan', 'k', 'thousand', 'thousands'], factor: 10n ** 3n },
];
const CURRENCY = /\s*(₫|đ|đồng|dong|vnd|vnđ)$/iu;
const LEADING_CURRENCY = /^(₫|vnd|vnđ)\s*/iu;
const SIGNS = /^[-+\u2212\u2013]/;

/** Splits "12,5 tỷ" into its number and the unit's factor (1 without a unit). */
function splitUnit(text: string): { number: string; factor: bigint } | null {
  const match = /^(.*?)\s*([\p{L}]+)$/u.exec(text);
  if (!match) return { number: text, factor: 1n };
  const word = (match[2] ?? '').toLowerCase();
  const unit = UNITS.find((u) => u.words.includes(word));
  return unit ? { number: match[1] ?? '', factor: unit.factor } : null;
}

/**
 * Reads the number part: the whole digits and the fraction digits after a decimal mark.
 * One kind of separator whose groups after the first all have three digits is a thousands separator;
 * a single separator followed by another number of digits is a decimal mark; with both '.' and ','
 * the last one is the decimal mark.
 */
function readNumber(raw: string): { whole: string; fraction: string } | null {
  const text = raw.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
  if (!/^\d[\d., ]*$/.test(text) || /[., ]$/.test(text) || /[., ]{2}/.test(text)) return null;
  const marks = new Set(text.replace(/\d/g, ''));
  const groups = text.split(/[., ]/);
  const grouped = (parts: string[]) =>
    parts.length > 0 && /^\d{1,3}$/.test(parts[0] ?? '') && parts.slice(1).every((g) => /^\d{3}$/.test(g));
  if (marks.size === 0) return { whole: text, fraction: '' };
  if (marks.size === 1 && grouped(groups)) return { whole: groups.join(''), fraction: '' };
  const lastMark = Math.max(text.lastIndexOf('.'), text.lastIndexOf(','));
  const head = text.slice(0, lastMark);
  const fraction = text.slice(lastMark + 1);
  // A space only ever groups thousands; after a decimal mark nothing is grouped.
  if (lastMark < 0 || !/^\d+$/.test(fraction)) return null;
  const headParts = head.split(/[., ]/);
  const headMarks = new Set(head.replace(/\d/g, ''));
  // The decimal mark appears once, and is not also the thousands separator.
  if (headMarks.has(text.charAt(lastMark)) || headMarks.size > 1) return null;
  if (headParts.length > 1 && !grouped(headParts)) return null;
  return { whole: headParts.join(''), fraction };
}

/** Parses a typed amount of dong; see the file comment for what is accepted. */
export function parseMoneyInput(input: string): MoneyInputResult {
  let text = input.trim();
  if (text === '') return { ok: false, reason: 'EMPTY' };
  if (SIGNS.test(text)) return { ok: false, reason: 'SIGN' };
  text = text.replace(LEADING_CURRENCY, '').replace(CURRENCY, '').trim();
  if (SIGNS.test(text)) return { ok: false, reason: 'SIGN' };
  const split = splitUnit(text);
  if (!split) return { ok: false, reason: 'INVALID' };
  const number = readNumber(split.number);
  if (!number) return { ok: false, reason: 'INVALID' };
  // Without a unit the amount is in dong: a decimal mark there is a fraction of a dong (or a typo of one).
  if (split.factor === 1n && number.fraction !== '') return { ok: false, reason: 'DECIMAL' };
  const fraction = number.fraction.replace(/0+$/, '');
  const scale = 10n ** BigInt(fraction.length);
  const scaled = BigInt(number.whole + fraction) * split.factor;
  if (scaled % scale !== 0n) return { ok: false, reason: 'DECIMAL' };
  const amount = scaled / scale;
  if (amount > MAX_MONEY_INPUT) return { ok: false, reason: 'TOO_LARGE' };
  return { ok: true, amount };
}
