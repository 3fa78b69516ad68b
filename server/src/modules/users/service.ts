// Sign-in, sessions and accounts. A wrong password and an unknown email get the very same answer.
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  DomainError,
  ErrorCode,
  badInput,
  notFound,
  optionalText,
  requireEmail,
  requireEnum,
  requireText,
  ROLES,
  type Role,
} from '@launchpad/shared';
import type { Actor } from '../../graphql/context';
import { matchingIds } from '../../db/search';
import { recordAudit } from '../audit';
import { SessionSchema, UserSchema, type User } from './entities';
import { DECOY_HASH, hashPassword, verifyPassword } from './password';
import { authPayloadView, type AuthPayloadView } from './read';
import { isId } from '../../kernel';

export interface TokenIssuer {
  sign(claims: { sub: string; role: Role; sid: string }): string;
  /** How long a token (and its session) lasts, in milliseconds. */
  lifetimeMs: number;
}

const MIN_PASSWORD = 10;
const MAX_PASSWORD = 200;

function invalidCredentials(): DomainError {
  return new DomainError(ErrorCode.UNAUTHENTICATED, 'Email or password is incorrect');
}

export async function login(
  em: EntityManager,
  issuer: TokenIssuer,
  email: string,
  password: string,
): Promise<AuthPayloadView> {
  const user = await em.findOne(UserSchema, { email: email.trim().toLowerCase() });
  // Always run the KDF so an unknown email costs as long as a wrong password.
  const valid = await verifyPassword(password, user?.passwordHash ?? DECOY_HASH);
  if (!user || !valid || !user.active) throw invalidCredentials();
  const session = em.create(SessionSchema, {
    user,
    expiresAt: new Date(Date.now() + issuer.lifetimeMs),
  });
  await em.flush();
  return authPayloadView(issuer.sign({ sub: user.id, role: user.role, sid: session.id }), user);
}

export async function logout(em: EntityManager, actor: Actor): Promise<boolean> {
  await em.nativeUpdate(SessionSchema, { id: actor.sessionId, revokedAt: null }, { revokedAt: new Date() });
  return true;
}

async function revokeAllSessions(em: EntityManager, userId: string): Promise<void> {
  await em.nativeUpdate(SessionSchema, { user: userId, revokedAt: null }, { revokedAt: new Date() });
}

export async function changePassword(em: EntityManager, actor: Actor, currentPassword: string, newPassword: string) {
  validatePassword(newPassword);
  await em.transactional(async (tx) => {
    const user = await tx.findOneOrFail(UserSchema, actor.userId);
    if (!(await verifyPassword(currentPassword, user.passwordHash))) {
      throw badInput('currentPassword', 'The current password is not correct');
    }
    user.passwordHash = await hashPassword(newPassword);
    // Every token of this user stops working at once, this one included.
    await revokeAllSessions(tx, user.id);
    recordAudit(tx, actor, { action: 'user.password_changed', entityType: 'User', entityId: user.id });
  });
  return true;
}

export function validatePassword(password: string): void {
  if (password.length < MIN_PASSWORD || password.length > MAX_PASSWORD) {
    throw badInput('password', `A password must have between ${MIN_PASSWORD} and ${MAX_PASSWORD} characters`);
  }
}

export interface CreateUserInput {
  email: string;
  password: string;
  role: string;
  displayName: string;
}

export async function createUser(em: EntityManager, actor: Actor | null, input: CreateUserInput): Promise<User> {
  const email = requireEmail('email', input.email).toLowerCase();
  const role = requireEnum('role', input.role, ROLES);
  const displayName = requireText('displayName', input.displayName, { max: 200 });
  validatePassword(input.password);
  return em.transactional(async (tx) => {
    if (await tx.count(UserSchema, { email })) throw badInput('email', 'An account with this email already exists');
    const user = tx.create(UserSchema, { email, role, displayName, passwordHash: await hashPassword(input.password) });
    await tx.flush();
    recordAudit(tx, actor, {
      action: 'user.created',
      entityType: 'User',
      entityId: user.id,
      after: { email, role, displayName },
    });
    return user;
  });
}

export async function setUserActive(em: EntityManager, actor: Actor, id: string, active: boolean): Promise<User> {
  // Anything but a uuid names no user (and must not reach PostgreSQL as one).
  if (!isId(id)) throw notFound('User');
  return em.transactional(async (tx) => {
    const user = await tx.findOne(UserSchema, id);
    if (!user) throw notFound('User');
    if (user.id === actor.userId && !active) throw badInput('active', 'You cannot deactivate your own account');
    const before = { active: user.active };
    user.active = active;
    if (!active) await revokeAllSessions(tx, user.id);
    recordAudit(tx, actor, {
      action: 'user.active_changed',
      entityType: 'User',
      entityId: user.id,
      before,
      after: { active },
    });
    return user;
  });
}

/** Every account; `search` matches the name or e-mail ignoring accents and case. */
export async function listUsers(em: EntityManager, search?: string | null): Promise<User[]> {
  const text = optionalText('search', search, { max: 200 });
  const where = text ? { id: { $in: await matchingIds(em, 'users', text) } } : {};
  return em.find(UserSchema, where, { orderBy: { role: 'asc', email: 'asc' } });
}

export function findUser(em: EntityManager, id: string): Promise<User | null> {
  return em.findOne(UserSchema, id);
}
