import { describe, expect, it } from 'vitest';
import {
  DomainError,
  optionalText,
  requireDate,
  requireEmail,
  requireEnum,
  requirePositiveVnd,
  requireText,
  STAGES,
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

describe('text input', () => {
  it('trims and accepts text within its length', () => {
    expect(requireText('name', '  Smart Parking  ', { max: 200 })).toBe('Smart Parking');
    expect(requireText('name', 'Đô thị thông minh', { max: 17 })).toBe('Đô thị thông minh');
  });

  it('refuses missing, blank, too short, too long and control-character text, naming the field', () => {
    for (const value of [undefined, null, 42, '', '   ']) {
      expect(refusal(() => requireText('name', value)).details).toEqual({ field: 'name' });
    }
    expect(refusal(() => requireText('name', 'ab', { min: 3 })).code).toBe('BAD_USER_INPUT');
    expect(refusal(() => requireText('name', 'x'.repeat(201), { max: 200 })).code).toBe('BAD_USER_INPUT');
    expect(refusal(() => requireText('name', 'bad\u0000name')).code).toBe('BAD_USER_INPUT');
    expect(refusal(() => requireText('name', 'two\nlines')).code).toBe('BAD_USER_INPUT');
  });

  it('allows line breaks only in multi-line text', () => {
    expect(requireText('reason', 'Team split.\nPivoting.', { multiline: true })).toBe('Team split.\nPivoting.');
    expect(refusal(() => requireText('reason', 'a\u0007b', { multiline: true })).code).toBe('BAD_USER_INPUT');
  });

  it('treats blank optional text as absent', () => {
    expect(optionalText('website', undefined)).toBeNull();
    expect(optionalText('website', '  ')).toBeNull();
    expect(optionalText('website', ' a ')).toBe('a');
  });
});

describe('other fields', () => {
  it('accepts an e-mail address, normalised, and refuses a malformed one', () => {
    expect(requireEmail('email', ' Admin@Launchpad.TEST ')).toBe('admin@launchpad.test');
    for (const bad of ['admin', 'admin@', '@launchpad.test', 'a b@x.vn', 'a@localhost']) {
      expect(refusal(() => requireEmail('email', bad)).details).toEqual({ field: 'email' });
    }
  });

  it('accepts a real date and refuses an impossible one', () => {
    expect(requireDate('date', '2028-02-29')).toBe('2028-02-29');
    expect(refusal(() => requireDate('date', '2026-02-30')).details).toEqual({ field: 'date' });
    expect(refusal(() => requireDate('date', 20260101)).code).toBe('BAD_USER_INPUT');
  });

  it('accepts only listed values', () => {
    expect(requireEnum('to', 'INCUBATION', STAGES)).toBe('INCUBATION');
    expect(refusal(() => requireEnum('to', 'incubation', STAGES)).message).toContain('CONNECTION');
  });

  it('accepts only strictly positive amounts', () => {
    expect(requirePositiveVnd('amount', 1n)).toBe(1n);
    expect(refusal(() => requirePositiveVnd('amount', 0n)).code).toBe('BAD_USER_INPUT');
  });
});
