// Least privilege: migrations run as the owner; the server connects as a login role that is no superuser, owns no
// table, and may only read and append to the tables whose rows are never changed.
import pg from 'pg';
import { ConfigError, type AppConfig } from '../config';
import { grantJobQueuePrivileges } from '../jobs/install';

/**
 * Tables whose rows are never changed or deleted once written: the audit log, the stage history, and the
 * fund's ledgers (commitment changes, capital payments, rounds and their participations, exits, valuation marks).
 * The server's role gets SELECT and INSERT on them, nothing else. The one list: add a new append-only table here.
 */
export const APPEND_ONLY_TABLES = [
  'audit_log',
  'stage_moves',
  'commitment_changes',
  'capital_payments',
  'funding_rounds',
  'round_participations',
  'fund_exits',
  'valuation_marks',
  'ppp_proposal_moves',
  'state_support_entries',
  // investment decisions: what an inspector reconstructs is never edited
  'investment_decisions',
  'decision_checks',
  'deal_moves',
  'conflict_declarations',
  'committee_votes',
  'mentor_assignment_events',
  'fund_rules',
  'fund_rule_refusals',
  'capital_calls',
  'capital_call_lines',
  // the R&D expense ledger behind a startup's tax deduction: a line is recorded, never edited
  'rd_expenses',
] as const;

/**
 * Tables the server only reads, written by triggers as the owner: the audit chain's head (the audit insert trigger)
 * and the capital mobilized per startup, day and source (the fund ledger's round triggers).
 */
export const READ_ONLY_TABLES = ['audit_chain_head', 'kpi_capital_facts'] as const;

/** Tables only the owner touches: the migration history. */
export const OWNER_ONLY_TABLES = ['mikro_orm_migrations'] as const;

/** The role the server runs as when Launchpad creates it (embedded mode, or DATABASE_URL whose role may create roles). */
export const APP_ROLE = 'launchpad_app';

const DUPLICATE_OBJECT = '42710';
const UNIQUE_VIOLATION = '23505';
const CONCURRENT_UPDATE = /tuple concurrently (updated|deleted)/;

async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Retries a catalog change that another process changed at the same moment (roles are cluster-wide). */
async function retryingConcurrentCatalogChange(fn: () => Promise<unknown>): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await fn();
      return;
    } catch (error) {
      if (attempt >= 5 || !CONCURRENT_UPDATE.test(String(error))) throw error;
    }
  }
}

/**
 * Creates the login role if it is missing and gives it `password`. Safe when several processes do it at once:
 * a role created by another process in between (duplicate_object, or unique_violation on pg_authid) counts as created.
 * `resetPassword` false leaves an existing role's password alone (test runs share one role on one server).
 */
export async function ensureLoginRole(
  ownerUrl: string,
  role: string,
  password: string,
  { resetPassword = true }: { resetPassword?: boolean } = {},
): Promise<void> {
  await withClient(ownerUrl, async (client) => {
    const name = pg.escapeIdentifier(role);
    const exists = (await client.query('select 1 from pg_roles where rolname = $1', [role])).rowCount! > 0;
    if (!exists) {
      try {
        await client.query(
          `create role ${name} login nosuperuser nocreatedb nocreaterole noinherit password ${pg.escapeLiteral(password)}`,
        );
        return;
      } catch (error) {
        const code = (error as { code?: string }).code;
        if (code !== DUPLICATE_OBJECT && code !== UNIQUE_VIOLATION) throw error;
      }
    }
    if (resetPassword) {
      await retryingConcurrentCatalogChange(() =>
        client.query(`alter role ${name} with login nosuperuser password ${pg.escapeLiteral(password)}`),
      );
    }
  });
}

/**
 * Grants the server's role what it needs on the database at `ownerUrl`, run after every migration: read and write
 * on ordinary tables, read and append on APPEND_ONLY_TABLES, read on READ_ONLY_TABLES, nothing on OWNER_ONLY_TABLES,
 * sequences for ids.
 * Default privileges give tables a later migration creates (as this owner) the ordinary grants until this runs again.
 */
export async function grantAppPrivileges(ownerUrl: string, role: string): Promise<void> {
  await withClient(ownerUrl, async (client) => {
    const owner = (await client.query<{ current_user: string }>('select current_user')).rows[0]!.current_user;
    if (owner === role) throw new ConfigError(`the server's database role must not be the owner (${role})`);
    const name = pg.escapeIdentifier(role);
    const existing = await client.query<{ tablename: string }>(
      `select tablename from pg_tables where schemaname = 'public'`,
    );
    const tables = new Set(existing.rows.map((row) => row.tablename));
    const list = (names: readonly string[]) =>
      names
        .filter((table) => tables.has(table))
        .map((table) => `public.${pg.escapeIdentifier(table)}`)
        .join(', ');
    await client.query('begin');
    try {
      await client.query(`grant usage on schema public to ${name}`);
      await client.query(`grant select, insert, update, delete on all tables in schema public to ${name}`);
      const appendOnly = list(APPEND_ONLY_TABLES);
      if (appendOnly) await client.query(`revoke update, delete on ${appendOnly} from ${name}`);
      const readOnly = list(READ_ONLY_TABLES);
      if (readOnly) await client.query(`revoke insert, update, delete on ${readOnly} from ${name}`);
      const ownerOnly = list(OWNER_ONLY_TABLES);
      if (ownerOnly) await client.query(`revoke all on ${ownerOnly} from ${name}`);
      await client.query(`grant usage, select on all sequences in schema public to ${name}`);
      await client.query(
        `alter default privileges in schema public grant select, insert, update, delete on tables to ${name}`,
      );
      await client.query(`alter default privileges in schema public grant usage, select on sequences to ${name}`);
      await grantJobQueuePrivileges(client, name);
      await client.query('commit');
    } catch (error) {
      await client.query('rollback');
      throw error;
    }
  });
}

/**
 * Refuses a server role with more power than it needs: a superuser, a role that may create roles or databases or
 * bypass row security, or one that owns a table — itself or through a role it is a member of (it could `SET ROLE`
 * to it). An operator's APP_DATABASE_URL is checked as strictly as the role Launchpad creates.
 */
export async function assertLeastPrivilege(ownerUrl: string, role: string): Promise<void> {
  const held = await withClient(ownerUrl, (client) =>
    client.query<{ rolname: string; power: string[] }>(
      `with recursive held(oid) as (
         select oid from pg_roles where rolname = $1
         union
         select m.roleid from pg_auth_members m join held h on m.member = h.oid
       )
       select r.rolname, array_remove(array[
                case when r.rolsuper then 'superuser' end,
                case when r.rolcreaterole then 'CREATEROLE' end,
                case when r.rolcreatedb then 'CREATEDB' end,
                case when r.rolbypassrls then 'BYPASSRLS' end,
                case when exists(select 1 from pg_class c join pg_namespace n on n.oid = c.relnamespace
                                  where n.nspname = 'public' and c.relowner = r.oid) then 'owns tables' end
              ], null) as power
         from pg_roles r join held h on h.oid = r.oid`,
      [role],
    ),
  );
  const tooPowerful = held.rows.filter((row) => row.power.length > 0);
  if (tooPowerful.length > 0) {
    const what = tooPowerful.map((row) => `${row.rolname}: ${row.power.join(', ')}`).join('; ');
    throw new ConfigError(
      `the server's database role ${role} must be no superuser, may not create roles or databases, bypass row ` +
        `security or own tables, and must not be a member of a role that may (${what})`,
    );
  }
}

/** `url` with another user and password (same server and database). */
export function withCredentials(url: string, user: string, password: string): string {
  const parsed = new URL(url);
  parsed.username = encodeURIComponent(user);
  parsed.password = encodeURIComponent(password);
  return parsed.toString();
}

function userOf(url: string): string {
  return decodeURIComponent(new URL(url).username) || 'postgres';
}

/**
 * After migrations: make sure the server's role exists and holds exactly its grants; answer the URL the server
 * connects with. APP_DATABASE_URL names a role an operator made; otherwise Launchpad creates `launchpad_app`
 * (with the configured or generated password), which needs an owner allowed to create roles.
 */
export async function provisionAppRole(config: AppConfig, ownerUrl: string): Promise<string> {
  if (config.appDatabaseUrl) {
    const role = userOf(config.appDatabaseUrl);
    await assertLeastPrivilege(ownerUrl, role);
    await grantAppPrivileges(ownerUrl, role);
    return config.appDatabaseUrl;
  }
  const mayCreateRoles = await withClient(ownerUrl, async (client) => {
    const row = await client.query<{ allowed: boolean }>(
      'select rolsuper or rolcreaterole as allowed from pg_roles where rolname = current_user',
    );
    return row.rows[0]?.allowed === true;
  });
  if (!mayCreateRoles) {
    throw new ConfigError(
      `the role of DATABASE_URL (${userOf(ownerUrl)}) may not create roles: create a login role for the server ` +
        '(no superuser, owning nothing) and give it as APP_DATABASE_URL',
    );
  }
  const password = config.appDatabasePassword();
  await ensureLoginRole(ownerUrl, APP_ROLE, password);
  // A launchpad_app an operator made beforehand (or altered) is held to the same rule.
  await assertLeastPrivilege(ownerUrl, APP_ROLE);
  await grantAppPrivileges(ownerUrl, APP_ROLE);
  return withCredentials(ownerUrl, APP_ROLE, password);
}
