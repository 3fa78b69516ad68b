// The floor: a bare Fastify route per read case running hand-written SQL through `pg` and answering
// the same JSON the GraphQL request does. What GraphQL, the ORM and authorization cost is the gap.
import Fastify from 'fastify';
import pg from 'pg';
import { applyRound, stakeBp, type Stake } from '@launchpad/shared';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
const app = Fastify({ logger: false });

app.get('/health', async () => ({ status: 'ok' }));

app.get<{ Querystring: { first?: string } }>('/startups', async (request) => {
  const first = Number(request.query.first ?? 20);
  const { rows } = await pool.query(
    `with page as (select id, name, sector, stage, cohort_id from startups order by name, id limit $1 + 1)
     select p.id, p.name, p.sector, p.stage,
            (select json_build_object('id', c.id, 'name', c.name) from cohorts c where c.id = p.cohort_id) cohort,
            coalesce((select json_agg(json_build_object('id', u.id, 'displayName', u.display_name))
                        from startup_members m join users u on u.id = m.user_id where m.startup_id = p.id), '[]') founders,
            coalesce((select json_agg(json_build_object('id', ms.id, 'kind', ms.kind, 'title', ms.title, 'status', ms.status, 'dueDate', ms.due_date) order by ms.due_date)
                        from milestones ms where ms.startup_id = p.id), '[]') milestones,
            (select json_build_object('from', sm.from_stage, 'to', sm.to_stage, 'at', sm.at, 'reason', sm.reason)
               from stage_moves sm where sm.startup_id = p.id order by sm.at desc, sm.id desc limit 1) "latestStageMove",
            (select count(*) from startups)::int total
       from page p order by p.name, p.id`,
    [first],
  );
  const page = rows.slice(0, first);
  return {
    data: {
      startups: {
        totalCount: rows[0]?.total ?? 0,
        pageInfo: { hasNextPage: rows.length > first, endCursor: page.at(-1)?.id ?? null },
        edges: page.map(({ total: _total, cohort_id: _cohort, ...node }) => ({ cursor: node.id, node })),
      },
    },
  };
});

app.get<{ Params: { id: string } }>('/startups/:id', async (request) => {
  const { rows } = await pool.query(
    `select s.id, s.name, s.sector, s.stage, s.description,
            (select json_build_object('id', c.id, 'name', c.name) from cohorts c where c.id = s.cohort_id) cohort,
            coalesce((select json_agg(json_build_object('id', u.id, 'displayName', u.display_name))
                        from startup_members m join users u on u.id = m.user_id where m.startup_id = s.id), '[]') founders,
            coalesce((select json_agg(json_build_object('from', sm.from_stage, 'to', sm.to_stage, 'at', sm.at, 'reason', sm.reason) order by sm.at, sm.id)
                        from stage_moves sm where sm.startup_id = s.id), '[]') "stageHistory",
            coalesce((select json_agg(json_build_object('id', ms.id, 'kind', ms.kind, 'title', ms.title, 'status', ms.status, 'dueDate', ms.due_date) order by ms.due_date)
                        from milestones ms where ms.startup_id = s.id), '[]') milestones,
            coalesce((select json_agg(json_build_object('kind', ci.kind, 'doneDate', ci.done_date, 'evidence', ci.evidence, 'enterpriseCode', ci.enterprise_code))
                        from checklist_items ci where ci.startup_id = s.id), '[]') checklist,
            coalesce((select json_agg(json_build_object('period', mr.period, 'revenue', mr.revenue::text, 'customers', mr.customers, 'employees', mr.employees) order by mr.period)
                        from metric_reports mr where mr.startup_id = s.id), '[]') "metricReports"
       from startups s where s.id = $1`,
    [request.params.id],
  );
  return { data: { startup: rows[0] ?? null } };
});

app.get<{ Params: { id: string }; Querystring: { startupId: string } }>('/funds/:id', async (request) => {
  const [fund, rounds] = await Promise.all([
    pool.query(
      `select id, name, charter_capital::text "charterCapital", state_committed::text "stateCommitted",
              case when charter_capital = 0 then 0 else (state_committed * 10000 / charter_capital)::int end "stateShareBp",
              paid_in::text "paidIn", invested::text invested, (paid_in - invested)::text available
         from funds where id = $1`,
      [request.params.id],
    ),
    pool.query(
      `select s.name startup_name, r.id, r.pre_money::text pre_money,
              json_agg(json_build_object('holder', coalesce(p.fund_id::text, p.investor_name), 'kind', p.kind, 'amount', p.amount::text)) participations
         from startups s join funding_rounds r on r.startup_id = s.id join round_participations p on p.round_id = r.id
        where s.id = $1 group by s.name, r.id order by r.date, r.created_at`,
      [request.query.startupId],
    ),
  ]);
  // The same exact-rational dilution the server applies (shared/src/fund-rules.ts).
  let holdings = new Map<string, Stake>();
  const kinds = new Map<string, string>();
  for (const round of rounds.rows as {
    pre_money: string;
    participations: { holder: string; kind: string; amount: string }[];
  }[]) {
    for (const participation of round.participations) kinds.set(participation.holder, participation.kind);
    holdings = applyRound(holdings, {
      preMoney: BigInt(round.pre_money),
      participations: round.participations.map((p) => ({ holder: p.holder, amount: BigInt(p.amount) })),
    });
  }
  return {
    data: {
      fund: fund.rows[0] ?? null,
      capTable: {
        startupId: request.query.startupId,
        startupName: rounds.rows[0]?.startup_name ?? null,
        entries: [...holdings].map(([holder, stake]) => ({
          holderName: holder,
          kind: kinds.get(holder),
          stakeBp: stakeBp(stake),
        })),
      },
    },
  };
});

app.get<{ Querystring: { actor?: string } }>('/audit', async (request) => {
  const actor = request.query.actor;
  const { rows } = await pool.query(
    `select id::text as id, at, actor_id, actor_email, action, entity_type, entity_id, before, after from audit_log
      ${actor ? 'where actor_id = $2' : ''} order by audit_log.id desc limit $1`,
    actor ? [51, actor] : [51],
  );
  const page = rows.slice(0, 50) as Record<string, unknown>[];
  return {
    data: {
      auditLog: {
        edges: page.map((row) => ({
          cursor: row.id,
          node: {
            id: row.id,
            at: (row.at as Date).toISOString(),
            actorId: row.actor_id,
            actorEmail: row.actor_email,
            action: row.action,
            entityType: row.entity_type,
            entityId: row.entity_id,
            before: row.before === null ? null : JSON.stringify(row.before),
            after: row.after === null ? null : JSON.stringify(row.after),
          },
        })),
        pageInfo: { hasNextPage: rows.length > 50, endCursor: page.at(-1)?.id ?? null },
      },
    },
  };
});

app.get('/kpi', async () => {
  const { rows } = await pool.query(
    `select (select count(distinct startup_id) from stage_moves
              where to_stage = 'INCUBATION' and (at at time zone 'Asia/Ho_Chi_Minh')::date between date '2026-01-01' and date '2030-12-31')::int incubated,
            (select coalesce(sum(p.amount), 0)::text from round_participations p join funding_rounds r on r.id = p.round_id
              where r.date between date '2026-01-01' and date '2030-12-31') mobilized`,
  );
  const row = rows[0] as { incubated: number; mobilized: string };
  return {
    data: {
      kpiDashboard: {
        startupsIncubated: { actual: row.incubated, target: 200 },
        capitalMobilized: { actual: row.mobilized, target: '500000000000' },
      },
    },
  };
});

await app.listen({ host: '127.0.0.1', port: Number(process.env.PORT ?? 3101) });
process.on(
  'SIGTERM',
  () =>
    void app
      .close()
      .then(() => pool.end())
      .then(() => process.exit(0)),
);
