// Mentor matching: which mentors fit a startup, best first, and why.
// Pure: the manager's matching view and the assignment rule (the per-mentor cap) both read it.

/** What a startup may need help with; also the expertise a mentor offers. */
export const MENTOR_NEEDS = ['LEGAL', 'IP', 'FUNDRAISING', 'TECHNOLOGY', 'MARKET', 'PRODUCT', 'HIRING'] as const;
export type MentorNeed = (typeof MENTOR_NEEDS)[number];

export const MENTOR_BACKGROUNDS = ['UNIVERSITY', 'INSTITUTE', 'COMPANY', 'OVERSEAS'] as const;
export type MentorBackground = (typeof MENTOR_BACKGROUNDS)[number];

export interface MentorCandidate {
  id: string;
  sectors: readonly string[];
  expertise: readonly string[];
  activeStartups: number;
  maxActiveStartups: number;
  /** Already mentoring this startup. */
  assigned: boolean;
}

export interface StartupProfile {
  sector: string;
  needs: readonly string[];
}

export type MatchReason =
  | { kind: 'SECTOR'; sector: string }
  | { kind: 'NEED'; need: string }
  | { kind: 'AT_CAPACITY'; active: number; cap: number }
  | { kind: 'ALREADY_ASSIGNED' };

export interface MentorMatch {
  mentorId: string;
  score: number;
  /** Every reason the score has (and why a mentor cannot take the startup). */
  reasons: MatchReason[];
  /** May be assigned now: not already assigned and under the cap. */
  available: boolean;
}

/** Points: a sector match outweighs one matching need, so a same-sector mentor leads among equals. */
export const SECTOR_POINTS = 3;
export const NEED_POINTS = 2;

export function hasCapacity(active: number, cap: number): boolean {
  return active < cap;
}

/** One mentor's fit for a startup: sector + each of its needs the mentor's expertise covers. */
export function matchMentor(startup: StartupProfile, mentor: MentorCandidate): MentorMatch {
  const reasons: MatchReason[] = [];
  let score = 0;
  if (mentor.sectors.includes(startup.sector)) {
    score += SECTOR_POINTS;
    reasons.push({ kind: 'SECTOR', sector: startup.sector });
  }
  for (const need of startup.needs) {
    if (!mentor.expertise.includes(need)) continue;
    score += NEED_POINTS;
    reasons.push({ kind: 'NEED', need });
  }
  const underCap = hasCapacity(mentor.activeStartups, mentor.maxActiveStartups);
  if (mentor.assigned) reasons.push({ kind: 'ALREADY_ASSIGNED' });
  else if (!underCap)
    reasons.push({ kind: 'AT_CAPACITY', active: mentor.activeStartups, cap: mentor.maxActiveStartups });
  return { mentorId: mentor.id, score, reasons, available: !mentor.assigned && underCap };
}

/**
 * Mentors ranked for a startup: available ones first, then by score (highest first), then by lighter load,
 * then by id so the order is reproducible. Mentors with no reason at all are still listed, last.
 */
export function rankMentors(startup: StartupProfile, mentors: readonly MentorCandidate[]): MentorMatch[] {
  const load = new Map(mentors.map((mentor) => [mentor.id, mentor.activeStartups]));
  return mentors
    .map((mentor) => matchMentor(startup, mentor))
    .sort(
      (a, b) =>
        Number(b.available) - Number(a.available) ||
        b.score - a.score ||
        load.get(a.mentorId)! - load.get(b.mentorId)! ||
        a.mentorId.localeCompare(b.mentorId),
    );
}
