// Invitations of founders: a random token that creates or links a FOUNDER account once.
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { ApplicationSchema } from '../challenges';
import { StartupSchema } from '../startups';
import { UserSchema } from '../users';

export const InvitationSchema = defineEntity({
  name: 'Invitation',
  tableName: 'invitations',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    token: p.string().length(64).unique(),
    email: p.string().length(254).index(),
    /** FOUNDER (of `startup`) or MENTOR (no startup): what the invitation grants. */
    role: p.string().length(20),
    startup: () => p.manyToOne(StartupSchema).nullable().index(),
    application: () => p.manyToOne(ApplicationSchema).nullable(),
    invitedBy: () => p.manyToOne(UserSchema).nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
    expiresAt: p.datetime(),
    acceptedAt: p.datetime().nullable(),
    acceptedBy: () => p.manyToOne(UserSchema).nullable(),
  },
});
export type Invitation = InferEntity<typeof InvitationSchema>;
