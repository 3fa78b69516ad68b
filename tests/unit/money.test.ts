import { describe, expect, it } from 'vitest';
import {
  DomainError,
  MAX_VND,
  bpOf,
  bpOfExact,
  formatBp,
  formatBpAboveCap,
  formatMultipleBp,
  formatNumber,
  formatVnd,
  formatVndCompact,
  parseVnd,
  sumVnd,
} from '@launchpad/shared';

function refusal(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (e) {
    if (e instanceof DomainError) return e;
    throw e;
  }
  throw new Error('expected a refusal');
}

describe('parsing VND amounts', () => {
  it('accepts plain digits, leading zeros and exactly 10^18 dong', () => {
    expect(parseVnd('600000000000')).toBe(600_000_000_000n);
    expect(parseVnd('0')).toBe(0n);
    expect(parseVnd('000125')).toBe(125n);
    expect(parseVnd('1000000000000000000')).toBe(MAX_VND);
  });

  it.each([
    ['a negative amount', '-5'],
    ['a fractional amount', '1.5'],
    ['a comma-decimal amount', '1,5'],
    ['exponent notation', '1e9'],
    ['a non-numeric text', 'abc'],
    ['an empty text', ''],
    ['surrounding spaces', ' 12 '],
    ['a plus sign', '+12'],
  ])('refuses %s as BAD_USER_INPUT naming the field', (_label, input) => {
    const e = refusal(() => parseVnd(input, 'preMoney'));
    expect(e.code).toBe('BAD_USER_INPUT');
    expect(e.details).toEqual({ field: 'preMoney' });
    expect(e.message).toMatch(/preMoney/);
  });

  it('refuses one dong above 10^18 naming the field and the allowed range, exact beyond 2^53', () => {
    const e = refusal(() => parseVnd('1000000000000000001', 'preMoney'));
    expect(e.code).toBe('BAD_USER_INPUT');
    expect(e.details).toEqual({ field: 'preMoney', min: 0, max: '1000000000000000000', reason: 'OUT_OF_RANGE' });
    expect(e.message).toBe('“preMoney” must be a whole number from 0 to 1000000000000000000.');
  });

  it('names the field "amount" by default', () => {
    expect(refusal(() => parseVnd('x')).details).toEqual({ field: 'amount' });
  });

  it('sums amounts beyond 2^53 exactly', () => {
    expect(sumVnd([9_007_199_254_740_993n, 1n, 2n])).toBe(9_007_199_254_740_996n);
    expect(sumVnd([])).toBe(0n);
  });
});

describe('formatting VND', () => {
  it('writes the full amount the Vietnamese and the English way', () => {
    expect(formatVnd(1_250_000_000n, 'vi')).toBe('1.250.000.000 ₫');
    expect(formatVnd(1_250_000_000n, 'en')).toBe('VND 1,250,000,000');
    expect(formatVnd(0n, 'vi')).toBe('0 ₫');
    expect(formatVnd(999n, 'en')).toBe('VND 999');
    expect(formatVnd(-5000n, 'vi')).toBe('-5.000 ₫');
    expect(formatVnd(-5000n, 'en')).toBe('-VND 5,000');
  });

  it('writes billions as tỷ / bn with at most two decimals and trailing zeros trimmed', () => {
    expect(formatVndCompact(1_250_000_000n, 'vi')).toBe('1,25 tỷ ₫');
    expect(formatVndCompact(1_250_000_000n, 'en')).toBe('VND 1.25 bn');
    expect(formatVndCompact(600_000_000_000n, 'vi')).toBe('600 tỷ ₫');
    expect(formatVndCompact(600_000_000_000n, 'en')).toBe('VND 600 bn');
    expect(formatVndCompact(1_500_000_000n, 'vi')).toBe('1,5 tỷ ₫');
    expect(formatVndCompact(1_500_000_000n, 'en')).toBe('VND 1.5 bn');
    expect(formatVndCompact(500_000_000_000_000n, 'vi')).toBe('500.000 tỷ ₫');
    expect(formatVndCompact(500_000_000_000_000n, 'en')).toBe('VND 500,000 bn');
  });

  it('writes millions as triệu / m under one billion, and the full form under one million', () => {
    expect(formatVndCompact(350_000_000n, 'vi')).toBe('350 triệu ₫');
    expect(formatVndCompact(350_000_000n, 'en')).toBe('VND 350 m');
    expect(formatVndCompact(1_000_000n, 'vi')).toBe('1 triệu ₫');
    expect(formatVndCompact(999_999n, 'vi')).toBe('999.999 ₫');
    expect(formatVndCompact(999_999n, 'en')).toBe('VND 999,999');
  });

  it('rounds half up', () => {
    expect(formatVndCompact(1_245_000_000n, 'vi')).toBe('1,25 tỷ ₫');
    expect(formatVndCompact(1_244_999_999n, 'vi')).toBe('1,24 tỷ ₫');
    expect(formatVndCompact(1_005_000n, 'en')).toBe('VND 1.01 m');
    expect(formatVndCompact(1_004_999n, 'en')).toBe('VND 1 m');
  });

  it('shows 999,999,999 dong as 1 billion rather than 1000 million', () => {
    expect(formatVndCompact(999_999_999n, 'vi')).toBe('1 tỷ ₫');
    expect(formatVndCompact(999_999_999n, 'en')).toBe('VND 1 bn');
  });

  it('rounds exactly beyond 2^53', () => {
    expect(formatVndCompact(1_000_000_000_005_000_000n, 'vi')).toBe('1.000.000.000,01 tỷ ₫');
    expect(formatVndCompact(1_000_000_000_004_999_999n, 'vi')).toBe('1.000.000.000 tỷ ₫');
    expect(formatVndCompact(MAX_VND, 'en')).toBe('VND 1,000,000,000 bn');
  });

  it('puts a leading minus on negative amounts', () => {
    expect(formatVndCompact(-1_250_000_000n, 'vi')).toBe('-1,25 tỷ ₫');
    expect(formatVndCompact(-350_000_000n, 'en')).toBe('-VND 350 m');
    expect(formatVndCompact(-5_000n, 'vi')).toBe('-5.000 ₫');
  });
});

describe('basis points', () => {
  it('floors a share to basis points and is 0 for an empty whole', () => {
    expect(bpOf(49n, 100n)).toBe(4900);
    expect(bpOf(1n, 3n)).toBe(3333);
    expect(bpOf(2n, 3n)).toBe(6666);
    expect(bpOf(294_000_000_001n, 600_000_000_000n)).toBe(4900);
    expect(bpOf(5n, 0n)).toBe(0);
  });

  it('formats basis points as a percentage with two decimals', () => {
    expect(formatBp(4900, 'vi')).toBe('49,00%');
    expect(formatBp(4900, 'en')).toBe('49.00%');
    expect(formatBpAboveCap(4900, 4900, 'vi')).toBe('hơn 49,00%');
    expect(formatBpAboveCap(4900, 4900, 'en')).toBe('more than 49.00%');
    expect(formatBpAboveCap(5100, 4900, 'en')).toBe('51.00%');
    expect(formatBp(5, 'vi')).toBe('0,05%');
    expect(formatBp(10000, 'en')).toBe('100.00%');
    expect(formatMultipleBp(12500, 'vi')).toBe('1,25×');
    expect(formatMultipleBp(12500, 'en')).toBe('1.25×');
  });

  it('prints an exact ratio beyond the GraphQL Int range exactly, not the clamped figure', () => {
    // 10^18 dong against a 1-dong target: 10^22 basis points.
    const exact = bpOfExact(10n ** 18n, 1n);
    expect(formatBp(exact, 'vi')).toBe('100.000.000.000.000.000.000,00%');
    expect(formatBp(exact, 'en')).toBe('100,000,000,000,000,000,000.00%');
    expect(formatMultipleBp(exact, 'en')).toBe('1,000,000,000,000,000,000.00×');
    expect(formatBp(-12345n, 'en')).toBe('-123.45%');
  });
});

describe('formatNumber', () => {
  const intl = (locale: 'vi' | 'en', min: number, max: number) =>
    new Intl.NumberFormat(locale === 'vi' ? 'vi-VN' : 'en-GB', {
      minimumFractionDigits: min,
      maximumFractionDigits: max,
    });

  it('writes what Intl.NumberFormat writes in vi and en, for whole numbers and decimals', () => {
    const values = [0, 7, -7, 999, 1000, -1234, 12_345.678, 0.25, -1.4, 1_234_567.891, 98.6, 2.5, 1e15 + 1];
    for (const locale of ['vi', 'en'] as const)
      for (const [min, max] of [
        [0, 0],
        [0, 1],
        [2, 2],
        [0, 3],
      ] as const)
        for (const value of values)
          expect(
            formatNumber(value, locale, { minDigits: min, maxDigits: max }),
            `${locale} ${value} ${min}-${max}`,
          ).toBe(intl(locale, min, max).format(value));
  });

  it('groups by thousands with the language marks', () => {
    expect(formatNumber(1_234_567.5, 'vi', { maxDigits: 1 })).toBe('1.234.567,5');
    expect(formatNumber(1_234_567.5, 'en', { maxDigits: 1 })).toBe('1,234,567.5');
    // A negative that rounds to nothing is written without a sign (Intl would write "-0").
    expect(formatNumber(-0.04, 'en', { maxDigits: 1 })).toBe('0');
  });
});
