// Office hours: a mentor publishes slots in Hanoi time, founders of assigned startups book (exactly one of two
// racing founders wins a slot), cancel within the notice rule, the mentor's notes stay private unless shared,
// founders rate once the session has ended, and each person's private feed serves the sessions as iCalendar.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, errorCode, type TestApp } from '../support/app';
import { sql } from '../support/fund';
import { setUpMentoring, type Mentoring } from '../support/mentoring';

// The server stands at 2026-12-01 09:00 Hanoi time; tests move it forward.
let now = new Date('2026-12-01T02:00:00Z');
let t: TestApp;
let m: Mentoring;

const PUBLISH =
  'mutation($i: PublishOfficeHourInput!) { publishOfficeHour(input: $i) { id startsAt startsAtHanoi booked } }';
const BOOK = 'mutation($i: BookOfficeHourInput!) { bookOfficeHour(input: $i) { id notes slot { booked } ics } }';

async function publish(date: string, time: string) {
  const response = await t.gql<{ publishOfficeHour: { id: string; startsAt: string; startsAtHanoi: string } }>(
    PUBLISH,
    { i: { date, time, minutes: 60, location: 'Phòng 3, Trung tâm Đổi mới sáng tạo' } },
    m.mentorToken,
  );
  expect(response.errors).toBeUndefined();
  return response.data!.publishOfficeHour;
}

beforeAll(async () => {
  t = await createTestApp({ clock: () => now });
  m = await setUpMentoring(t);
}, 120_000);
afterAll(() => t?.close());

describe('office hours', () => {
  it('publishes a slot given in Hanoi time', async () => {
    const slot = await publish('2026-12-03', '14:00');
    expect(slot.startsAt).toBe('2026-12-03T07:00:00.000Z');
    expect(slot.startsAtHanoi).toBe('2026-12-03 14:00');
  });

  it('lets exactly one of two founders racing for one slot win it', async () => {
    const slot = await publish('2026-12-04', '09:00');
    const [a, c] = await Promise.all([
      t.gql(BOOK, { i: { slotId: slot.id, startupId: m.startupId, topic: 'Seed round' } }, m.founderA),
      t.gql(BOOK, { i: { slotId: slot.id, startupId: m.thirdStartupId, topic: 'Pricing' } }, m.founderC),
    ]);
    const winners = [a, c].filter((r) => !r.errors);
    const losers = [a, c].filter((r) => r.errors);
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(1);
    expect(errorCode(losers[0]!)).toBe('BAD_USER_INPUT');
    expect(losers[0]!.errors?.[0]?.extensions?.field).toBe('slotId');
    const rows = await sql<{ n: string }>(
      t,
      'select count(*) as n from office_hour_bookings where slot_id = $1 and cancelled_at is null',
      [slot.id],
    );
    expect(rows[0]!.n).toBe('1');
  });

  it('e-mails the mentor and the founder who booked the session as a calendar invitation', async () => {
    const slot = await publish('2026-12-08', '15:00');
    const booked = await t.gql(
      BOOK,
      { i: { slotId: slot.id, startupId: m.startupId, topic: 'Pitch deck' } },
      m.founderA,
    );
    expect(booked.errors).toBeUndefined();
    const mails = await sql<{ payload: { to: string; body: string; icalEvent: string } }>(
      t,
      `select payload from outbox where payload->>'kind' = 'OFFICE_HOUR_BOOKED' and payload->>'body' like '%Pitch deck%'`,
    );
    expect(mails.map((mail) => mail.payload.to).sort()).toEqual(['a@founders.test', 'nam@expert.test']);
    for (const { payload } of mails) {
      expect(payload.body).toContain('2026-12-08 15:00');
      expect(payload.icalEvent).toContain('BEGIN:VEVENT');
      // 15:00 in Hanoi is 08:00 UTC, written as an instant (never a floating time a calendar reads in its own zone).
      expect(payload.icalEvent).toContain('DTSTART:20261208T080000Z');
      expect(payload.icalEvent).toContain('DTEND:20261208T090000Z');
    }
  });

  it('refuses a taken slot, a past slot, and a startup the mentor does not mentor — writing nothing', async () => {
    const slot = await publish('2026-12-05', '10:00');
    const first = await t.gql(BOOK, { i: { slotId: slot.id, startupId: m.startupId, topic: 'Legal' } }, m.founderA);
    expect(first.errors).toBeUndefined();
    const before = await sql<{ n: string }>(t, 'select count(*) as n from office_hour_bookings');
    const taken = await t.gql(BOOK, { i: { slotId: slot.id, startupId: m.thirdStartupId, topic: 'x' } }, m.founderC);
    expect(errorCode(taken)).toBe('BAD_USER_INPUT');
    expect(taken.errors?.[0]?.message).toContain('already booked');

    const soon = await publish('2026-12-01', '10:00');
    now = new Date('2026-12-01T03:30:00Z'); // 10:30 in Hanoi: the slot has started
    const past = await t.gql(BOOK, { i: { slotId: soon.id, startupId: m.startupId, topic: 'x' } }, m.founderA);
    expect(errorCode(past)).toBe('BAD_USER_INPUT');
    expect(past.errors?.[0]?.extensions?.field).toBe('slotId');
    now = new Date('2026-12-01T02:00:00Z');

    const later = await publish('2026-12-06', '10:00');
    const notMentored = await t.gql(
      BOOK,
      { i: { slotId: later.id, startupId: m.otherStartupId, topic: 'x' } },
      m.founderA,
    );
    expect(errorCode(notMentored)).toBe('FORBIDDEN');
    expect(await sql<{ n: string }>(t, 'select count(*) as n from office_hour_bookings')).toEqual(before);
  });

  it('lets a founder cancel until 24 hours before, and not after', async () => {
    const slot = await publish('2026-12-02', '16:00');
    const booked = await t.gql<{ bookOfficeHour: { id: string } }>(
      BOOK,
      { i: { slotId: slot.id, startupId: m.startupId, topic: 'Hiring' } },
      m.founderA,
    );
    const CANCEL = 'mutation($b: ID!) { cancelOfficeHourBooking(bookingId: $b) { cancelledAt } }';
    now = new Date('2026-12-01T10:00:00Z'); // 17:00 Hanoi, 23 hours before
    const late = await t.gql(CANCEL, { b: booked.data!.bookOfficeHour.id }, m.founderA);
    expect(errorCode(late)).toBe('BAD_USER_INPUT');
    expect(late.errors?.[0]?.message).toContain('24 hours');
    const byMentor = await t.gql(CANCEL, { b: booked.data!.bookOfficeHour.id }, m.mentorToken);
    expect(byMentor.errors).toBeUndefined();
    now = new Date('2026-12-01T02:00:00Z');
  });

  it('keeps notes private to managers and the mentor until shared, and takes one rating after the session', async () => {
    const slot = await publish('2026-12-07', '09:00');
    const booked = await t.gql<{ bookOfficeHour: { id: string } }>(
      BOOK,
      { i: { slotId: slot.id, startupId: m.startupId, topic: 'Term sheet' } },
      m.founderA,
    );
    const id = booked.data!.bookOfficeHour.id;
    const NOTES = 'mutation($i: SessionNotesInput!) { writeSessionNotes(input: $i) { notes notesShared } }';
    const early = await t.gql(NOTES, { i: { bookingId: id, notes: 'x', shared: false } }, m.mentorToken);
    expect(errorCode(early)).toBe('BAD_USER_INPUT');

    now = new Date('2026-12-07T03:00:00Z'); // 10:00 Hanoi, the session has ended
    const written = await t.gql(
      NOTES,
      { i: { bookingId: id, notes: 'Cap table needs cleaning before the round.', shared: false } },
      m.mentorToken,
    );
    expect(written.errors).toBeUndefined();
    const READ = 'query($s: ID!) { officeHourBookings(startupId: $s) { id notes } }';
    const notesFor = async (token: string) =>
      (
        await t.gql<{ officeHourBookings: { id: string; notes: string | null }[] }>(READ, { s: m.startupId }, token)
      ).data!.officeHourBookings.find((b) => b.id === id)!.notes;
    expect(await notesFor(m.manager)).toBe('Cap table needs cleaning before the round.');
    expect(await notesFor(m.founderA)).toBeNull();
    await t.gql(
      NOTES,
      { i: { bookingId: id, notes: 'Cap table needs cleaning before the round.', shared: true } },
      m.mentorToken,
    );
    expect(await notesFor(m.founderA)).toBe('Cap table needs cleaning before the round.');

    const RATE = 'mutation($i: RateSessionInput!) { rateSession(input: $i) { rating } }';
    const outOfRange = await t.gql(RATE, { i: { bookingId: id, rating: 6 } }, m.founderA);
    expect(errorCode(outOfRange)).toBe('BAD_USER_INPUT');
    expect(outOfRange.errors?.[0]?.extensions?.field).toBe('rating');
    const rated = await t.gql<{ rateSession: { rating: number } }>(
      RATE,
      { i: { bookingId: id, rating: 5 } },
      m.founderA,
    );
    expect(rated.data?.rateSession.rating).toBe(5);
    expect(errorCode(await t.gql(RATE, { i: { bookingId: id, rating: 4 } }, m.founderA))).toBe('BAD_USER_INPUT');

    const board = await t.gql<{
      mentoringBoard: {
        sessionsRated: number;
        averageRating: number;
        hoursByStartup: { label: string; hours: number }[];
        activeMentorsByBackground: { background: string; active: number }[];
      };
    }>(
      '{ mentoringBoard { sessionsRated averageRating hoursByStartup { label hours } activeMentorsByBackground { background active } } }',
      {},
      await t.loginAs('BOARD'),
    );
    expect(board.data!.mentoringBoard.sessionsRated).toBe(1);
    expect(board.data!.mentoringBoard.averageRating).toBe(5);
    // Every held session here lasts an hour: Ví Xanh's (the 4th's race maybe, the 5th's and this one) count.
    const hours = board.data!.mentoringBoard.hoursByStartup;
    expect(hours.find((row) => row.label === 'Ví Xanh')!.hours).toBeGreaterThanOrEqual(2);
    expect(hours.reduce((sum, row) => sum + row.hours, 0)).toBe(3);
    expect(board.data!.mentoringBoard.activeMentorsByBackground).toContainEqual({ background: 'OVERSEAS', active: 1 });
    now = new Date('2026-12-01T02:00:00Z');
  });

  it("serves a person's sessions at their private feed URL as iCalendar, and nothing for a wrong token", async () => {
    const feed = await t.gql<{ calendarFeedUrl: string }>('{ calendarFeedUrl }', {}, m.founderA);
    const path = feed.data!.calendarFeedUrl;
    expect(path).toMatch(/^\/calendar\/[A-Za-z0-9_-]+\.ics$/);
    const response = await t.app.inject({ method: 'GET', url: path });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/calendar');
    expect(response.body).toContain('BEGIN:VCALENDAR');
    expect(response.body).toContain('Term sheet');
    expect(response.body).not.toContain('Pricing'); // another startup's session
    const wrong = await t.app.inject({ method: 'GET', url: '/calendar/not-a-real-token-at-all.ics' });
    expect(wrong.statusCode).toBe(404);
  });
});
