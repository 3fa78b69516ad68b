import { describe, expect, it } from 'vitest';
import { matchMentor, rankMentors, type MentorCandidate } from '@launchpad/shared';

const mentor = (id: string, over: Partial<MentorCandidate> = {}): MentorCandidate => ({
  id,
  sectors: [],
  expertise: [],
  activeStartups: 0,
  maxActiveStartups: 3,
  assigned: false,
  ...over,
});
const startup = { sector: 'fintech', needs: ['LEGAL', 'FUNDRAISING'] };

describe('mentor matching', () => {
  it('scores a sector match and each covered need, and says why', () => {
    const match = matchMentor(startup, mentor('a', { sectors: ['fintech'], expertise: ['FUNDRAISING', 'HIRING'] }));
    expect(match.score).toBe(5);
    expect(match.reasons).toEqual([
      { kind: 'SECTOR', sector: 'fintech' },
      { kind: 'NEED', need: 'FUNDRAISING' },
    ]);
    expect(match.available).toBe(true);
  });

  it('ranks the best fit first and a mentor at their cap after every available one', () => {
    const ranked = rankMentors(startup, [
      mentor('none'),
      mentor('full', { sectors: ['fintech'], expertise: ['LEGAL', 'FUNDRAISING'], activeStartups: 3 }),
      mentor('need', { expertise: ['LEGAL'] }),
      mentor('both', { sectors: ['fintech'], expertise: ['LEGAL'] }),
    ]);
    expect(ranked.map((m) => m.mentorId)).toEqual(['both', 'need', 'none', 'full']);
    expect(ranked[3]!.reasons).toContainEqual({ kind: 'AT_CAPACITY', active: 3, cap: 3 });
    expect(ranked[3]!.available).toBe(false);
  });

  it('prefers the lighter-loaded mentor among equal fits', () => {
    const ranked = rankMentors(startup, [
      mentor('busy', { expertise: ['LEGAL'], activeStartups: 2 }),
      mentor('free', { expertise: ['LEGAL'], activeStartups: 0 }),
    ]);
    expect(ranked.map((m) => m.mentorId)).toEqual(['free', 'busy']);
  });

  it('marks a mentor already assigned as not available', () => {
    const match = matchMentor(startup, mentor('a', { assigned: true }));
    expect(match.available).toBe(false);
    expect(match.reasons).toEqual([{ kind: 'ALREADY_ASSIGNED' }]);
  });
});
