// The demo program's mentoring: mentors (some overseas) with past and booked sessions, and one problem statement
// judged blind by three reviewers with one conflict declared.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp({ seed: 'demo' });
}, 180_000);
afterAll(() => t?.close());

describe('the demo mentoring', () => {
  it('has mentors, overseas experts among them, with past and booked sessions', async () => {
    const manager = await t.loginAs('INCUBATOR_MANAGER');
    const response = await t.gql<{
      mentors: { background: string }[];
      officeHourBookings: { slot: { startsAt: string }; notes: string | null; rating: number | null }[];
    }>('{ mentors { background } officeHourBookings { slot { startsAt } notes rating } }', {}, manager);
    expect(response.errors).toBeUndefined();
    const { mentors, officeHourBookings } = response.data!;
    expect(mentors.length).toBeGreaterThanOrEqual(4);
    expect(mentors.filter((m) => m.background === 'OVERSEAS').length).toBeGreaterThanOrEqual(2);
    const now = Date.now();
    expect(officeHourBookings.some((b) => Date.parse(b.slot.startsAt) > now)).toBe(true);
    expect(officeHourBookings.some((b) => Date.parse(b.slot.startsAt) < now && b.notes && b.rating)).toBe(true);
  });

  it('lets the demo mentor see their startups, and the demo founder book their mentors', async () => {
    const mentor = await t.loginAs('MENTOR');
    const mine = await t.gql<{ mentoredStartups: { name: string }[] }>('{ mentoredStartups { name } }', {}, mentor);
    expect(mine.data!.mentoredStartups.length).toBeGreaterThanOrEqual(1);
    const founder = await t.loginAs('FOUNDER');
    const slots = await t.gql<{ officeHours: { booked: boolean }[] }>('{ officeHours { booked } }', {}, founder);
    expect(slots.data!.officeHours.some((slot) => !slot.booked)).toBe(true);
  });

  it('has a statement judged blind by three reviewers, one of whom declared a conflict', async () => {
    const board = await t.loginAs('BOARD');
    const list = await t.gql<{ challenges: { id: string; title: string }[] }>('{ challenges { id title } }', {}, board);
    const judged = list.data!.challenges.find((c) => c.title.startsWith('Ví điện tử cho tiểu thương'))!;
    const assignments = await t.gql<{ reviewAssignments: { reviewerId: string; declaration: string }[] }>(
      'query($c: ID!) { reviewAssignments(challengeId: $c) { reviewerId declaration } }',
      { c: judged.id },
      board,
    );
    const rows = assignments.data!.reviewAssignments;
    expect(new Set(rows.map((r) => r.reviewerId)).size).toBe(3);
    expect(rows.filter((r) => r.declaration === 'CONFLICT')).toHaveLength(1);
    const mentor = await t.loginAs('MENTOR');
    const blind = await t.gql<{ myReviews: { teamName: string | null }[] }>('{ myReviews { teamName } }', {}, mentor);
    expect(blind.data!.myReviews.every((r) => r.teamName === null)).toBe(true);
    const ranking = await t.gql<{ reviewRanking: { rows: { rawRank: number; normalizedRank: number }[] } }>(
      'query($c: ID!) { reviewRanking(challengeId: $c, phase: IDEA) { rows { rawRank normalizedRank } } }',
      { c: judged.id },
      board,
    );
    expect(ranking.data!.reviewRanking.rows).toHaveLength(4);
  });
});
