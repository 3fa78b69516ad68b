// The mentor directory's filters, one rule for the server's `mentors` arguments and the web's filters on the
// loaded list: every filter given must hold (background, a sector, an expertise, a language, room under the cap).

export interface MentorDirectoryFilter {
  background?: string | null;
  sector?: string | null;
  need?: string | null;
  language?: string | null;
  /** true: only mentors below their cap of active startups; false: only those at it; absent: both. */
  hasCapacity?: boolean | null;
}

export interface MentorDirectoryEntry {
  background: string;
  sectors: readonly string[];
  expertise: readonly string[];
  languages: readonly string[];
  activeStartups: number;
  maxActiveStartups: number;
}

/** Whether a mentor has room for one more active startup. */
export function hasMentorCapacity(mentor: Pick<MentorDirectoryEntry, 'activeStartups' | 'maxActiveStartups'>) {
  return mentor.activeStartups < mentor.maxActiveStartups;
}

export function matchesMentorFilter(mentor: MentorDirectoryEntry, filter: MentorDirectoryFilter): boolean {
  if (filter.background && mentor.background !== filter.background) return false;
  if (filter.sector && !mentor.sectors.includes(filter.sector)) return false;
  if (filter.need && !mentor.expertise.includes(filter.need)) return false;
  if (filter.language && !mentor.languages.includes(filter.language.toLowerCase())) return false;
  if (
    filter.hasCapacity !== null &&
    filter.hasCapacity !== undefined &&
    hasMentorCapacity(mentor) !== filter.hasCapacity
  )
    return false;
  return true;
}
