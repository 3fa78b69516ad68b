// Accounts and their sessions: who may sign in, with which role, and which tokens still count.
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { ROLES } from '@launchpad/shared';
import { searchIndex, VI_COLLATION } from '../../db/search';

export const UserSchema = defineEntity({
  name: 'User',
  tableName: 'users',
  indexes: [searchIndex('users')],
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    email: p.string().length(254).unique(),
    passwordHash: p.string().length(255).hidden(),
    role: p.enum([...ROLES]).nativeEnumName('user_role'),
    displayName: p.string().length(200).collation(VI_COLLATION),
    active: p.boolean().default(true),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});
export type User = InferEntity<typeof UserSchema>;

/** One signed-in session; a token is valid only while its session is neither revoked nor expired. */
export const SessionSchema = defineEntity({
  name: 'Session',
  tableName: 'sessions',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    user: () => p.manyToOne(UserSchema).deleteRule('cascade').index(),
    createdAt: p.datetime().onCreate(() => new Date()),
    expiresAt: p.datetime(),
    revokedAt: p.datetime().nullable(),
  },
});
export type Session = InferEntity<typeof SessionSchema>;
