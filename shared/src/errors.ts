// The one catalog of error codes and the single DomainError type that server and web share.

/**
 * Every refusal carries one of these codes (mapped once to GraphQL `extensions.code`).
 * The first eight are the public API contract and must never be renamed.
 */
export const ErrorCode = {
  /** No valid session: the request carries no token, or an expired or forged one. */
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  /** The actor is known but their role or membership does not allow this operation. */
  FORBIDDEN: 'FORBIDDEN',
  /** The input is malformed or violates a field rule; `details.field` names the field. */
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  /** The requested record does not exist (or the actor may not know that it exists). */
  NOT_FOUND: 'NOT_FOUND',
  /** A stage move is not allowed: the target stage's gate is unmet, or a stage would be skipped. */
  STAGE_GATE_NOT_MET: 'STAGE_GATE_NOT_MET',
  /** The STATE members' commitments would exceed the charter cap (49% of charter capital). */
  CHARTER_LIMIT_EXCEEDED: 'CHARTER_LIMIT_EXCEEDED',
  /** The fund would invest more than its paid-in capital, or a member would pay in more than committed. */
  CASH_LIMIT_EXCEEDED: 'CASH_LIMIT_EXCEEDED',
  /** The fund's ownership of one startup would exceed the stake cap (49%). */
  STAKE_LIMIT_EXCEEDED: 'STAKE_LIMIT_EXCEEDED',
  /** A duplicate record, or a concurrent edit won the race; retrying with fresh data may succeed. */
  CONFLICT: 'CONFLICT',
  /** Too many requests from this client in a short time (e.g. login attempts). */
  RATE_LIMITED: 'RATE_LIMITED',
  /** A fund participation without an approved investment decision whose amount covers it. */
  DECISION_REQUIRED: 'DECISION_REQUIRED',
  /** A deal cannot take this step now (wrong pipeline step, no quorum, votes missing). */
  DEAL_STEP_INVALID: 'DEAL_STEP_INVALID',
  /** A committee member may not vote: absent, undeclared, conflicted, or already voted. */
  VOTE_NOT_ALLOWED: 'VOTE_NOT_ALLOWED',
  /** An uploaded file is too large, empty, or of a refused type (checked by its content). */
  FILE_REFUSED: 'FILE_REFUSED',
  /** An unexpected failure; the message never reveals internals in production. */
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;

export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** The codes outside clients rely on (the public API contract). */
export const PUBLIC_ERROR_CODES = [
  ErrorCode.UNAUTHENTICATED,
  ErrorCode.FORBIDDEN,
  ErrorCode.BAD_USER_INPUT,
  ErrorCode.NOT_FOUND,
  ErrorCode.STAGE_GATE_NOT_MET,
  ErrorCode.CHARTER_LIMIT_EXCEEDED,
  ErrorCode.CASH_LIMIT_EXCEEDED,
  ErrorCode.STAKE_LIMIT_EXCEEDED,
] as const satisfies readonly ErrorCode[];

const ALL_CODES: ReadonlySet<string> = new Set(Object.values(ErrorCode));

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && ALL_CODES.has(value);
}

/** A refusal a person can act on: a catalog code, a readable message and structured details. */
export class DomainError extends Error {
  readonly code: ErrorCode;
  readonly details: Record<string, unknown>;

  constructor(code: ErrorCode, message: string, details: Record<string, unknown> = {}) {
    super(message);
    this.name = 'DomainError';
    this.code = code;
    this.details = details;
  }
}

export function isDomainError(value: unknown): value is DomainError {
  return value instanceof DomainError;
}

export function badInput(field: string, message: string): DomainError {
  return new DomainError(ErrorCode.BAD_USER_INPUT, message, { field });
}

export function notFound(what: string): DomainError {
  return new DomainError(ErrorCode.NOT_FOUND, `${what} was not found.`, { what });
}

export function forbidden(message = 'You are not allowed to do this.'): DomainError {
  return new DomainError(ErrorCode.FORBIDDEN, message);
}

export function unauthenticated(message = 'Please sign in.'): DomainError {
  return new DomainError(ErrorCode.UNAUTHENTICATED, message);
}
