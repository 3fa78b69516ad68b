// Founder invitations: a random single-use token; accepting creates the FOUNDER account (or links an
// existing FOUNDER after checking its password), adds the membership and signs the founder in.
import type { EntityManager } from '@mikro-orm/postgresql';
import { LockMode } from '@mikro-orm/core';
import { randomBytes } from 'node:crypto';
import {
  badInput,
  DomainError,
  ErrorCode,
  notFound,
  optionalText,
  requireEmail,
  requireText,
  type Role,
} from '@launchpad/shared';
import type { Actor } from '../../graphql/context';
import { recordAudit } from '../audit';
import { ApplicationSchema, ChallengeSchema } from '../challenges';
import { notifications } from '../notifications';
import { createStartupIn, StartupMemberSchema, StartupSchema, type Startup } from '../startups';
import { createUser, login, UserSchema, verifyPassword, type TokenIssuer } from '../users';
import { InvitationSchema, type Invitation } from './entities';
import { requireId } from '../../kernel';

const LIFETIME_MS = 30 * 24 * 60 * 60 * 1000;

export async function createInvitationIn(
  tx: EntityManager,
  actor: Actor,
  startup: Startup,
  email: string,
  applicationId: string | null = null,
  locale: string | null = null,
): Promise<Invitation> {
  const invitation = tx.create(InvitationSchema, {
    token: randomBytes(32).toString('base64url'),
    email,
    role: 'FOUNDER',
    startup,
    application: applicationId,
    invitedBy: actor.userId,
    expiresAt: new Date(Date.now() + LIFETIME_MS),
    acceptedAt: null,
    acceptedBy: null,
  });
  await tx.flush();
  recordAudit(tx, actor, {
    action: 'invitation.created',
    entityType: 'Startup',
    entityId: startup.id,
    after: { invitationId: invitation.id, email, role: 'FOUNDER' },
  });
  await notifications.emit(tx, { kind: 'FOUNDER_INVITED', invitationId: invitation.id, locale });
  return invitation;
}

/**
 * An invitation to join as a MENTOR (no startup): accepting creates the MENTOR account with this e-mail, which the
 * mentors module links to the profile of the same e-mail. Call inside the inviting transaction.
 */
export async function createMentorInvitationIn(
  tx: EntityManager,
  actor: Actor,
  email: string,
  locale: string | null = null,
): Promise<Invitation> {
  const existing = await tx.findOne(UserSchema, { email });
  if (existing) throw badInput('email', 'An account with this e-mail already exists.');
  const invitation = tx.create(InvitationSchema, {
    token: randomBytes(32).toString('base64url'),
    email,
    role: 'MENTOR',
    startup: null,
    application: null,
    invitedBy: actor.userId,
    expiresAt: new Date(Date.now() + LIFETIME_MS),
    acceptedAt: null,
    acceptedBy: null,
  });
  await tx.flush();
  recordAudit(tx, actor, {
    action: 'invitation.created',
    entityType: 'Invitation',
    entityId: invitation.id,
    after: { invitationId: invitation.id, email, role: 'MENTOR' },
  });
  await notifications.emit(tx, { kind: 'MENTOR_INVITED', invitationId: invitation.id, locale });
  return invitation;
}

export async function inviteFounder(
  em: EntityManager,
  actor: Actor,
  startupId: string,
  emailInput: string,
): Promise<Invitation> {
  const id = requireId('startupId', startupId);
  const email = requireEmail('email', emailInput);
  return em.transactional(async (tx) => {
    const startup = await tx.findOne(StartupSchema, id);
    if (!startup) throw notFound('Startup');
    const user = await tx.findOne(UserSchema, { email });
    if (user && (await tx.count(StartupMemberSchema, { startup: id, user: user.id }))) {
      throw badInput('email', 'This person is already a founder of the startup.');
    }
    return createInvitationIn(tx, actor, startup, email);
  });
}

export function listInvitations(em: EntityManager, startupId: string): Promise<Invitation[]> {
  return em.find(InvitationSchema, { startup: requireId('startupId', startupId) }, { orderBy: { createdAt: 'desc' } });
}

function requireToken(token: unknown): string {
  const text = requireText('token', token, { max: 64 });
  if (!/^[A-Za-z0-9_-]+$/.test(text)) throw badInput('token', 'This invitation link is not valid.');
  return text;
}

export async function previewInvitation(em: EntityManager, token: string) {
  const invitation = await em.findOne(InvitationSchema, { token: requireToken(token) }, { populate: ['startup'] });
  if (!invitation) return null;
  return {
    email: invitation.email,
    role: invitation.role as Role,
    startupName: invitation.startup?.name ?? null,
    expired: invitation.expiresAt.getTime() < Date.now(),
    accepted: invitation.acceptedAt !== null,
    existingAccount: (await em.count(UserSchema, { email: invitation.email })) > 0,
  };
}

export async function acceptInvitation(
  em: EntityManager,
  issuer: TokenIssuer,
  tokenInput: string,
  displayNameInput: string,
  password: string,
) {
  const token = requireToken(tokenInput);
  const displayName = requireText('displayName', displayNameInput, { max: 200 });
  const email = await em.transactional(async (tx) => {
    const invitation = await tx.findOne(InvitationSchema, { token }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!invitation) throw notFound('Invitation');
    if (invitation.acceptedAt) throw badInput('token', 'This invitation was already accepted; sign in instead.');
    if (invitation.expiresAt.getTime() < Date.now())
      throw badInput('token', 'This invitation has expired; ask for a new one.');
    let user = await tx.findOne(UserSchema, { email: invitation.email });
    if (invitation.role === 'MENTOR') {
      if (user) throw badInput('token', 'An account with this e-mail already exists; sign in instead.');
      user = await createUser(tx, null, { email: invitation.email, password, role: 'MENTOR', displayName });
      invitation.acceptedAt = new Date();
      invitation.acceptedBy = user;
      await tx.flush();
      recordAudit(
        tx,
        { userId: user.id, email: user.email },
        {
          action: 'invitation.accepted',
          entityType: 'Invitation',
          entityId: invitation.id,
          after: { invitationId: invitation.id, userId: user.id, email: user.email, role: 'MENTOR' },
        },
      );
      return user.email;
    }
    if (!invitation.startup) throw notFound('Invitation');
    if (user) {
      if (user.role !== 'FOUNDER')
        throw badInput('token', 'This email belongs to an account that cannot be a founder.');
      if (!(await verifyPassword(password, user.passwordHash))) {
        throw new DomainError(
          ErrorCode.UNAUTHENTICATED,
          'An account with this email exists: enter its password to accept.',
        );
      }
    } else {
      user = await createUser(tx, null, { email: invitation.email, password, role: 'FOUNDER', displayName });
    }
    if (!(await tx.count(StartupMemberSchema, { startup: invitation.startup.id, user: user.id }))) {
      tx.create(StartupMemberSchema, { startup: invitation.startup, user });
    }
    invitation.acceptedAt = new Date();
    invitation.acceptedBy = user;
    await tx.flush();
    const actor = { userId: user.id, email: user.email };
    recordAudit(tx, actor, {
      action: 'invitation.accepted',
      entityType: 'Startup',
      entityId: invitation.startup.id,
      after: { invitationId: invitation.id, userId: user.id, email: user.email },
    });
    return user.email;
  });
  return login(em, issuer, email, password);
}

/** Selecting an application creates its startup (in CONNECTION) and invites the application's contact as FOUNDER. */
export async function selectApplication(
  em: EntityManager,
  actor: Actor,
  applicationId: string,
  startupName?: string | null,
  sector?: string | null,
) {
  const id = requireId('applicationId', applicationId);
  const name = optionalText('startupName', startupName, { max: 200 });
  const chosenSector = optionalText('sector', sector, { max: 100 });
  return em.transactional(async (tx) => {
    const application = await tx.findOne(ApplicationSchema, id, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!application) throw notFound('Application');
    if (application.status === 'SELECTED') throw badInput('applicationId', 'This application was already selected.');
    const challenge = await tx.findOneOrFail(ChallengeSchema, application.challenge.id);
    const startup = await createStartupIn(
      tx,
      actor,
      { name: name ?? application.teamName, sector: chosenSector ?? challenge.sector, description: null },
      { challengeId: challenge.id, applicationId: application.id },
    );
    application.status = 'SELECTED';
    const invitation = await createInvitationIn(tx, actor, startup, application.contactEmail, application.id);
    recordAudit(tx, actor, {
      action: 'application.selected',
      entityType: 'Application',
      entityId: application.id,
      before: { status: 'SUBMITTED' },
      after: { status: 'SELECTED', startupId: startup.id, invitationId: invitation.id },
    });
    await notifications.emit(tx, { kind: 'APPLICATION_SELECTED', applicationId: application.id });
    return { application, startup, invitation };
  });
}
