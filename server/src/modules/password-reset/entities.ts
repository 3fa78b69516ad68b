// A forgot-password request: the SHA-256 of a single-use token (the token itself is only in the e-mail), valid 30 minutes.
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { UserSchema } from '../users';

export const PasswordResetSchema = defineEntity({
  name: 'PasswordReset',
  tableName: 'password_resets',
  // The rate limit counts a user's recent requests.
  indexes: [
    {
      name: 'password_resets_user_idx',
      expression: 'create index "password_resets_user_idx" on "password_resets" ("user_id", "created_at")',
    },
  ],
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    user: () => p.manyToOne(UserSchema).deleteRule('cascade'),
    tokenHash: p.string().length(64).unique(),
    createdAt: p.datetime(),
    expiresAt: p.datetime(),
    usedAt: p.datetime().nullable(),
  },
});
export type PasswordReset = InferEntity<typeof PasswordResetSchema>;
