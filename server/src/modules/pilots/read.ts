// The PilotAgreement and a partner's pilot startups as GraphQL reads them: lists, writes, Milestone.pilotAgreement
// and the partner's pilotStartups map the entities to these views.
import type { PilotStatus } from '../../graphql/generated';
import type { PilotAgreement } from './entities';

export interface PilotAgreementView {
  id: string;
  startupId: string;
  startupName: string;
  publicBody: string;
  partnerId: string | null;
  partnerName: string | null;
  scope: string;
  conditions: string;
  startDate: string;
  endDate: string;
  responsibleOfficer: string;
  status: PilotStatus;
  outcome: string | null;
  evidenceUrl: string | null;
  milestoneId: string | null;
  proposalId: string | null;
  createdAt: Date;
  updatedAt: Date;
}

/** An agreement with its startup and partner loaded (populate 'startup', 'partner'). */
export function pilotView(p: PilotAgreement): PilotAgreementView {
  return {
    id: p.id,
    startupId: p.startup.id,
    startupName: p.startup.name,
    publicBody: p.publicBody,
    partnerId: p.partner?.id ?? null,
    partnerName: p.partner?.name ?? null,
    scope: p.scope,
    conditions: p.conditions,
    startDate: p.startDate,
    endDate: p.endDate,
    responsibleOfficer: p.responsibleOfficer,
    status: p.status,
    outcome: p.outcome ?? null,
    evidenceUrl: p.evidenceUrl ?? null,
    milestoneId: p.milestone?.id ?? null,
    proposalId: p.proposal?.id ?? null,
    createdAt: p.createdAt,
    updatedAt: p.updatedAt,
  };
}

export interface PartnerStartupView {
  id: string;
  name: string;
}

/** The startups a partner pilots with, once each, from its agreements (startup populated). */
export function partnerStartupViews(agreements: readonly PilotAgreement[], partnerId: string): PartnerStartupView[] {
  const startups = new Map<string, PartnerStartupView>();
  for (const row of agreements)
    if (row.partner?.id === partnerId) startups.set(row.startup.id, { id: row.startup.id, name: row.startup.name });
  return [...startups.values()];
}
