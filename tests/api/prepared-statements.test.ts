// The hot read statements run as prepared statements through pg on the adapter's own pool (server/src/db/prepared.ts):
// same rows as the ORM's path, values bound rather than inlined, the transaction's connection inside one.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openOrm } from '@launchpad/server/db/orm-config';
import { MAX_NAMED_STATEMENTS, numberedPlaceholders, preparedRows } from '@launchpad/server/db/prepared';
import { createTestDatabase, type TestDatabase } from '../support/database';

describe('prepared read statements', () => {
  let database: TestDatabase;
  let orm: Awaited<ReturnType<typeof openOrm>>;
  const seen: string[] = [];

  beforeAll(async () => {
    database = await createTestDatabase();
    // One pooled connection, so every statement below meets the statements prepared before it.
    orm = await openOrm({ clientUrl: database.url, poolMax: 1, onQuery: (sql) => seen.push(sql) });
  });
  afterAll(async () => {
    await orm.close(true);
    await database.drop();
  });

  const prepared = () =>
    preparedRows<{ name: string }>(orm.em.fork(), 'select name from pg_prepared_statements order by name', []);

  it('answers what the ORM answers, with values bound as they are', async () => {
    const sql = `select ?::text as said, ?::int + 1 as next, ? as "literal"`;
    const values = ["O'Brien; drop table users --", 41, 'a ? b $1'];
    const em = orm.em.fork();
    expect(await preparedRows(em, sql, values)).toEqual(await em.execute(sql, values));
    expect(await preparedRows(em, sql, values)).toEqual([
      { said: "O'Brien; drop table users --", next: 42, literal: 'a ? b $1' },
    ]);
  });

  it('prepares a statement once and reuses it, and the query hook sees every run', async () => {
    await prepared(); // the listing statement itself is prepared before counting
    const before = (await prepared()).length;
    const sql = 'select count(*)::int as n from users where email <> ?';
    seen.length = 0;
    const em = orm.em.fork();
    await preparedRows(em, sql, ['a@example.vn']);
    await preparedRows(em, sql, ['b@example.vn']);
    expect(seen.filter((statement) => statement === sql)).toHaveLength(2);
    const names = (await prepared()).map((row) => row.name);
    expect(names).toHaveLength(before + 1);
    expect(names.every((name) => name.startsWith('lp_'))).toBe(true);
  });

  it('runs on the transaction’s connection inside a transaction (it sees uncommitted rows)', async () => {
    await orm.em.fork().transactional(async (tx) => {
      await tx.execute(`create temporary table scratch (id int) on commit drop`);
      await tx.execute('insert into scratch values (7)');
      expect(await preparedRows(tx, 'select id from scratch where id = ?', [7])).toEqual([{ id: 7 }]);
    });
  });

  it('names only a bounded number of distinct statements; the rest run unnamed', async () => {
    for (let i = 0; i < MAX_NAMED_STATEMENTS + 10; i++) {
      const rows = await preparedRows<{ n: number }>(orm.em.fork(), `select ?::int + ${i} as n`, [1]);
      expect(rows).toEqual([{ n: 1 + i }]);
    }
    expect((await prepared()).length).toBe(MAX_NAMED_STATEMENTS);
  });

  it('numbers only the placeholders: a question mark inside quoted text or a quoted name stays as written', async () => {
    expect(numberedPlaceholders(`select ? as a, '?' as "b?", 'it''s ?' as c where ? = ?`)).toBe(
      `select $1 as a, '?' as "b?", 'it''s ?' as c where $2 = $3`,
    );
    expect(await preparedRows(orm.em.fork(), `select ?::int as a, '?' as "b?"`, [5])).toEqual([{ a: 5, 'b?': '?' }]);
  });

  it('reports a failing statement as the ORM reports it', async () => {
    await expect(preparedRows(orm.em.fork(), 'select * from no_such_table where id = ?', [1])).rejects.toMatchObject({
      name: 'TableNotFoundException',
    });
  });
});
