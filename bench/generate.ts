// The scale data set (50× the program): bulk INSERT … SELECT over generate_series, one statement per
// step, so 200,000+ rows land in seconds instead of one ORM flush per row.
import pg from 'pg';
import { SingleBar, Presets } from 'cli-progress';

export const SCALE = {
  startups: 10_000,
  milestonesPerStartup: 10,
  rounds: 20_000,
  participationsPerRound: 2,
  cohorts: 50,
  challenges: 500,
  applications: 20_000,
} as const;

const SECTORS = `array['smart-transport','digital-health','digital-education','environment','urban-security','agritech','fintech']`;
const STAGES = `array['CONNECTION','INCUBATION','PLATFORM_BUILDING','SCALING_UP','GRADUATED','DISCONTINUED']::startup_stage[]`;

/** Each step is one SQL statement; `$1` is the program id where used. */
const STEPS: { name: string; sql: string }[] = [
  {
    name: 'program and fund',
    sql: `
      insert into programs (id, name, description, gates, created_at)
        values ('00000000-0000-4000-8000-000000000001', 'Chương trình Đổi mới sáng tạo Hà Nội 2026–2030', null,
                '{"INCUBATION":[{"kind":"IN_COHORT"}],"PLATFORM_BUILDING":[{"kind":"MILESTONE_VERIFIED","milestoneKinds":["MVP","PROTOTYPE"]}],"SCALING_UP":[{"kind":"BUSINESS_REGISTERED"}]}', now());
      insert into funds (id, name, charter_cap_bp, stake_cap_bp, charter_capital, state_committed, paid_in, invested, created_at)
        values ('00000000-0000-4000-8000-0000000000f1', 'Quỹ Đầu tư Mạo hiểm Hà Nội (bench)', 4900, 4900,
                100000000000000000, 49000000000000000, 100000000000000000, 0, now());
      insert into fund_members (id, fund_id, name, type, created_at) values
        ('00000000-0000-4000-8000-0000000000a1', '00000000-0000-4000-8000-0000000000f1', 'Ngân sách Thành phố Hà Nội', 'STATE', now()),
        ('00000000-0000-4000-8000-0000000000a2', '00000000-0000-4000-8000-0000000000f1', 'Nhà đầu tư tư nhân', 'PRIVATE', now());
      insert into commitments (id, fund_id, member_id, amount, paid_in, created_at, updated_at) values
        (gen_random_uuid(), '00000000-0000-4000-8000-0000000000f1', '00000000-0000-4000-8000-0000000000a1', 49000000000000000, 49000000000000000, now(), now()),
        (gen_random_uuid(), '00000000-0000-4000-8000-0000000000f1', '00000000-0000-4000-8000-0000000000a2', 51000000000000000, 51000000000000000, now(), now());`,
  },
  {
    name: 'cohorts',
    sql: `insert into cohorts (id, name, start_date, end_date, manager_id, program_id, created_at)
      select ('00000000-0000-4000-8001-' || lpad(i::text, 12, '0'))::uuid, 'Khóa ' || i, date '2026-01-05' + (i * 30),
             date '2026-01-05' + (i * 30) + 180, null, '00000000-0000-4000-8000-000000000001', now()
      from generate_series(1, ${SCALE.cohorts}) i`,
  },
  {
    name: 'problem statements',
    sql: `insert into challenges (id, title, sponsor_name, sponsor_kind, sector, description, expected_outcome, deadline, status, published_at, closed_at, created_at)
      select ('00000000-0000-4000-8002-' || lpad(i::text, 12, '0'))::uuid, 'Bài toán đô thị số ' || i, 'Sở ban ngành ' || (i % 30),
             (array['PUBLIC_BODY','ENTERPRISE']::sponsor_kind[])[1 + i % 2], (${SECTORS})[1 + i % 7],
             'Mô tả bài toán ' || i, 'Kết quả mong đợi ' || i, date '2026-03-01' + (i % 600), 'PUBLISHED', now(), null, now()
      from generate_series(1, ${SCALE.challenges}) i;
      insert into challenge_criteria (id, challenge_id, position, name, weight)
      select gen_random_uuid(), ('00000000-0000-4000-8002-' || lpad(c::text, 12, '0'))::uuid, p, 'Tiêu chí ' || p, 10 * p
      from generate_series(1, ${SCALE.challenges}) c, generate_series(1, 3) p`,
  },
  {
    name: 'applications',
    sql: `insert into applications (id, challenge_id, team_name, members, proposal, contact_email, status, submitted_at)
      select gen_random_uuid(), ('00000000-0000-4000-8002-' || lpad((1 + i % ${SCALE.challenges})::text, 12, '0'))::uuid,
             'Nhóm ' || i, '[{"name":"Thành viên","background":"UNIVERSITY"}]', 'Đề xuất ' || i, 'team' || i || '@example.vn',
             'SUBMITTED', timestamptz '2026-02-01' + (i || ' minutes')::interval
      from generate_series(1, ${SCALE.applications}) i`,
  },
  {
    name: 'founders',
    sql: `insert into users (id, email, password_hash, role, display_name, active, created_at)
      select ('00000000-0000-4000-8003-' || lpad(i::text, 12, '0'))::uuid, 'founder' || i || '@bench.test', 'scrypt$disabled', 'FOUNDER',
             'Nhà sáng lập ' || i, true, now()
      from generate_series(1, ${SCALE.startups}) i`,
  },
  {
    name: 'startups',
    sql: `insert into startups (id, name, sector, stage, description, program_id, challenge_id, application_id, cohort_id, created_at, updated_at)
      select ('00000000-0000-4000-8004-' || lpad(i::text, 12, '0'))::uuid, 'Công ty Khởi nghiệp ' || lpad(i::text, 5, '0'),
             (${SECTORS})[1 + i % 7], (${STAGES})[1 + i % 6], null, '00000000-0000-4000-8000-000000000001',
             ('00000000-0000-4000-8002-' || lpad((1 + i % ${SCALE.challenges})::text, 12, '0'))::uuid, null,
             case when i % 6 = 0 then null else ('00000000-0000-4000-8001-' || lpad((1 + i % ${SCALE.cohorts})::text, 12, '0'))::uuid end,
             timestamptz '2026-01-01' + (i || ' minutes')::interval, now()
      from generate_series(1, ${SCALE.startups}) i;
      insert into startup_members (id, startup_id, user_id, joined_at)
      select gen_random_uuid(), ('00000000-0000-4000-8004-' || lpad(i::text, 12, '0'))::uuid,
             ('00000000-0000-4000-8003-' || lpad(i::text, 12, '0'))::uuid, now()
      from generate_series(1, ${SCALE.startups}) i`,
  },
  {
    name: 'stage histories',
    // Every startup walks the forward stages up to its current one; ended ones end after scaling up.
    sql: `insert into stage_moves (startup_id, from_stage, to_stage, at, by_id, reason)
      select s.id, case when k = 1 then null else (${STAGES})[k - 1] end, (${STAGES})[k],
             timestamptz '2026-01-01 03:00+00' + ((k * 40 + (n % 200)) || ' days')::interval, null::uuid, null::text
      from (select id, row_number() over (order by id) n, array_position(${STAGES}, stage) target from startups) s,
           generate_series(1, 5) k
      where k <= least(s.target, 4)
      union all
      select s.id, 'SCALING_UP', s.stage, timestamptz '2026-01-01 03:00+00' + ((220 + (n % 200)) || ' days')::interval, null, 'Kết thúc chương trình'
      from (select id, stage, row_number() over (order by id) n from startups where stage in ('GRADUATED','DISCONTINUED')) s`,
  },
  {
    name: 'milestones',
    sql: `insert into milestones (id, startup_id, kind, title, due_date, status, evidence_url, evidence_text, verified_at, verified_by_id, created_at, updated_at)
      select gen_random_uuid(), s.id, (array['PROBLEM_VALIDATED','PROTOTYPE','MVP','FIRST_CUSTOMER','CUSTOM']::milestone_kind[])[1 + m % 5],
             'Cột mốc ' || m, date '2026-02-01' + m * 20, (array['PLANNED','IN_PROGRESS','DONE','VERIFIED']::milestone_status[])[1 + m % 4],
             null, null, case when m % 4 = 3 then now() else null end, null, now(), now()
      from startups s, generate_series(0, ${SCALE.milestonesPerStartup - 1}) m`,
  },
  {
    name: 'funding rounds',
    sql: `insert into funding_rounds (id, startup_id, date, instrument, pre_money, raised, created_at)
      select ('00000000-0000-4000-8005-' || lpad(i::text, 12, '0'))::uuid,
             ('00000000-0000-4000-8004-' || lpad((1 + i % ${SCALE.startups})::text, 12, '0'))::uuid,
             date '2026-01-15' + (i % 1800), 'EQUITY', 20000000000 + (i % 50)::bigint * 1000000000, 4000000000, now()
      from generate_series(1, ${SCALE.rounds}) i`,
  },
  {
    name: 'participations',
    // The fund takes a 10% slice of each round at most; the rest comes from private co-investors.
    sql: `insert into round_participations (id, round_id, kind, fund_id, investor_name, amount)
      select gen_random_uuid(), ('00000000-0000-4000-8005-' || lpad(i::text, 12, '0'))::uuid, 'FUND'::participation_kind, '00000000-0000-4000-8000-0000000000f1'::uuid, null::text, 1000000000::bigint
      from generate_series(1, ${SCALE.rounds}) i
      union all
      select gen_random_uuid(), ('00000000-0000-4000-8005-' || lpad(i::text, 12, '0'))::uuid, 'PRIVATE', null, 'Nhà đầu tư ' || (i % 300), 3000000000
      from generate_series(1, ${SCALE.rounds}) i;
      update funds set invested = (select coalesce(sum(amount), 0) from round_participations where kind = 'FUND')
        where id = '00000000-0000-4000-8000-0000000000f1'`,
  },
  // A live database is kept vacuumed by autovacuum; a fresh bulk load is not, and autovacuum would start on
  // it in the middle of the measurements. Vacuuming sets the visibility map that index-only counts rely on.
  { name: 'vacuum and statistics', sql: 'vacuum analyze' },
];

export async function generate(url: string, log: (line: string) => void): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const bar = new SingleBar(
    { format: 'generating {bar} {value}/{total} {step}', hideCursor: true },
    Presets.shades_classic,
  );
  const started = performance.now();
  bar.start(STEPS.length, 0, { step: '' });
  try {
    for (const step of STEPS) {
      bar.update({ step: step.name });
      await client.query(step.sql).catch((error: Error) => {
        throw new Error(`step "${step.name}" failed: ${error.message}`);
      });
      bar.increment();
    }
  } finally {
    bar.stop();
    await client.end();
  }
  const seconds = (performance.now() - started) / 1000;
  log(`generated the scale data set in ${seconds.toFixed(1)} s`);
  return seconds;
}
