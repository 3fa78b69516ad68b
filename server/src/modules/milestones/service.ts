// Milestones: founders plan and update their own; only managers mark one VERIFIED (the PLATFORM_BUILDING gate).
import type { EntityManager } from '@mikro-orm/postgresql';
import { LockMode } from '@mikro-orm/core';
import {
  badInput,
  forbidden,
  MILESTONE_KINDS,
  MILESTONE_STATUSES,
  notFound,
  optionalText,
  requireDate,
  requireEnum,
  requireText,
  type MilestoneStatus,
} from '@launchpad/shared';
import type { Actor } from '../../graphql/context';
import { recordAudit } from '../audit';
import { writableStartup } from '../startups';
import { MilestoneSchema, type Milestone } from './entities';
import { notifications } from '../notifications';
import { isManager, requireId } from '../../kernel';

const DEFAULT_TITLES: Record<string, string> = {
  PROBLEM_VALIDATED: 'Problem validated',
  PROTOTYPE: 'Prototype',
  MVP: 'MVP',
  PILOT: 'Pilot',
  FIRST_CUSTOMER: 'First customer',
};

export interface PilotInput {
  partner: string;
  scope: string;
  startDate: string;
  endDate: string;
}

interface MilestoneFields {
  title?: string | null;
  dueDate?: string | null;
  status?: string | null;
  evidenceUrl?: string | null;
  evidenceText?: string | null;
  pilot?: PilotInput | null;
}

function parseUrl(value: unknown): string | null {
  const text = optionalText('evidenceUrl', value, { max: 2000 });
  if (text === null) return null;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw badInput('evidenceUrl', 'evidenceUrl must be a web address starting with https:// or http://.');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw badInput('evidenceUrl', 'evidenceUrl must be a web address starting with https:// or http://.');
  }
  return text;
}

function parsePilot(kind: string, pilot: PilotInput | null | undefined) {
  if (!pilot) return null;
  if (kind !== 'PILOT') throw badInput('pilot', 'Only a PILOT milestone has pilot details.');
  const startDate = requireDate('pilot.startDate', pilot.startDate);
  const endDate = requireDate('pilot.endDate', pilot.endDate);
  if (endDate < startDate) throw badInput('pilot.endDate', 'The pilot must not end before it starts.');
  return {
    pilotPartner: requireText('pilot.partner', pilot.partner, { max: 300 }),
    pilotScope: requireText('pilot.scope', pilot.scope, { max: 5000, multiline: true }),
    pilotStart: startDate,
    pilotEnd: endDate,
  };
}

function assertMaySetStatus(actor: Actor, status: MilestoneStatus): void {
  if (status === 'VERIFIED' && !isManager(actor)) throw forbidden('Only a manager may verify a milestone.');
}

function snapshot(m: Milestone) {
  return {
    kind: m.kind,
    title: m.title,
    dueDate: m.dueDate,
    status: m.status,
    evidenceUrl: m.evidenceUrl,
    evidenceText: m.evidenceText,
  };
}

export async function createMilestone(
  em: EntityManager,
  actor: Actor,
  input: MilestoneFields & { startupId: string; kind: string },
): Promise<Milestone> {
  const kind = requireEnum('kind', input.kind, MILESTONE_KINDS);
  const title =
    kind === 'CUSTOM'
      ? requireText('title', input.title, { max: 200 })
      : (optionalText('title', input.title, { max: 200 }) ?? DEFAULT_TITLES[kind]!);
  const dueDate = input.dueDate == null ? null : requireDate('dueDate', input.dueDate);
  const status = requireEnum('status', input.status ?? 'PLANNED', MILESTONE_STATUSES);
  const evidenceUrl = parseUrl(input.evidenceUrl);
  const evidenceText = optionalText('evidenceText', input.evidenceText, { max: 5000, multiline: true });
  const pilot = parsePilot(kind, input.pilot);
  assertMaySetStatus(actor, status);
  return em.transactional(async (tx) => {
    const startup = await writableStartup(tx, actor, input.startupId);
    const verified = status === 'VERIFIED';
    const milestone = tx.create(MilestoneSchema, {
      startup,
      kind,
      title,
      dueDate,
      status,
      evidenceUrl,
      evidenceText,
      pilotPartner: pilot?.pilotPartner ?? null,
      pilotScope: pilot?.pilotScope ?? null,
      pilotStart: pilot?.pilotStart ?? null,
      pilotEnd: pilot?.pilotEnd ?? null,
      verifiedAt: verified ? new Date() : null,
      verifiedBy: verified ? actor.userId : null,
    });
    await tx.flush();
    recordAudit(tx, actor, {
      action: 'milestone.created',
      entityType: 'Milestone',
      entityId: milestone.id,
      after: { startupId: startup.id, ...snapshot(milestone), pilot },
    });
    return milestone;
  });
}

async function lockedMilestone(tx: EntityManager, actor: Actor, id: string): Promise<Milestone> {
  const milestoneId = requireId('id', id);
  const found = await tx.findOne(MilestoneSchema, milestoneId);
  if (!found) throw notFound('Milestone');
  // Lock order: the startup first (as stage moves do), then its milestone.
  await writableStartup(tx, actor, found.startup.id, 'id');
  return tx.findOneOrFail(MilestoneSchema, milestoneId, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
}

export async function updateMilestone(
  em: EntityManager,
  actor: Actor,
  id: string,
  input: MilestoneFields,
): Promise<Milestone> {
  const status = input.status == null ? null : requireEnum('status', input.status, MILESTONE_STATUSES);
  const title = input.title == null ? null : requireText('title', input.title, { max: 200 });
  const dueDate =
    input.dueDate === undefined ? undefined : input.dueDate === null ? null : requireDate('dueDate', input.dueDate);
  const evidenceUrl = input.evidenceUrl === undefined ? undefined : parseUrl(input.evidenceUrl);
  const evidenceText =
    input.evidenceText === undefined
      ? undefined
      : optionalText('evidenceText', input.evidenceText, { max: 5000, multiline: true });
  if (status) assertMaySetStatus(actor, status);
  return em.transactional(async (tx) => {
    const milestone = await lockedMilestone(tx, actor, id);
    if (milestone.status === 'VERIFIED' && !isManager(actor)) {
      throw forbidden('This milestone is verified; only a manager may change it.');
    }
    const pilot = input.pilot === undefined ? undefined : parsePilot(milestone.kind, input.pilot);
    const before = snapshot(milestone);
    if (title !== null) milestone.title = title;
    if (dueDate !== undefined) milestone.dueDate = dueDate;
    if (evidenceUrl !== undefined) milestone.evidenceUrl = evidenceUrl;
    if (evidenceText !== undefined) milestone.evidenceText = evidenceText;
    if (pilot !== undefined) {
      milestone.pilotPartner = pilot?.pilotPartner ?? null;
      milestone.pilotScope = pilot?.pilotScope ?? null;
      milestone.pilotStart = pilot?.pilotStart ?? null;
      milestone.pilotEnd = pilot?.pilotEnd ?? null;
    }
    if (status && status !== milestone.status) {
      milestone.status = status;
      milestone.verifiedAt = status === 'VERIFIED' ? new Date() : null;
      milestone.verifiedBy = status === 'VERIFIED' ? (actor.userId as never) : null;
    }
    recordAudit(tx, actor, {
      action: 'milestone.updated',
      entityType: 'Milestone',
      entityId: milestone.id,
      before,
      after: snapshot(milestone),
    });
    await notifications.emit(tx, {
      kind: 'MILESTONE_STATUS_CHANGED',
      milestoneId: milestone.id,
      from: before.status,
      to: milestone.status,
    });
    return milestone;
  });
}

/** A manager confirms a DONE milestone. */
export async function verifyMilestone(em: EntityManager, actor: Actor, id: string): Promise<Milestone> {
  if (!isManager(actor)) throw forbidden('Only a manager may verify a milestone.');
  return em.transactional(async (tx) => {
    const milestone = await lockedMilestone(tx, actor, id);
    if (milestone.status !== 'DONE') {
      throw badInput('status', `Only a DONE milestone can be verified (this one is ${milestone.status}).`);
    }
    milestone.status = 'VERIFIED';
    milestone.verifiedAt = new Date();
    milestone.verifiedBy = actor.userId as never;
    recordAudit(tx, actor, {
      action: 'milestone.verified',
      entityType: 'Milestone',
      entityId: milestone.id,
      before: { status: 'DONE' },
      after: { status: 'VERIFIED' },
    });
    await notifications.emit(tx, {
      kind: 'MILESTONE_STATUS_CHANGED',
      milestoneId: milestone.id,
      from: 'DONE',
      to: 'VERIFIED',
    });
    return milestone;
  });
}
