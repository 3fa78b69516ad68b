// The board's mentoring panel: hours of the sessions held by startup, stage and sector, active mentors by
// background and the founders' ratings, aggregated in SQL.
import type { EntityManager } from '@mikro-orm/postgresql';
import { MENTOR_BACKGROUNDS, type MentorBackground } from '@launchpad/shared';

const HELD = `b.cancelled_at is null and s.ends_at <= ?`;

interface MentoringHoursView {
  key: string;
  label: string;
  sessions: number;
  hours: number;
}

export interface MentoringBoardView {
  hoursByStartup: MentoringHoursView[];
  hoursByStage: MentoringHoursView[];
  hoursBySector: MentoringHoursView[];
  activeMentorsByBackground: { background: MentorBackground; active: number }[];
  sessionsHeld: number;
  sessionsRated: number;
  averageRating: number | null;
}

/** The board's mentoring panel: sessions held (not cancelled, ended) and their hours, mentors, ratings. */
export async function mentoringBoard(em: EntityManager, now: Date): Promise<MentoringBoardView> {
  const hours = (group: string, key: string, label: string) =>
    em.execute<{ key: string; label: string; sessions: string; hours: string }[]>(
      `select ${key} as key, ${label} as label, count(*) as sessions,
              round(sum(extract(epoch from (s.ends_at - s.starts_at))) / 3600.0, 2) as hours
         from office_hour_bookings b
         join office_hour_slots s on s.id = b.slot_id
         join startups st on st.id = b.startup_id
         ${group === 'sector' ? 'left join sectors sec on sec.code = st.sector' : ''}
        where ${HELD}
        group by ${key}, ${label} order by hours desc, label`,
      [now],
    );
  const toRows = (rows: { key: string; label: string; sessions: string; hours: string }[]) =>
    rows.map((r) => ({ key: r.key, label: r.label, sessions: Number(r.sessions), hours: Number(r.hours) }));
  // One after another: the request's connection pool is small.
  const byStartup = await hours('startup', 'st.id::text', 'st.name');
  const byStage = await hours('stage', 'st.stage::text', 'st.stage::text');
  const bySector = await hours('sector', 'st.sector', 'coalesce(sec.name_vi, st.sector)');
  const backgrounds = await em.execute<{ background: string; active: string }[]>(
    `select p.background, count(distinct p.id) as active from mentor_profiles p
       join mentor_assignments a on a.mentor_id = p.id and a.ended_at is null
      group by p.background`,
  );
  const [ratings] = await em.execute<{ held: string; rated: string; average: string | null }[]>(
    `select count(*) as held, count(b.rating) as rated, round(avg(b.rating), 2) as average
       from office_hour_bookings b join office_hour_slots s on s.id = b.slot_id where ${HELD}`,
    [now],
  );
  const active = new Map(backgrounds.map((b) => [b.background, Number(b.active)]));
  return {
    hoursByStartup: toRows(byStartup),
    hoursByStage: toRows(byStage),
    hoursBySector: toRows(bySector),
    activeMentorsByBackground: MENTOR_BACKGROUNDS.map((background) => ({
      background,
      active: active.get(background) ?? 0,
    })),
    sessionsHeld: Number(ratings?.held ?? 0),
    sessionsRated: Number(ratings?.rated ?? 0),
    averageRating: ratings?.average === null || ratings?.average === undefined ? null : Number(ratings.average),
  };
}
