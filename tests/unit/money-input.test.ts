// A money field reads what was typed as whole dong, or says why not: it never drops a sign, a decimal
// mark or a unit behind the user's back.
import { describe, expect, it } from 'vitest';
import { MAX_MONEY_INPUT, parseMoneyInput } from '@launchpad/shared';

const amount = (text: string) => {
  const result = parseMoneyInput(text);
  return result.ok ? result.amount : result.reason;
};

describe('typed money', () => {
  it('reads plain digits and digits grouped the Vietnamese or the English way', () => {
    expect(amount('5000000000')).toBe(5_000_000_000n);
    expect(amount('5.000.000.000')).toBe(5_000_000_000n);
    expect(amount('5,000,000,000')).toBe(5_000_000_000n);
    expect(amount('5 000 000 000')).toBe(5_000_000_000n);
    expect(amount('5\u00a0000\u00a0000')).toBe(5_000_000n);
    expect(amount('  1.500 ')).toBe(1500n);
    expect(amount('0')).toBe(0n);
  });

  it('reads the shorthands in full, with a decimal comma or point', () => {
    expect(amount('12,5 tỷ')).toBe(12_500_000_000n);
    expect(amount('1.5 tỷ')).toBe(1_500_000_000n);
    expect(amount('1,25tỷ')).toBe(1_250_000_000n);
    expect(amount('300 triệu')).toBe(300_000_000n);
    expect(amount('300 Triệu đồng')).toBe(300_000_000n);
    expect(amount('2,5 tr')).toBe(2_500_000n);
    expect(amount('500 nghìn')).toBe(500_000n);
    expect(amount('1.200 tỷ')).toBe(1_200_000_000_000n);
    expect(amount('3 billion')).toBe(3_000_000_000n);
    expect(amount('1.000.000 ₫')).toBe(1_000_000n);
    expect(amount('VND 1,000,000')).toBe(1_000_000n);
  });

  it('refuses a sign instead of dropping it', () => {
    expect(amount('-5000000000')).toBe('SIGN');
    expect(amount('+5000')).toBe('SIGN');
    expect(amount('−12 tỷ')).toBe('SIGN');
    expect(amount('₫ -5000')).toBe('SIGN');
  });

  it('refuses a fraction of a dong instead of dropping the decimal mark', () => {
    expect(amount('1.5')).toBe('DECIMAL');
    expect(amount('12,5')).toBe('DECIMAL');
    expect(amount('1.000,50')).toBe('DECIMAL');
    expect(amount('1,000.00')).toBe('DECIMAL');
    expect(amount('1,0000000001 tỷ')).toBe('DECIMAL');
  });

  it('refuses what is not an amount, and amounts past the largest one', () => {
    expect(amount('')).toBe('EMPTY');
    expect(amount('   ')).toBe('EMPTY');
    expect(amount('abc')).toBe('INVALID');
    expect(amount('12 quả táo')).toBe('INVALID');
    expect(amount('1e9')).toBe('INVALID');
    expect(amount('1..000')).toBe('INVALID');
    expect(amount('1.000,000.5')).toBe('INVALID');
    expect(amount('1.2.3')).toBe('INVALID');
    expect(amount('1 5')).toBe('INVALID');
    expect(amount('5.000.')).toBe('INVALID');
    expect(amount(MAX_MONEY_INPUT.toString())).toBe(MAX_MONEY_INPUT);
    expect(amount((MAX_MONEY_INPUT + 1n).toString())).toBe('TOO_LARGE');
    expect(amount('2000000000 tỷ')).toBe('TOO_LARGE');
  });
});
