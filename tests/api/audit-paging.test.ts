// The audit log pages by its numeric id: every entry exactly once, newest first, across ids of 1, 2 and 3 digits.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordAudit } from '@launchpad/server/modules/audit/service';
import { createTestApp, type TestApp } from '../support/app';

const AUDIT_LOG = `query($filter: AuditFilter, $first: Int, $after: String) {
  auditLog(filter: $filter, first: $first, after: $after) {
    edges { cursor node { id entityId } }
    pageInfo { hasNextPage endCursor }
  }
}`;

interface Page {
  auditLog: {
    edges: { cursor: string; node: { id: string; entityId: string | null } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

describe('paging through the audit log', () => {
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.loginAs('ADMIN');
    await t.app.orm.em.fork().transactional(async (tx) => {
      for (let i = 0; i < 130; i++) {
        recordAudit(tx, null, { action: 'test.paging', entityType: 'Paging', entityId: String(i) });
      }
    });
  });
  afterAll(() => t.close());

  it('returns every one of more than 100 entries exactly once, in descending numeric id order', async () => {
    const total = await t.app.orm.em
      .fork()
      .getConnection()
      .execute<{ n: number }[]>('select count(*)::int as n from audit_log');
    const expected = total[0]!.n;
    expect(expected).toBeGreaterThan(100);
    for (const first of [7, 50]) {
      const ids: string[] = [];
      let after: string | null = null;
      for (let guard = 0; guard < 100; guard++) {
        const page: { data: Page | null } = await t.gql<Page>(AUDIT_LOG, { first, after }, admin);
        ids.push(...page.data!.auditLog.edges.map((edge) => edge.node.id));
        if (!page.data!.auditLog.pageInfo.hasNextPage) break;
        after = page.data!.auditLog.pageInfo.endCursor;
      }
      expect(ids.length).toBe(expected);
      expect(new Set(ids).size).toBe(expected);
      const numeric = ids.map(Number);
      expect(numeric).toEqual([...numeric].sort((a, b) => b - a));
      // ids of different digit counts were crossed (99 → 100 and 10 → 9).
      expect(numeric.some((id) => id >= 100) && numeric.some((id) => id < 10)).toBe(true);
    }
  });

  it('narrowed by a filter, still pages without repeats', async () => {
    const ids: string[] = [];
    let after: string | null = null;
    for (let guard = 0; guard < 100; guard++) {
      const page: { data: Page | null } = await t.gql<Page>(
        AUDIT_LOG,
        { filter: { action: 'test.paging' }, first: 40, after },
        admin,
      );
      ids.push(...page.data!.auditLog.edges.map((edge) => edge.node.entityId!));
      if (!page.data!.auditLog.pageInfo.hasNextPage) break;
      after = page.data!.auditLog.pageInfo.endCursor;
    }
    expect(ids).toEqual(Array.from({ length: 130 }, (_, i) => String(129 - i)));
  });
});
