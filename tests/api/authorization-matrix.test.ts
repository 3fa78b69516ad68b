// The authorization matrix: every Query and Mutation field × anonymous and every role → allowed or the exact
// refusal code, run through the real API. The fields are read from the built schema, so an operation without a
// row here fails the test. Then: founders are scoped to their own startup on queries, nested fields and mutations.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  isCompositeType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
} from 'graphql';
import { ROLES, type Role } from '@launchpad/shared';
import { loadSchemaText } from '@launchpad/server/plugins/graphql';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '@launchpad/server/modules/users/seed';
import { createTestApp, errorCode, type GraphQLResponse, type TestApp } from '../support/app';

type Caller = 'ANONYMOUS' | Role;
const CALLERS: Caller[] = ['ANONYMOUS', 'ADMIN', 'INCUBATOR_MANAGER', 'FUND_MANAGER', 'FOUNDER', 'BOARD', 'MENTOR'];
type Outcome = 'ALLOWED' | 'UNAUTHENTICATED' | 'FORBIDDEN';

/**
 * Columns: anonymous, ADMIN, INCUBATOR_MANAGER, FUND_MANAGER, FOUNDER, BOARD, MENTOR.
 * ok = allowed (the answer may still be BAD_USER_INPUT/NOT_FOUND for dummy arguments), U = UNAUTHENTICATED, F = FORBIDDEN.
 */
// prettier-ignore
const MATRIX: Record<string, string> = {
  //                                  anon ADM INC FND FOU BRD MEN
  'Query.me':                         'ok  ok  ok  ok  ok  ok  ok',
  'Query.users':                      'U   ok  F   F   F   F   F',
  'Query.auditLog':                   'U   ok  F   F   F   ok  F',
  'Query.auditFacets':                'U   ok  F   F   F   ok  F',
  'Query.auditChainStatus':           'U   ok  F   F   F   ok  F',
  'Query.programs':                   'U   ok  ok  ok  ok  ok  ok',
  'Query.program':                    'U   ok  ok  ok  ok  ok  ok',
  'Query.publishedChallenges':        'ok  ok  ok  ok  ok  ok  ok',
  'Query.challenge':                  'ok  ok  ok  ok  ok  ok  ok',
  'Query.challenges':                 'U   ok  ok  F   F   ok  F',
  'Query.applications':               'U   ok  ok  F   F   ok  F',
  'Query.application':                'U   ok  ok  F   ok  ok  F',
  'Query.applicationRanking':         'U   ok  ok  F   F   ok  F',
  'Query.invitation':                 'ok  ok  ok  ok  ok  ok  ok',
  'Query.invitations':                'U   ok  ok  F   F   F   F',
  'Query.startups':                   'U   ok  ok  ok  ok  ok  F',
  'Query.startup':                    'U   ok  ok  ok  ok  ok  F',
  'Query.myStartups':                 'U   ok  ok  ok  ok  ok  ok',
  'Query.startupStageCounts':         'U   ok  ok  ok  ok  ok  F',
  'Query.startupSectors':             'U   ok  ok  ok  ok  ok  F',
  'Query.cohorts':                    'U   ok  ok  ok  F   ok  F',
  'Query.cohort':                     'U   ok  ok  ok  F   ok  F',
  'Query.funds':                      'U   ok  ok  ok  F   ok  F',
  'Query.fund':                       'U   ok  F   ok  F   ok  F',
  'Query.capTable':                   'U   ok  F   ok  F   ok  F',
  'Query.fundingRounds':              'U   ok  F   ok  F   ok  F',
  'Query.fundCsv':                    'U   ok  F   ok  F   ok  F',
  'Query.fundMembers':                'U   ok  F   ok  F   ok  F',
  'Query.sectors':                    'ok  ok  ok  ok  ok  ok  ok',
  'Query.kpiDashboard':               'U   ok  F   F   F   ok  F',
  'Query.kpiCsv':                     'U   ok  F   F   F   ok  F',
  'Query.kpiTargets':                 'U   ok  F   F   F   ok  F',
  'Query.publicKpiSummary':           'ok  ok  ok  ok  ok  ok  ok',
  'Query.notifications':              'U   ok  ok  ok  ok  ok  ok',
  'Query.mailbox':                    'U   ok  F   F   F   F   F',
  'Query.jobQueue':                   'U   ok  F   F   F   F   F',
  'Mutation.markNotificationsRead':   'U   ok  ok  ok  ok  ok  ok',
  'Mutation.retryJob':                'U   ok  F   F   F   F   F',
  'Mutation.requestPasswordReset':    'ok  ok  ok  ok  ok  ok  ok',
  'Query.overdueReports':             'U   ok  ok  F   F   ok  F',
  'Query.reportDueDay':               'U   ok  ok  ok  ok  ok  ok',
  'Mutation.setReportDueDay':         'U   ok  ok  F   F   F   F',
  'Mutation.resetPassword':           'ok  ok  ok  ok  ok  ok  ok',
  'Mutation.login':                   'ok  ok  ok  ok  ok  ok  ok',
  'Mutation.logout':                  'U   ok  ok  ok  ok  ok  ok',
  'Mutation.changePassword':          'U   ok  ok  ok  ok  ok  ok',
  'Mutation.createUser':              'U   ok  F   F   F   F   F',
  'Mutation.setUserActive':           'U   ok  F   F   F   F   F',
  'Mutation.createProgram':           'U   ok  F   F   F   F   F',
  'Mutation.setProgramGates':         'U   ok  F   F   F   F   F',
  'Mutation.createSector':             'U   ok  F   F   F   F   F',
  'Mutation.renameSector':             'U   ok  F   F   F   F   F',
  'Mutation.mergeSector':              'U   ok  F   F   F   F   F',
  'Mutation.createChallenge':         'U   ok  ok  F   F   F   F',
  'Mutation.updateChallenge':         'U   ok  ok  F   F   F   F',
  'Mutation.publishChallenge':        'U   ok  ok  F   F   F   F',
  'Mutation.closeChallenge':          'U   ok  ok  F   F   F   F',
  'Mutation.submitApplication':       'ok  ok  ok  ok  ok  ok  ok',
  'Mutation.scoreApplication':        'U   ok  ok  F   F   F   ok',
  'Mutation.selectApplication':       'U   ok  ok  F   F   F   F',
  'Mutation.inviteFounder':           'U   ok  ok  F   F   F   F',
  'Mutation.acceptInvitation':        'ok  ok  ok  ok  ok  ok  ok',
  'Mutation.createStartup':           'U   ok  ok  F   F   F   F',
  'Mutation.updateStartup':           'U   ok  ok  F   ok  F   F',
  'Mutation.moveStartup':             'U   ok  ok  F   F   F   F',
  'Mutation.createCohort':            'U   ok  ok  F   F   F   F',
  'Mutation.updateCohort':            'U   ok  ok  F   F   F   F',
  'Mutation.assignStartupToCohort':   'U   ok  ok  F   F   F   F',
  'Mutation.createMilestone':         'U   ok  ok  F   ok  F   F',
  'Mutation.updateMilestone':         'U   ok  ok  F   ok  F   F',
  'Mutation.verifyMilestone':         'U   ok  ok  F   F   F   F',
  'Mutation.updateChecklistItem':     'U   ok  ok  F   ok  F   F',
  'Mutation.submitMetricReport':      'U   ok  ok  F   ok  F   F',
  'Mutation.createFund':              'U   ok  F   ok  F   F   F',
  'Mutation.commitCapital':           'U   ok  F   ok  F   F   F',
  'Mutation.changeCommitment':        'U   ok  F   ok  F   F   F',
  'Mutation.payInCapital':            'U   ok  F   ok  F   F   F',
  'Mutation.recordFundingRound':      'U   ok  F   ok  F   F   F',
  'Mutation.recordValuation':         'U   ok  F   ok  F   F   F',
  'Mutation.recordExit':              'U   ok  F   ok  F   F   F',
  // mentors and office hours
  'Query.mentors':                    'U   ok  ok  F   F   ok  F',
  'Query.mentor':                     'U   ok  ok  F   ok  ok  ok',
  'Query.myMentorProfile':            'U   F   F   F   F   F   ok',
  'Query.myMentors':                  'U   F   F   F   ok  F   F',
  'Query.mentorMatches':              'U   ok  ok  F   F   F   F',
  'Query.mentorAssignments':          'U   ok  ok  F   F   ok  ok',
  'Query.startupNeeds':               'U   ok  ok  F   ok  ok  F',
  'Query.mentoredStartups':           'U   F   F   F   F   F   ok',
  'Query.mentoredStartup':            'U   F   F   F   F   F   ok',
  'Query.officeHours':                'U   ok  ok  F   ok  ok  ok',
  'Query.officeHourBookings':         'U   ok  ok  F   ok  ok  ok',
  'Query.calendarFeedUrl':            'U   ok  ok  F   ok  F   ok',
  'Query.mentoringBoard':             'U   ok  ok  F   F   ok  F',
  'Mutation.inviteMentor':            'U   ok  ok  F   F   F   F',
  'Mutation.updateMentorProfile':     'U   ok  ok  F   F   F   ok',
  'Mutation.setStartupNeeds':         'U   ok  ok  F   ok  F   F',
  'Mutation.assignMentor':            'U   ok  ok  F   F   F   F',
  'Mutation.endMentorAssignment':     'U   ok  ok  F   F   F   F',
  'Mutation.publishOfficeHour':       'U   F   F   F   F   F   ok',
  'Mutation.withdrawOfficeHour':      'U   F   F   F   F   F   ok',
  'Mutation.bookOfficeHour':          'U   F   F   F   ok  F   F',
  'Mutation.cancelOfficeHourBooking': 'U   ok  ok  F   ok  F   ok',
  'Mutation.writeSessionNotes':       'U   F   F   F   F   F   ok',
  'Mutation.rateSession':             'U   F   F   F   ok  F   F',
  // selection a team can trust
  'Query.reviewAssignments':          'U   ok  ok  F   F   ok  F',
  'Query.reviewerCandidates':         'U   ok  ok  F   F   F   F',
  'Query.myReviews':                  'U   ok  ok  F   F   F   ok',
  'Query.myReview':                   'U   ok  ok  F   F   F   ok',
  'Query.reviewRanking':              'U   ok  ok  F   F   ok  F',
  'Query.reviewScoresCsv':            'U   ok  ok  F   F   ok  F',
  'Query.applicationFeedback':        'U   ok  ok  F   F   ok  F',
  'Query.appeals':                    'U   ok  ok  F   F   ok  F',
  'Mutation.assignReviewers':         'U   ok  ok  F   F   F   F',
  'Mutation.declareConflict':         'U   ok  ok  F   F   F   ok',
  'Mutation.declareCommitteeConflict': 'U   ok  F   ok  F   F   F',
  'Mutation.setCriterionLevels':      'U   ok  ok  F   F   F   F',
  'Mutation.setApplicationFeedback':  'U   ok  ok  F   F   F   F',
  'Mutation.shortlistForDemo':        'U   ok  ok  F   F   F   F',
  'Mutation.declarePhaseWinners':     'U   ok  ok  F   F   F   F',
  'Mutation.sendDecisions':           'U   ok  ok  F   F   F   F',
  'Mutation.appealDecision':          'ok  ok  ok  ok  ok  ok  ok',
  'Mutation.answerAppeal':            'U   ok  ok  F   F   F   F',
  'Mutation.updateKpiTarget':         'U   ok  F   F   F   F   F',
  'Query.deals':                      'U   ok  F   ok  F   ok  F',
  'Query.deal':                       'U   ok  F   ok  F   ok  F',
  'Query.dueDiligenceAreas':          'U   ok  F   ok  F   ok  F',
  'Query.startupDocuments':           'U   ok  F   ok  ok  ok  F',
  'Query.notificationPreferences':    'U   ok  ok  ok  ok  ok  ok',
  'Mutation.setNotificationPreferences':'U   ok  ok  ok  ok  ok  ok',
  'Query.overdueMilestones':          'U   ok  ok  F   F   ok  F',
  'Mutation.createDeal':              'U   ok  F   ok  F   F  F',
  'Mutation.moveDeal':                'U   ok  F   ok  F   F  F',
  'Mutation.setDueDiligenceAreas':    'U   ok  F   ok  F   F  F',
  'Mutation.updateDueDiligenceItem':  'U   ok  F   ok  F   F  F',
  'Mutation.openCommitteeMeeting':    'U   ok  F   ok  F   F  F',
  'Mutation.castVote':                'U   ok  F   ok  F   F  F',
  'Mutation.decideDeal':              'U   ok  F   ok  F   F  F',
  'Query.priorityTasks':              'ok  ok  ok  ok  ok  ok  ok',
  'Query.allPriorityTasks':           'U   ok  ok  F   F   ok  F',
  'Query.legalDocuments':             'ok  ok  ok  ok  ok  ok  ok',
  'Query.pppProposalStatus':          'ok  ok  ok  ok  ok  ok  ok',
  'Query.pppProposals':               'U   ok  ok  F   F   ok  F',
  'Query.pppProposal':                'U   ok  ok  F   F   ok  F',
  'Query.channelsSummary':            'ok  ok  ok  ok  ok  ok  ok',
  'Query.pilotAgreements':            'U   ok  ok  ok  ok  ok  F',
  'Query.strategicPartners':          'U   ok  ok  ok  F   ok  F',
  'Query.rdDossier':                  'U   ok  ok  ok  ok  ok  F',
  'Query.rdDossierPdf':               'U   ok  ok  ok  ok  ok  F',
  'Query.rdDossierCsv':               'U   ok  ok  ok  ok  ok  F',
  'Query.startupStateSupport':        'U   ok  ok  ok  ok  ok  F',
  'Query.stateSupportOverview':       'U   ok  ok  ok  F   ok  F',
  'Mutation.createLegalDocument':     'U   ok  ok  F   F   F  F',
  'Mutation.createPriorityTask':      'U   ok  ok  F   F   F  F',
  'Mutation.updatePriorityTask':      'U   ok  ok  F   F   F  F',
  'Mutation.publishPriorityTask':     'U   ok  ok  F   F   F  F',
  'Mutation.closePriorityTask':       'U   ok  ok  F   F   F  F',
  'Mutation.submitPppProposal':       'ok  ok  ok  ok  ok  ok  ok',
  'Mutation.movePppProposal':         'U   ok  ok  F   F   F  F',
  'Mutation.convertPppProposal':      'U   ok  ok  F   F   F  F',
  'Mutation.createPilotAgreement':    'U   ok  ok  F   F   F  F',
  'Mutation.updatePilotAgreement':    'U   ok  ok  F   F   F  F',
  'Mutation.createStrategicPartner':  'U   ok  ok  F   F   F  F',
  'Mutation.updateStrategicPartner':  'U   ok  ok  F   F   F  F',
  'Mutation.addPartnerAgreement':     'U   ok  ok  F   F   F  F',
  'Mutation.recordRdExpense':         'U   ok  ok  F   ok  F  F',
  'Mutation.reportRdProfit':          'U   ok  ok  F   ok  F  F',
  'Mutation.recordStateSupport':      'U   ok  ok  ok  F   F  F',
  'Query.fundRuleCheck':              'U   ok  F   ok  F   ok  F',
  'Query.fundRuleSets':               'U   ok  F   ok  F   ok  F',
  'Query.fundMemberStatement':        'U   ok  F   ok  F   ok  F',
  'Query.fundMemberStatementCsv':     'U   ok  F   ok  F   ok  F',
  'Query.fundMemberStatementPdf':     'U   ok  F   ok  F   ok  F',
  'Query.capitalCallNoticePdf':       'U   ok  F   ok  F   ok  F',
  'Query.fundAnnualReport':           'U   ok  F   ok  F   ok  F',
  'Query.fundAnnualReportPdf':        'U   ok  F   ok  F   ok  F',
  'Mutation.addFundRuleVersion':      'U   ok  F   F   F   F  F',
  'Mutation.applyFundRuleSet':        'U   ok  F   F   F   F  F',
  'Mutation.endFundRule':             'U   ok  F   F   F   F  F',
  'Mutation.setFundVehicle':          'U   ok  F   ok  F   F  F',
  'Mutation.createCapitalCall':       'U   ok  F   ok  F   F  F',
};

function expected(operation: string): Record<Caller, Outcome> {
  const row = MATRIX[operation];
  if (!row) throw new Error(`${operation} has no row in the authorization matrix`);
  const cells = row.trim().split(/\s+/);
  if (cells.length !== CALLERS.length) throw new Error(`${operation}: expected ${CALLERS.length} cells`);
  const outcomes = { ok: 'ALLOWED', U: 'UNAUTHENTICATED', F: 'FORBIDDEN' } as const;
  return Object.fromEntries(
    CALLERS.map((caller, i) => [caller, outcomes[cells[i] as keyof typeof outcomes]]),
  ) as Record<Caller, Outcome>;
}

const schema = buildSchema(loadSchemaText());
const ROOTS = { Query: schema.getQueryType()!, Mutation: schema.getMutationType()! };
const OPERATIONS = Object.entries(ROOTS).flatMap(([root, type]) =>
  Object.values(type.getFields()).map((field) => ({ root: root as 'Query' | 'Mutation', field })),
);

/** A value of the right GraphQL type for a required argument (random ids never name a real record). */
function dummy(type: GraphQLInputType, overrides: Record<string, unknown>, name: string): unknown {
  if (name in overrides) return overrides[name];
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) return [dummy(inner.ofType as GraphQLInputType, overrides, name)];
  if (isEnumType(inner)) return inner.getValues()[0]!.value;
  if (isInputObjectType(inner)) {
    const value: Record<string, unknown> = {};
    for (const field of Object.values(inner.getFields())) {
      if (isNonNullType(field.type) || field.name in overrides)
        value[field.name] = dummy(field.type, overrides, field.name);
    }
    return value;
  }
  if (isScalarType(inner)) {
    switch (inner.name) {
      case 'ID':
        return randomUUID();
      case 'Int':
        return 1;
      case 'Float':
        return 1;
      case 'Boolean':
        return true;
      case 'VND':
        return '1';
      case 'Date':
        return '2026-01-15';
      case 'DateTime':
        return '2026-01-15T00:00:00.000Z';
      default:
        return 'x';
    }
  }
  throw new Error(`no dummy for ${String(type)}`);
}

/** `mutation($a: T!) { field(a: $a) { __typename } }` with every required argument given. */
function operationFor(
  root: 'Query' | 'Mutation',
  field: GraphQLField<unknown, unknown>,
  overrides: Record<string, unknown> = {},
) {
  const args = field.args.filter((arg: GraphQLArgument) => isNonNullType(arg.type) || arg.name in overrides);
  const header = args.length ? `(${args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ')})` : '';
  const call = args.length ? `(${args.map((arg) => `${arg.name}: $${arg.name}`).join(', ')})` : '';
  const selection = isCompositeType(getNamedType(field.type)) ? ' { __typename }' : '';
  const variables = Object.fromEntries(args.map((arg) => [arg.name, dummy(arg.type, overrides, arg.name)]));
  return {
    query: `${root === 'Query' ? 'query' : 'mutation'}${header} { ${field.name}${call}${selection} }`,
    variables,
  };
}

function codes(response: GraphQLResponse): string[] {
  return (response.errors ?? []).map((error) => String(error.extensions?.code));
}

describe('the authorization matrix', () => {
  let t: TestApp;
  const tokens = new Map<Caller, string | undefined>();

  beforeAll(async () => {
    t = await createTestApp({ seed: 'accounts' });
    tokens.set('ANONYMOUS', undefined);
    for (const role of ROLES) tokens.set(role, await t.loginAs(role));
  });
  afterAll(() => t.close());

  it('has exactly one row per Query and Mutation field of the schema', () => {
    const fields = OPERATIONS.map(({ root, field }) => `${root}.${field.name}`).sort();
    expect(Object.keys(MATRIX).sort()).toEqual(fields);
  });

  it.each(OPERATIONS.map(({ root, field }) => [`${root}.${field.name}`, root, field] as const))(
    'answers %s exactly as the matrix says for anonymous and every role',
    async (operation, root, field) => {
      const want = expected(operation);
      for (const caller of CALLERS) {
        // `logout` would end the shared session: it gets a session of its own.
        const token =
          operation === 'Mutation.logout' && caller !== 'ANONYMOUS'
            ? (
                await t.gql<{ login: { token: string } }>(
                  'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
                  { e: DEMO_ACCOUNTS.find((account) => account.role === caller)!.email, p: DEMO_PASSWORD },
                )
              ).data?.login.token
            : tokens.get(caller);
        // `login` is allowed when real credentials sign in (dummy ones are rightly UNAUTHENTICATED).
        const account = DEMO_ACCOUNTS.find(
          (candidate) => candidate.role === (caller === 'ANONYMOUS' ? 'BOARD' : caller),
        )!;
        const overrides = operation === 'Mutation.login' ? { email: account.email, password: DEMO_PASSWORD } : {};
        const { query, variables } = operationFor(root, field, overrides);
        const response = await t.gql(query, variables, token);
        const got = codes(response);
        const where = `${operation} as ${caller}: ${JSON.stringify(response.errors ?? [])}`;
        expect(response.status, where).toBeLessThan(500);
        expect(got, where).not.toContain('INTERNAL_SERVER_ERROR');
        if (want[caller] === 'ALLOWED') {
          expect(got, where).not.toContain('UNAUTHENTICATED');
          expect(got, where).not.toContain('FORBIDDEN');
        } else {
          expect(errorCode(response), where).toBe(want[caller]);
          expect(response.data?.[field.name] ?? null, where).toBeNull();
        }
      }
    },
  );

  it('refuses every operation but login with UNAUTHENTICATED when the token is no longer valid', async () => {
    const stale = (
      await t.gql<{ login: { token: string } }>(
        'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
        { e: 'admin@launchpad.test', p: DEMO_PASSWORD },
      )
    ).data!.login.token;
    await t.gql('mutation { logout }', {}, stale);
    for (const { root, field } of OPERATIONS) {
      const { query, variables } = operationFor(root, field);
      const response = await t.gql(query, variables, stale);
      const operation = `${root}.${field.name}`;
      if (operation === 'Mutation.login') continue;
      expect(errorCode(response), operation).toBe('UNAUTHENTICATED');
    }
  });
});

describe('founder scoping', () => {
  let t: TestApp;
  let founder: string;
  let manager: string;
  let own: { id: string; cohortId: string | null };
  let other: string;

  beforeAll(async () => {
    t = await createTestApp({ seed: 'demo' });
    founder = await t.loginAs('FOUNDER');
    manager = await t.loginAs('INCUBATOR_MANAGER');
    const mine = await t.gql<{ myStartups: { id: string; cohort: { id: string } | null }[] }>(
      '{ myStartups { id cohort { id } } }',
      {},
      founder,
    );
    expect(mine.data!.myStartups.length).toBeGreaterThan(0);
    own = { id: mine.data!.myStartups[0]!.id, cohortId: mine.data!.myStartups[0]!.cohort?.id ?? null };
    const all = await t.gql<{ startups: { edges: { node: { id: string } }[] } }>(
      '{ startups(first: 100) { edges { node { id } } } }',
      {},
      manager,
    );
    const ownIds = new Set(mine.data!.myStartups.map((startup) => startup.id));
    other = all.data!.startups.edges.map((edge) => edge.node.id).find((id) => !ownIds.has(id))!;
    expect(other).toBeDefined();
  });
  afterAll(() => t.close());

  const founderOperations = () =>
    OPERATIONS.filter(({ root, field }) => {
      const want = expected(`${root}.${field.name}`);
      return (
        (want.FOUNDER === 'ALLOWED' && want.FUND_MANAGER !== 'ALLOWED') ||
        ['startup', 'updateStartup'].includes(field.name)
      );
    });

  it("refuses every founder operation aimed at another startup, and never answers with that startup's data", async () => {
    const aimed = founderOperations().filter(({ field }) =>
      field.args.some((arg) => ['id', 'startupId', 'input'].includes(arg.name)),
    );
    expect(aimed.length).toBeGreaterThan(4);
    for (const { root, field } of aimed) {
      const { query, variables } = operationFor(root, field, { id: other, startupId: other });
      const response = await t.gql(query, variables, founder);
      const where = `${root}.${field.name}: ${JSON.stringify(response.errors ?? [])}`;
      expect(response.status, where).toBeLessThan(500);
      const value = response.data?.[field.name] ?? null;
      if (value !== null) expect(JSON.stringify(value), where).not.toContain(other);
      if (root === 'Mutation')
        expect(['FORBIDDEN', 'NOT_FOUND', 'BAD_USER_INPUT'], where).toContain(errorCode(response));
    }
  });

  it('lists only their own startups, and their counts', async () => {
    const list = await t.gql<{ startups: { totalCount: number; edges: { node: { id: string } }[] } }>(
      '{ startups(first: 100) { totalCount edges { node { id } } } }',
      {},
      founder,
    );
    const ids = list.data!.startups.edges.map((edge) => edge.node.id);
    expect(ids).toContain(own.id);
    expect(ids).not.toContain(other);
    const counts = await t.gql<{ startupStageCounts: { count: number }[] }>(
      '{ startupStageCounts { count } }',
      {},
      founder,
    );
    const total = counts.data!.startupStageCounts.reduce((sum, row) => sum + row.count, 0);
    expect(total).toBe(list.data!.startups.totalCount);
  });

  it('counts in their cohort only the startups they may read, as many as it lists', async () => {
    const nested = await t.gql<{ startup: { cohort: { startupCount: number; startups: { id: string }[] } | null } }>(
      'query($id: ID!) { startup(id: $id) { cohort { startupCount startups { id } } } }',
      { id: own.id },
      founder,
    );
    const cohort = nested.data!.startup.cohort!;
    expect(cohort.startups.map((startup) => startup.id)).toEqual([own.id]);
    expect(cohort.startupCount).toBe(1);
    // A manager's count of the same cohort is of every startup in it (the demo cohort holds several).
    const managers = await t.gql<{ cohort: { startupCount: number } }>(
      'query($id: ID!) { cohort(id: $id) { startupCount } }',
      { id: own.cohortId },
      manager,
    );
    expect(managers.data!.cohort.startupCount).toBeGreaterThan(1);
  });

  it("counts among a mentor's active startups only their own, where a manager counts them all", async () => {
    const mine = await t.gql<{ myMentors: { id: string; activeStartups: number }[] }>(
      '{ myMentors { id activeStartups } }',
      {},
      founder,
    );
    expect(mine.data!.myMentors.length).toBeGreaterThan(0);
    const all = await t.gql<{ mentors: { id: string; activeStartups: number }[] }>(
      '{ mentors { id activeStartups } }',
      {},
      manager,
    );
    const load = new Map(all.data!.mentors.map((mentor) => [mentor.id, mentor.activeStartups]));
    // The founder has one startup: each of their mentors counts 1 for them, though some mentor more startups.
    for (const mentor of mine.data!.myMentors) expect(mentor.activeStartups).toBe(1);
    expect(mine.data!.myMentors.some((mentor) => load.get(mentor.id)! > 1)).toBe(true);
    const one = await t.gql<{ mentor: { activeStartups: number } }>(
      'query($id: ID!) { mentor(id: $id) { activeStartups } }',
      { id: mine.data!.myMentors[0]!.id },
      founder,
    );
    expect(one.data!.mentor.activeStartups).toBe(1);
  });

  it("reaches no other startup's private data through nested fields of their own", async () => {
    const nested = await t.gql<{ startup: unknown }>(
      `query($id: ID!) { startup(id: $id) {
          id
          cohort { id startups { id name milestones { id } metricReports { id } checklist { kind } } }
          application { id startup { id } }
        } }`,
      { id: own.id },
      founder,
    );
    expect(JSON.stringify(nested), JSON.stringify(nested.errors ?? [])).not.toContain(other);
  });

  it('may still read and update their own startup', async () => {
    const read = await t.gql<{ startup: { id: string } | null }>(
      'query($id: ID!) { startup(id: $id) { id } }',
      { id: own.id },
      founder,
    );
    expect(read.data?.startup?.id).toBe(own.id);
    const update = await t.gql(
      'mutation($id: ID!, $input: UpdateStartupInput!) { updateStartup(id: $id, input: $input) { id } }',
      { id: own.id, input: { description: 'Updated by its founder' } },
      founder,
    );
    expect(update.errors).toBeUndefined();
  });
});
