// The audit log: append-only in the database itself, readable by BOARD and ADMIN with filters by who, what and when.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, errorCode, type TestApp } from '../support/app';

const AUDIT_LOG = `query($filter: AuditFilter, $first: Int, $after: String) {
  auditLog(filter: $filter, first: $first, after: $after) {
    edges { cursor node { id at actorId actorEmail action entityType entityId before after } }
    pageInfo { hasNextPage endCursor }
  }
}`;

interface Entry {
  id: string;
  at: string;
  actorId: string | null;
  actorEmail: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  before: string | null;
  after: string | null;
}
interface Page {
  auditLog: { edges: { cursor: string; node: Entry }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
}

describe('the audit log', () => {
  let t: TestApp;
  let admin: string;
  let board: string;
  let createdIds: string[] = [];
  let startedAt: Date;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.loginAs('ADMIN');
    board = await t.loginAs('BOARD');
    startedAt = new Date(Date.now() - 1000);
    createdIds = [];
    for (let i = 0; i < 5; i++) {
      const created = await t.gql<{ createUser: { id: string } }>(
        'mutation($input: CreateUserInput!) { createUser(input: $input) { id } }',
        {
          input: {
            email: `auditee${i}@launchpad.test`,
            password: 'a-long-enough-password',
            role: 'FOUNDER',
            displayName: `<img src=x onerror=alert(${i})>`,
          },
        },
        admin,
      );
      createdIds.push(created.data!.createUser.id);
    }
    await t.gql('mutation($id: ID!) { setUserActive(id: $id, active: false) { id } }', { id: createdIds[0] }, admin);
  });
  afterAll(() => t.close());

  it('is readable by BOARD and ADMIN, newest first, with who, what, when, before and after', async () => {
    for (const token of [board, admin]) {
      const page = await t.gql<Page>(AUDIT_LOG, { first: 3 }, token);
      expect(page.errors).toBeUndefined();
      const [newest] = page.data!.auditLog.edges.map((edge) => edge.node);
      expect(newest).toMatchObject({
        actorEmail: 'admin@launchpad.test',
        action: 'user.active_changed',
        entityType: 'User',
        entityId: createdIds[0],
      });
      expect(JSON.parse(newest!.before!)).toEqual({ active: true });
      expect(JSON.parse(newest!.after!)).toEqual({ active: false });
      expect(new Date(newest!.at).getTime()).toBeGreaterThanOrEqual(startedAt.getTime());
    }
  });

  it.each(['FOUNDER', 'FUND_MANAGER', 'INCUBATOR_MANAGER'] as const)('refuses %s with FORBIDDEN', async (role) => {
    const token = await t.loginAs(role);
    const response = await t.gql(AUDIT_LOG, {}, token);
    expect(errorCode(response)).toBe('FORBIDDEN');
    expect(response.data).toBeNull();
    expect(errorCode(await t.gql('{ auditFacets { actions } }', {}, token))).toBe('FORBIDDEN');
  });

  it('refuses an anonymous reader with UNAUTHENTICATED', async () => {
    expect(errorCode(await t.gql(AUDIT_LOG))).toBe('UNAUTHENTICATED');
  });

  it('filters by who, what and when', async () => {
    const byWho = await t.gql<Page>(AUDIT_LOG, { filter: { actorEmail: 'ADMIN@launchpad' }, first: 200 }, board);
    expect(byWho.data!.auditLog.edges.length).toBeGreaterThanOrEqual(6);
    expect(byWho.data!.auditLog.edges.every((edge) => edge.node.actorEmail === 'admin@launchpad.test')).toBe(true);
    const nobody = await t.gql<Page>(AUDIT_LOG, { filter: { actorEmail: '%' } }, board);
    expect(nobody.data!.auditLog.edges).toEqual([]);

    const byWhat = await t.gql<Page>(AUDIT_LOG, { filter: { action: 'user.created', entityType: 'User' } }, board);
    const createdEntities = byWhat.data!.auditLog.edges.map((edge) => edge.node.entityId);
    expect(createdEntities).toEqual(expect.arrayContaining(createdIds));
    expect(byWhat.data!.auditLog.edges.every((edge) => edge.node.action === 'user.created')).toBe(true);
    const oneRecord = await t.gql<Page>(AUDIT_LOG, { filter: { entityId: createdIds[0] } }, board);
    expect(oneRecord.data!.auditLog.edges.map((edge) => edge.node.action)).toEqual([
      'user.active_changed',
      'user.created',
    ]);

    const future = new Date(Date.now() + 3_600_000).toISOString();
    const later = await t.gql<Page>(AUDIT_LOG, { filter: { from: future } }, board);
    expect(later.data!.auditLog.edges).toEqual([]);
    const window = await t.gql<Page>(
      AUDIT_LOG,
      { filter: { from: startedAt.toISOString(), to: future, action: 'user.created' } },
      board,
    );
    expect(window.data!.auditLog.edges).toHaveLength(5);
  });

  it('pages with cursors without gaps or repeats', async () => {
    const all = await t.gql<Page>(AUDIT_LOG, { first: 200 }, board);
    const expected = all.data!.auditLog.edges.map((edge) => edge.node.id);
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: Awaited<ReturnType<typeof t.gql<Page>>> = await t.gql<Page>(AUDIT_LOG, { first: 2, after }, board);
      seen.push(...page.data!.auditLog.edges.map((edge) => edge.node.id));
      if (!page.data!.auditLog.pageInfo.hasNextPage) break;
      after = page.data!.auditLog.pageInfo.endCursor;
    }
    expect(seen).toEqual(expected);
    expect(expected.map(Number)).toEqual([...expected.map(Number)].sort((a, b) => b - a));
  });

  it('refuses a forged cursor, a huge page and a reversed window with BAD_USER_INPUT naming the field', async () => {
    const forged = await t.gql(AUDIT_LOG, { after: Buffer.from('audit:1 or 1=1').toString('base64url') }, board);
    expect(errorCode(forged)).toBe('BAD_USER_INPUT');
    expect(forged.errors?.[0]?.extensions?.field).toBe('after');
    const huge = await t.gql(AUDIT_LOG, { first: 100_000 }, board);
    expect(huge.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    const reversed = await t.gql(
      AUDIT_LOG,
      { filter: { from: '2026-02-01T00:00:00Z', to: '2026-01-01T00:00:00Z' } },
      board,
    );
    expect(reversed.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
    const badActor = await t.gql(AUDIT_LOG, { filter: { actorId: "1' or '1'='1" } }, board);
    expect(badActor.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'actorId' });
  });

  it('lists the actions, record types and actors for the filters', async () => {
    const facets = await t.gql<{ auditFacets: { actions: string[]; entityTypes: string[]; actorEmails: string[] } }>(
      '{ auditFacets { actions entityTypes actorEmails } }',
      {},
      admin,
    );
    expect(facets.data!.auditFacets.actions).toEqual(expect.arrayContaining(['user.created', 'user.active_changed']));
    expect(facets.data!.auditFacets.entityTypes).toContain('User');
    expect(facets.data!.auditFacets.actorEmails).toContain('admin@launchpad.test');
  });

  it('stores payload text verbatim: the script-like display name is data, not markup', async () => {
    const page = await t.gql<Page>(AUDIT_LOG, { filter: { entityId: createdIds[1], action: 'user.created' } }, board);
    expect(JSON.parse(page.data!.auditLog.edges[0]!.node.after!).displayName).toBe('<img src=x onerror=alert(1)>');
  });

  it("refuses UPDATE, DELETE and TRUNCATE through the application's own database connection", async () => {
    const connection = t.app.orm.em.getConnection();
    const before = await connection.execute<{ n: string }[]>('select count(*)::text as n from audit_log');
    await expect(connection.execute(`update audit_log set action = 'forged'`)).rejects.toThrow(/append-only|permission denied/);
    await expect(connection.execute('delete from audit_log')).rejects.toThrow(/append-only|permission denied/);
    await expect(connection.execute('truncate audit_log')).rejects.toThrow(/append-only|permission denied/);
    // The ORM path is refused too: an entity update is an UPDATE.
    const fork = t.app.orm.em.fork();
    await expect(
      fork.transactional(async (tx) => {
        await tx
          .getConnection()
          .execute(
            `update audit_log set after = '{}'::jsonb where id = (select max(id) from audit_log)`,
            [],
            'all',
            tx.getTransactionContext(),
          );
      }),
    ).rejects.toThrow(/append-only|permission denied/);
    const after = await connection.execute<{ n: string }[]>('select count(*)::text as n from audit_log');
    expect(after[0]!.n).toBe(before[0]!.n);
    const forged = await connection.execute<{ n: string }[]>(
      `select count(*)::text as n from audit_log where action = 'forged' or after = '{}'::jsonb`,
    );
    expect(forged[0]!.n).toBe('0');
  });

  it('offers no mutation that edits or deletes audit entries', async () => {
    const mutations = await t.gql<{ __type: { fields: { name: string }[] } }>(
      '{ __type(name: "Mutation") { fields { name } } }',
    );
    const names = mutations.data!.__type.fields.map((field) => field.name);
    expect(names.filter((name) => /audit/i.test(name))).toEqual([]);
  });
});
