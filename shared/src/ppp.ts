// The one-stop workflow of a PPP proposal (Decision 6100/QĐ-UBND): received → under review → accepted,
// returned for changes, or refused. A returned proposal, once corrected, is reviewed again.
export const PPP_PROPOSAL_STATUSES = ['RECEIVED', 'UNDER_REVIEW', 'ACCEPTED', 'RETURNED', 'REFUSED'] as const;
export type PppProposalStatus = (typeof PPP_PROPOSAL_STATUSES)[number];

const NEXT: Record<PppProposalStatus, readonly PppProposalStatus[]> = {
  RECEIVED: ['UNDER_REVIEW'],
  UNDER_REVIEW: ['ACCEPTED', 'RETURNED', 'REFUSED'],
  RETURNED: ['UNDER_REVIEW'],
  ACCEPTED: [],
  REFUSED: [],
};

export function nextPppStatuses(from: PppProposalStatus): readonly PppProposalStatus[] {
  return NEXT[from];
}

export function mayMovePppProposal(from: PppProposalStatus, to: PppProposalStatus): boolean {
  return NEXT[from].includes(to);
}

/** A decision the contact must be able to act on carries its reasons. */
export function pppReasonRequired(to: PppProposalStatus): boolean {
  return to === 'RETURNED' || to === 'REFUSED';
}

/** The kinds of organization that submit a proposal. */
export const PPP_ORGANIZATION_KINDS = ['ENTERPRISE', 'INSTITUTE', 'UNIVERSITY', 'STARTUP', 'OTHER'] as const;

/** What an accepted proposal can become. */
export const PPP_OUTCOMES = ['CHALLENGE', 'PILOT', 'PPP_CONTRACT'] as const;
export type PppOutcome = (typeof PPP_OUTCOMES)[number];

/** Receipt codes: PPP- and 8 characters without look-alikes (0/O, 1/I/L), about 10^12 codes. */
export const PPP_CODE_PATTERN = /^PPP-[2-9A-HJKMNP-Z]{8}$/;
