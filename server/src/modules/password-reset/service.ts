// Forgot password. `requestPasswordReset` answers the same whether or not the address has an account (no
// enumeration) and e-mails a single-use link valid 30 minutes; at most three links per account and hour.
// `resetPassword` sets the new password, spends the token, ends every session of the account and signs in anew.
import type { EntityManager } from '@mikro-orm/postgresql';
import { LockMode } from '@mikro-orm/core';
import { createHash, randomBytes } from 'node:crypto';
import { badInput, requireEmail, requireText } from '@launchpad/shared';
import type { Clock } from '@launchpad/shared';
import { recordAudit } from '../audit';
import { notifications } from '../notifications';
import { SessionSchema, UserSchema } from '../users';
import { hashPassword } from '../users';
import { login, validatePassword, type TokenIssuer } from '../users';
import { PasswordResetSchema } from './entities';

export const RESET_LIFETIME_MS = 30 * 60 * 1000;
const MAX_PER_HOUR = 3;

const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');

export async function requestPasswordReset(em: EntityManager, clock: Clock, emailInput: string): Promise<boolean> {
  const email = requireEmail('email', emailInput);
  await em.transactional(async (tx) => {
    const user = await tx.findOne(UserSchema, { email }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!user || !user.active) return;
    const now = clock();
    const recent = await tx.count(PasswordResetSchema, {
      user: user.id,
      createdAt: { $gt: new Date(now.getTime() - 60 * 60 * 1000) },
    });
    if (recent >= MAX_PER_HOUR) return;
    const token = randomBytes(32).toString('base64url');
    tx.create(PasswordResetSchema, {
      user,
      tokenHash: hashOf(token),
      createdAt: now,
      expiresAt: new Date(now.getTime() + RESET_LIFETIME_MS),
      usedAt: null,
    });
    await tx.flush();
    await notifications.emit(tx, { kind: 'PASSWORD_RESET', userId: user.id, token });
  });
  return true;
}

export async function resetPassword(
  em: EntityManager,
  issuer: TokenIssuer,
  clock: Clock,
  tokenInput: string,
  password: string,
  /** Runs after commit: every instance must drop the account's cached sessions (plugins/auth.ts). */
  sessionsEnded: (userId: string) => Promise<void>,
) {
  const token = requireText('token', tokenInput, { max: 100 });
  validatePassword(password);
  const user = await em.transactional(async (tx) => {
    const reset = await tx.findOne(
      PasswordResetSchema,
      { tokenHash: hashOf(token) },
      { lockMode: LockMode.PESSIMISTIC_WRITE, populate: ['user'] },
    );
    if (!reset || reset.usedAt || reset.expiresAt.getTime() <= clock().getTime() || !reset.user.active) {
      throw badInput('token', 'This reset link is not valid or has expired; ask for a new one.');
    }
    reset.usedAt = clock();
    const user = reset.user;
    user.passwordHash = await hashPassword(password);
    // Every other unused link of this account stops working too, and every session ends.
    await tx.nativeUpdate(PasswordResetSchema, { user: user.id, usedAt: null }, { usedAt: clock() });
    await tx.nativeUpdate(SessionSchema, { user: user.id, revokedAt: null }, { revokedAt: new Date() });
    recordAudit(
      tx,
      { userId: user.id, email: user.email },
      {
        action: 'user.password_reset',
        entityType: 'User',
        entityId: user.id,
      },
    );
    return { id: user.id, email: user.email };
  });
  await sessionsEnded(user.id);
  return login(em, issuer, user.email, password);
}
