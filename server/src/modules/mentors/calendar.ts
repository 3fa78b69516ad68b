// Calendar invitations: each booked session as iCalendar (ical-generator), and a private feed URL per person
// (`/calendar/<token>.ics`, a secret token: whoever holds it reads that person's sessions, nothing else).
import type { EntityManager } from '@mikro-orm/postgresql';
import fp from 'fastify-plugin';
import ical, { ICalCalendarMethod } from 'ical-generator';
import { randomBytes } from 'node:crypto';
import type { Actor } from '../../graphql/context';
import { isManager } from '../../kernel';

interface SessionRow {
  id: string;
  starts_at: Date;
  ends_at: Date;
  location: string;
  topic: string;
  startup_name: string;
  mentor_name: string;
  cancelled_at: Date | null;
}

const SESSION_SQL = `select b.id, s.starts_at, s.ends_at, s.location, b.topic, st.name as startup_name,
    p.display_name as mentor_name, b.cancelled_at
  from office_hour_bookings b
  join office_hour_slots s on s.id = b.slot_id
  join mentor_profiles p on p.id = s.mentor_id
  join startups st on st.id = b.startup_id`;

/** The sessions a person is part of: their own slots (mentor), their startups' bookings (founder), all (manager). */
async function sessionsOf(em: EntityManager, user: { id: string; email: string; role: string }) {
  if (user.role === 'MENTOR')
    return em.execute<SessionRow[]>(`${SESSION_SQL} where p.email = ? order by s.starts_at`, [user.email]);
  if (user.role === 'FOUNDER')
    return em.execute<SessionRow[]>(
      `${SESSION_SQL} where b.startup_id in (select startup_id from startup_members where user_id = ?) order by s.starts_at`,
      [user.id],
    );
  if (isManager({ role: user.role } as Actor)) return em.execute<SessionRow[]>(`${SESSION_SQL} order by s.starts_at`);
  return [];
}

export function sessionsCalendar(rows: readonly SessionRow[], name: string): string {
  // Instants in UTC ("…Z"): a calendar-wide time zone without its VTIMEZONE definition made ical-generator write
  // floating times, which every calendar app would read in its own zone (15:00 in Hanoi showed as 08:00).
  const calendar = ical({ name, method: ICalCalendarMethod.PUBLISH });
  for (const row of rows) {
    calendar.createEvent({
      id: `${row.id}@launchpad`,
      start: new Date(row.starts_at),
      end: new Date(row.ends_at),
      summary: `Office hours: ${row.mentor_name} · ${row.startup_name}`,
      description: row.topic,
      location: row.location,
      status: row.cancelled_at ? ('CANCELLED' as never) : ('CONFIRMED' as never),
    });
  }
  return calendar.toString();
}

/** One session as an .ics invitation (the booking e-mail and the download button). */
export function sessionInvitation(session: {
  id: string;
  startsAt: Date;
  endsAt: Date;
  location: string;
  topic: string;
  startupName: string;
  mentorName: string;
  cancelledAt?: Date | null;
}): string {
  return sessionsCalendar(
    [
      {
        id: session.id,
        starts_at: session.startsAt,
        ends_at: session.endsAt,
        location: session.location,
        topic: session.topic,
        startup_name: session.startupName,
        mentor_name: session.mentorName,
        cancelled_at: session.cancelledAt ?? null,
      },
    ],
    'Launchpad office hours',
  );
}

/** The person's feed URL path, creating its secret token on first use. */
export async function calendarFeedPath(em: EntityManager, actor: Actor): Promise<string> {
  // One statement (no flush of the request's shared entity manager, which other root fields use meanwhile).
  await em.execute(
    'insert into calendar_feeds (user_id, token, created_at) values (?, ?, now()) on conflict do nothing',
    [actor.userId, randomBytes(24).toString('base64url')],
  );
  const [feed] = await em.execute<{ token: string }[]>('select token from calendar_feeds where user_id = ?', [
    actor.userId,
  ]);
  return `/calendar/${feed!.token}.ics`;
}

export const calendarFeedPlugin = fp(
  async (app) => {
    app.get<{ Params: { file: string } }>('/calendar/:file', async (request, reply) => {
      const match = /^([A-Za-z0-9_-]{16,64})\.ics$/.exec(request.params.file);
      if (!match) return reply.code(404).send({ error: 'not found' });
      const em = app.orm.em.fork();
      const [user] = await em.execute<{ id: string; email: string; role: string; display_name: string }[]>(
        `select u.id, u.email, u.role, u.display_name from calendar_feeds f join users u on u.id = f.user_id
          where f.token = ? and u.active`,
        [match[1]],
      );
      if (!user) return reply.code(404).send({ error: 'not found' });
      const body = sessionsCalendar(await sessionsOf(em, user), `Launchpad — ${user.display_name}`);
      return reply
        .header('content-type', 'text/calendar; charset=utf-8')
        .header('cache-control', 'private, no-store')
        .send(body);
    });
  },
  { name: 'calendar-feed', dependencies: ['database'] },
);
