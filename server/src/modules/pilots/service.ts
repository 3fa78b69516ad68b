// Pilot agreements in controlled testing: managers record them (optionally from an accepted PPP proposal and for a
// startup's PILOT milestone), move them PLANNED → ACTIVE → COMPLETED / STOPPED and record outcome and evidence.
import type { EntityManager } from '@mikro-orm/postgresql';
import { LockMode, type FilterQuery } from '@mikro-orm/core';
import { badInput, forbidden, notFound, optionalText, requireDate, requireEnum, requireText } from '@launchpad/shared';
import type { Actor } from '../../graphql/context';
import { optionalId, readsAllStartups, requireId } from '../../kernel';
import { recordAudit } from '../audit';
import { MilestoneSchema } from '../milestones';
import { StrategicPartnerSchema } from '../partners';
import { markProposalPilot, proposalCounts } from '../ppp';
import { memberStartupIds, readableStartup, StartupSchema } from '../startups';
import { PILOT_STATUSES, PilotAgreementSchema, type PilotAgreement, type PilotStatus } from './entities';

const NEXT: Record<PilotStatus, readonly PilotStatus[]> = {
  PLANNED: ['ACTIVE', 'STOPPED'],
  ACTIVE: ['COMPLETED', 'STOPPED'],
  COMPLETED: [],
  STOPPED: [],
};

function optionalUrl(field: string, value: unknown): string | null {
  const url = optionalText(field, value, { max: 2000 });
  if (url && !/^https?:\/\/[^\s]+$/i.test(url)) throw badInput(field, `${field} must be a web address (https://…).`);
  return url;
}

async function pilotMilestone(tx: EntityManager, milestoneId: string | null, startupId: string, field: string) {
  if (!milestoneId) return null;
  const milestone = await tx.findOne(MilestoneSchema, milestoneId);
  if (!milestone || milestone.startup.id !== startupId)
    throw badInput(field, 'No milestone of this startup has this id.');
  if (milestone.kind !== 'PILOT') throw badInput(field, 'Only a PILOT milestone refers to a pilot agreement.');
  if (await tx.count(PilotAgreementSchema, { milestone: milestoneId }))
    throw badInput(field, 'This milestone already refers to another pilot agreement.');
  return milestone;
}

export interface CreatePilotInput {
  startupId: string;
  publicBody: string;
  partnerId?: string | null;
  scope: string;
  conditions: string;
  startDate: string;
  endDate: string;
  responsibleOfficer: string;
  milestoneId?: string | null;
  proposalId?: string | null;
}

export async function createPilot(em: EntityManager, actor: Actor, input: CreatePilotInput): Promise<PilotAgreement> {
  const startupId = requireId('startupId', input.startupId);
  const data = {
    publicBody: requireText('publicBody', input.publicBody, { max: 300 }),
    scope: requireText('scope', input.scope, { max: 5000, multiline: true }),
    conditions: requireText('conditions', input.conditions, { max: 5000, multiline: true }),
    startDate: requireDate('startDate', input.startDate),
    endDate: requireDate('endDate', input.endDate),
    responsibleOfficer: requireText('responsibleOfficer', input.responsibleOfficer, { max: 200 }),
  };
  if (data.endDate < data.startDate) throw badInput('endDate', 'endDate must not be before startDate.');
  const partnerId = optionalId('partnerId', input.partnerId);
  const milestoneId = optionalId('milestoneId', input.milestoneId);
  const proposalId = optionalId('proposalId', input.proposalId);
  return em.transactional(async (tx) => {
    const startup = await tx.findOne(StartupSchema, startupId);
    if (!startup) throw badInput('startupId', 'No startup has this id.');
    const partner = partnerId ? await tx.findOne(StrategicPartnerSchema, partnerId) : null;
    if (partnerId && !partner) throw badInput('partnerId', 'No strategic partner has this id.');
    const milestone = await pilotMilestone(tx, milestoneId, startupId, 'milestoneId');
    const pilot = tx.create(PilotAgreementSchema, {
      ...data,
      startup,
      partner,
      milestone,
      proposal: proposalId,
      status: 'PLANNED',
      outcome: null,
      evidenceUrl: null,
    });
    await tx.flush();
    if (proposalId) {
      try {
        await markProposalPilot(tx, proposalId, pilot.id);
      } catch (error) {
        throw (error as { code?: string }).code === 'NOT_FOUND'
          ? badInput('proposalId', 'No PPP proposal has this id.')
          : error;
      }
    }
    recordAudit(tx, actor, {
      action: 'pilot.created',
      entityType: 'PilotAgreement',
      entityId: pilot.id,
      after: { ...data, startupId, partnerId, milestoneId, proposalId },
    });
    return pilot;
  });
}

export interface UpdatePilotInput {
  status?: string | null;
  outcome?: string | null;
  evidenceUrl?: string | null;
  endDate?: string | null;
  responsibleOfficer?: string | null;
  milestoneId?: string | null;
}

export async function updatePilot(
  em: EntityManager,
  actor: Actor,
  id: string,
  input: UpdatePilotInput,
): Promise<PilotAgreement> {
  const status = input.status == null ? null : requireEnum('status', input.status, PILOT_STATUSES);
  const outcome = optionalText('outcome', input.outcome, { max: 10_000, multiline: true });
  const evidenceUrl = optionalUrl('evidenceUrl', input.evidenceUrl);
  const endDate = input.endDate == null ? null : requireDate('endDate', input.endDate);
  const officer =
    input.responsibleOfficer == null ? null : requireText('responsibleOfficer', input.responsibleOfficer, { max: 200 });
  const milestoneId = optionalId('milestoneId', input.milestoneId);
  return em.transactional(async (tx) => {
    const pilot = await tx.findOne(PilotAgreementSchema, requireId('id', id), {
      lockMode: LockMode.PESSIMISTIC_WRITE,
    });
    if (!pilot) throw notFound('Pilot agreement');
    const before = { status: pilot.status, outcome: pilot.outcome, endDate: pilot.endDate };
    if (status && status !== pilot.status) {
      if (!NEXT[pilot.status as PilotStatus].includes(status))
        throw badInput('status', `A pilot that is ${pilot.status} cannot become ${status}.`);
      if (status === 'COMPLETED' && !(outcome ?? pilot.outcome))
        throw badInput('outcome', 'A completed pilot records its outcome.');
      pilot.status = status;
    }
    if (endDate) {
      if (endDate < pilot.startDate) throw badInput('endDate', 'endDate must not be before startDate.');
      pilot.endDate = endDate;
    }
    if (outcome) pilot.outcome = outcome;
    if (evidenceUrl) pilot.evidenceUrl = evidenceUrl;
    if (officer) pilot.responsibleOfficer = officer;
    if (milestoneId && milestoneId !== pilot.milestone?.id)
      pilot.milestone = await pilotMilestone(tx, milestoneId, pilot.startup.id, 'milestoneId');
    await tx.flush();
    recordAudit(tx, actor, {
      action: 'pilot.updated',
      entityType: 'PilotAgreement',
      entityId: pilot.id,
      before,
      after: { status: pilot.status, outcome: pilot.outcome, endDate: pilot.endDate, evidenceUrl: pilot.evidenceUrl },
    });
    return pilot;
  });
}

/** Managers and the board see every pilot; a founder only their own startups'. */
export async function listPilots(em: EntityManager, actor: Actor, status?: string | null, startupId?: string | null) {
  const where: FilterQuery<PilotAgreement> = {};
  if (status) where.status = requireEnum('status', status, PILOT_STATUSES);
  if (startupId) {
    await readableStartup(em, actor, startupId, 'startupId');
    where.startup = startupId;
  } else if (!readsAllStartups(actor)) {
    if (actor.role !== 'FOUNDER') throw forbidden();
    where.startup = { $in: await memberStartupIds(em, actor.userId) };
  }
  return em.find(PilotAgreementSchema, where, {
    orderBy: { startDate: 'desc', id: 'asc' },
    populate: ['startup', 'partner'],
  });
}

export async function channelsSummary(em: EntityManager, today: string) {
  const counts = await proposalCounts(em, today);
  const activePilots = await em.count(PilotAgreementSchema, { status: 'ACTIVE' });
  return { ...counts, activePilots };
}
