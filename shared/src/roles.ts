// The platform's roles and a type guard for them.

export const ROLES = ['ADMIN', 'INCUBATOR_MANAGER', 'FUND_MANAGER', 'FOUNDER', 'BOARD', 'MENTOR'] as const;

export type Role = (typeof ROLES)[number];

const ROLE_SET: ReadonlySet<string> = new Set(ROLES);

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && ROLE_SET.has(value);
}
