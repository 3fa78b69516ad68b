// The measured read cases: each GraphQL request and the path of its raw-SQL floor on the floor server.
import { DEMO_PASSWORD } from '@launchpad/server/modules/users/seed';
import { LARGE_DATA } from './generate';

export interface BenchCase {
  name: string;
  graphql: { query: string; variables?: Record<string, unknown> };
  floorPath: string;
}

/** Fixed ids from the generator (bench/generate.ts). */
export const BENCH_STARTUP_ID = '00000000-0000-4000-8004-000000004242';
export const BENCH_FUND_ID = '00000000-0000-4000-8000-0000000000f1';

const PAGE_OF_STARTUPS = `query Page($first: Int!) {
  startups(first: $first) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node {
      id name sector stage
      cohort { id name }
      founders { id displayName }
      milestones { id kind title status dueDate }
      latestStageMove { from to at reason }
    } }
  }
}`;

const STARTUP_PAGE = `query StartupPage($id: ID!) {
  startup(id: $id) {
    id name sector stage description
    cohort { id name }
    founders { id displayName }
    stageHistory { from to at reason }
    milestones { id kind title status dueDate }
    checklist { kind doneDate evidence enterpriseCode }
    metricReports { period revenue customers employees }
  }
}`;

const FUND_OVERVIEW = `query FundOverview($id: ID!, $startupId: ID!) {
  fund(id: $id) { id name charterCapital stateCommitted stateShareBp paidIn invested available }
  capTable(startupId: $startupId) { startupId startupName entries { holderName kind stakeBp } }
}`;

const KPI_DASHBOARD = `query Kpi {
  kpiDashboard {
    startupsIncubated { actual target }
    capitalMobilized { actual target }
  }
}`;

export const CASES: BenchCase[] = [
  { name: 'kpiDashboard', graphql: { query: KPI_DASHBOARD }, floorPath: '/kpi' },
  {
    name: 'startups(first: 50)',
    graphql: { query: PAGE_OF_STARTUPS, variables: { first: 50 } },
    floorPath: '/startups?first=50',
  },
  {
    name: 'startup page',
    graphql: { query: STARTUP_PAGE, variables: { id: BENCH_STARTUP_ID } },
    floorPath: `/startups/${BENCH_STARTUP_ID}`,
  },
  {
    name: 'fund overview + cap table',
    graphql: { query: FUND_OVERVIEW, variables: { id: BENCH_FUND_ID, startupId: BENCH_STARTUP_ID } },
    floorPath: `/funds/${BENCH_FUND_ID}?startupId=${BENCH_STARTUP_ID}`,
  },
];

const AUDIT_PAGE = `query Audit($first: Int!, $filter: AuditFilter) {
  auditLog(first: $first, filter: $filter) {
    edges { cursor node { id at actorId actorEmail action entityType entityId before after } }
    pageInfo { hasNextPage endCursor }
  }
}`;
/** A founder of the generated set with 50 audit entries among the 1,000,000 (bench/generate.ts). */
export const BENCH_ACTOR_ID = '00000000-0000-4000-8003-000000004242';

/** With the 100× data set (BENCH_DATA=large): the audit log's newest page, and one actor's. */
if (LARGE_DATA) {
  CASES.push(
    { name: 'audit page', graphql: { query: AUDIT_PAGE, variables: { first: 50 } }, floorPath: '/audit' },
    {
      name: 'audit page, one actor',
      graphql: { query: AUDIT_PAGE, variables: { first: 50, filter: { actorId: BENCH_ACTOR_ID } } },
      floorPath: `/audit?actor=${BENCH_ACTOR_ID}`,
    },
  );
}

export const LOGIN_CASE = {
  body: JSON.stringify({
    query: 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
    variables: { e: 'board@launchpad.test', p: DEMO_PASSWORD },
  }),
};
