// The audit log as a board reads it: each entry comes with the actor's name and the names of what it is about
// (member, fund, startup, challenge…), resolved in the page's one SQL statement, not one request per row.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app';

const AUDIT_LOG = `query($filter: AuditFilter, $first: Int) {
  auditLog(filter: $filter, first: $first) {
    edges { node { id action entityType actorEmail actorName after
      subject { name startupId startupName fundId fundName challengeId challengeTitle dealId dealTitle } } }
  }
}`;

interface Node {
  id: string;
  action: string;
  entityType: string;
  actorEmail: string | null;
  actorName: string | null;
  after: string | null;
  subject: Record<string, string | null>;
}
type Page = { auditLog: { edges: { node: Node }[] } };

describe('names in the audit log', () => {
  let t: TestApp;
  let board: string;
  let fundManager: string;
  let fundId: string;

  beforeAll(async () => {
    t = await createTestApp();
    board = await t.loginAs('BOARD');
    fundManager = await t.loginAs('FUND_MANAGER');
    const fund = await t.gql<{ createFund: { id: string } }>(
      'mutation($input: CreateFundInput!) { createFund(input: $input) { id } }',
      { input: { name: 'Quỹ Đầu tư Khởi nghiệp Hà Nội' } },
      fundManager,
    );
    fundId = fund.data!.createFund.id;
    const committed = await t.gql(
      `mutation($input: CommitCapitalInput!) { commitCapital(input: $input) { id } }`,
      { input: { fundId, memberName: 'Vietcombank', memberType: 'PRIVATE', amount: '12000000000' } },
      fundManager,
    );
    expect(committed.errors).toBeUndefined();
  });
  afterAll(() => t.close());

  it('names the actor, the member and the fund of a commitment, and links its fund', async () => {
    const page = await t.gql<Page>(AUDIT_LOG, { filter: { action: 'fund.commitCapital' }, first: 5 }, board);
    expect(page.errors).toBeUndefined();
    const [entry] = page.data!.auditLog.edges.map((edge) => edge.node);
    expect(entry).toMatchObject({
      action: 'fund.commitCapital',
      actorEmail: 'fund@launchpad.test',
      actorName: 'Lê Quốc Bảo',
      subject: { name: 'Vietcombank', fundId, fundName: 'Quỹ Đầu tư Khởi nghiệp Hà Nội' },
    });
    expect(JSON.parse(entry!.after!)).toMatchObject({ amount: '12000000000' });
  });

  it('names the fund itself on its creation, and resolves a whole page in one statement', async () => {
    t.queries.length = 0;
    const page = await t.gql<Page>(AUDIT_LOG, { first: 50 }, board);
    const statements = t.queries.filter((sql) => /audit_log/.test(sql));
    expect(statements).toHaveLength(1);
    const created = page.data!.auditLog.edges.find((edge) => edge.node.action === 'fund.create')!.node;
    expect(created.subject).toMatchObject({
      name: 'Quỹ Đầu tư Khởi nghiệp Hà Nội',
      fundName: 'Quỹ Đầu tư Khởi nghiệp Hà Nội',
    });
  });

  it('names entries asked through a fragment, and pages the same entries whether names are asked or not', async () => {
    // The names are looked up only when the request selects them; the web asks for them through a fragment.
    const withNames = await allPages(
      `query($first: Int, $after: String) {
        auditLog(first: $first, after: $after) { edges { cursor node { ...Entry } } pageInfo { hasNextPage endCursor } }
      }
      fragment Entry on AuditEntry { id action actorName subject { name fundName } }`,
    );
    const withoutNames = await allPages(
      `query($first: Int, $after: String) {
        auditLog(first: $first, after: $after) { edges { cursor node { id action } } pageInfo { hasNextPage endCursor } }
      }`,
    );
    expect(withoutNames.map((page) => page.edges.map((edge) => edge.cursor))).toEqual(
      withNames.map((page) => page.edges.map((edge) => edge.cursor)),
    );
    const entries = withNames.flatMap((page) => page.edges.map((edge) => edge.node));
    expect(entries.find((node) => node.action === 'fund.commitCapital')).toMatchObject({
      actorName: 'Lê Quốc Bảo',
      subject: { name: 'Vietcombank', fundName: 'Quỹ Đầu tư Khởi nghiệp Hà Nội' },
    });
  });

  /** Every page of the log, one entry at a time, following the cursors. */
  async function allPages(query: string) {
    type Paged = {
      auditLog: {
        edges: { cursor: string; node: Pick<Node, 'id' | 'action'> & Partial<Node> }[];
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
      };
    };
    const pages: Paged['auditLog'][] = [];
    let after: string | null = null;
    do {
      const answer: { data?: Paged | null; errors?: unknown } = await t.gql<Paged>(query, { first: 1, after }, board);
      expect(answer.errors).toBeUndefined();
      pages.push(answer.data!.auditLog);
      after = answer.data!.auditLog.pageInfo.hasNextPage ? answer.data!.auditLog.pageInfo.endCursor : null;
    } while (after);
    expect(pages.length).toBeGreaterThan(1);
    return pages;
  }

  it('lists the actors by name for the filter', async () => {
    const facets = await t.gql<{ auditFacets: { actors: { id: string; name: string; email: string }[] } }>(
      '{ auditFacets { actors { id name email } } }',
      {},
      board,
    );
    expect(facets.data!.auditFacets.actors).toEqual(
      expect.arrayContaining([expect.objectContaining({ name: 'Lê Quốc Bảo', email: 'fund@launchpad.test' })]),
    );
  });
});
