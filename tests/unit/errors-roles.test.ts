import { describe, expect, it } from 'vitest';
import {
  DomainError,
  ErrorCode,
  PUBLIC_ERROR_CODES,
  ROLES,
  badInput,
  forbidden,
  isErrorCode,
  isRole,
  notFound,
  unauthenticated,
} from '@launchpad/shared';

describe('the error catalog', () => {
  it('keeps the eight public codes of the API contract', () => {
    expect([...PUBLIC_ERROR_CODES]).toEqual([
      'UNAUTHENTICATED',
      'FORBIDDEN',
      'BAD_USER_INPUT',
      'NOT_FOUND',
      'STAGE_GATE_NOT_MET',
      'CHARTER_LIMIT_EXCEEDED',
      'CASH_LIMIT_EXCEEDED',
      'STAKE_LIMIT_EXCEEDED',
    ]);
    expect(Object.values(ErrorCode)).toEqual([
      ...PUBLIC_ERROR_CODES,
      'CONFLICT',
      'RATE_LIMITED',
      'DECISION_REQUIRED',
      'DEAL_STEP_INVALID',
      'VOTE_NOT_ALLOWED',
      'FILE_REFUSED',
      'INTERNAL_SERVER_ERROR',
    ]);
    expect(isErrorCode('CONFLICT')).toBe(true);
    expect(isErrorCode('INTERNAL')).toBe(false);
  });

  it('carries a code, a message and details on one error type', () => {
    const e = new DomainError('CONFLICT', 'Someone else changed this.', { id: '1' });
    expect(e).toBeInstanceOf(Error);
    expect(e.name).toBe('DomainError');
    expect(e.code).toBe('CONFLICT');
    expect(e.details).toEqual({ id: '1' });
    expect(new DomainError('NOT_FOUND', 'x').details).toEqual({});
  });

  it('builds the common refusals', () => {
    expect(badInput('name', 'Name is required.')).toMatchObject({
      code: 'BAD_USER_INPUT',
      message: 'Name is required.',
      details: { field: 'name' },
    });
    expect(notFound('Startup')).toMatchObject({ code: 'NOT_FOUND' });
    expect(forbidden().code).toBe('FORBIDDEN');
    expect(unauthenticated().code).toBe('UNAUTHENTICATED');
  });
});

describe('roles', () => {
  it('knows exactly the six roles', () => {
    expect([...ROLES]).toEqual(['ADMIN', 'INCUBATOR_MANAGER', 'FUND_MANAGER', 'FOUNDER', 'BOARD', 'MENTOR']);
    expect(isRole('BOARD')).toBe(true);
    expect(isRole('board')).toBe(false);
    expect(isRole(undefined)).toBe(false);
  });
});
