// CSV export of the fund ledger's tables (RFC 4180; amounts as whole dong, shares as basis points).
import type { EntityManager } from '@mikro-orm/postgresql';
import { requireEnum } from '@launchpad/shared';
import type { Fund } from './entities';
import { capTableRows, replay } from './cap-table';
import { holdingsOf, loadEvents, membersOf, startupNames, uuidArray } from './queries';

export const CSV_TABLES = ['MEMBERS', 'COMMITMENTS', 'PAYMENTS', 'ROUNDS', 'CAP_TABLE', 'HOLDINGS'] as const;
export type CsvTable = (typeof CSV_TABLES)[number];

type Cell = string | number | bigint | null | undefined;

/** Quotes when needed; a leading = + - @ is neutralised so a spreadsheet never runs a cell as a formula. */
function cell(value: Cell): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function toCsv(header: string[], rows: Cell[][]): string {
  return [header, ...rows].map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}

export async function fundCsv(em: EntityManager, fund: Fund, tableInput: string): Promise<string> {
  const table = requireEnum('table', tableInput, CSV_TABLES);
  const fundIds = uuidArray([fund.id]);
  switch (table) {
    case 'MEMBERS': {
      const members = await membersOf(em, [fund.id]);
      return toCsv(
        ['member_id', 'name', 'type', 'committed', 'paid_in'],
        members.map((m) => [m.id, m.name, m.type, m.committed, m.paidIn]),
      );
    }
    case 'COMMITMENTS': {
      const rows = await em.execute<Record<string, string>[]>(
        `select c.id, m.name, m.type, c.amount::text as amount, c.paid_in::text as paid_in,
                (c.amount - c.paid_in)::text as outstanding, to_char(c.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as created_at
           from commitments c join fund_members m on m.id = c.member_id
          where c.fund_id = any(?::uuid[]) order by c.created_at, c.id`,
        [fundIds],
      );
      return toCsv(
        ['commitment_id', 'member_name', 'member_type', 'amount', 'paid_in', 'outstanding', 'created_at'],
        rows.map((r) => [r.id, r.name, r.type, r.amount, r.paid_in, r.outstanding, r.created_at]),
      );
    }
    case 'PAYMENTS': {
      const rows = await em.execute<Record<string, string>[]>(
        `select p.id, p.commitment_id, m.name, m.type, p.amount::text as amount, p.date::text as date
           from capital_payments p join commitments c on c.id = p.commitment_id join fund_members m on m.id = c.member_id
          where p.fund_id = any(?::uuid[]) order by p.date, p.created_at, p.id`,
        [fundIds],
      );
      return toCsv(
        ['payment_id', 'commitment_id', 'member_name', 'member_type', 'amount', 'date'],
        rows.map((r) => [r.id, r.commitment_id, r.name, r.type, r.amount, r.date]),
      );
    }
    case 'ROUNDS': {
      const rows = await em.execute<Record<string, string>[]>(
        `select r.id, s.name as startup_name, r.date::text as date, r.instrument, r.pre_money::text as pre_money,
                r.raised::text as raised, (r.pre_money + r.raised)::text as post_money,
                p.kind, coalesce(f.name, p.investor_name) as holder_name, p.amount::text as amount,
                floor(p.amount::numeric * 10000 / (r.pre_money + r.raised))::text as round_stake_bp
           from funding_rounds r
           join startups s on s.id = r.startup_id
           join round_participations p on p.round_id = r.id
           left join funds f on f.id = p.fund_id
          where r.id in (select round_id from round_participations where fund_id = any(?::uuid[]))
          order by r.date, r.created_at, r.id, p.id`,
        [fundIds],
      );
      return toCsv(
        [
          'round_id',
          'startup_name',
          'date',
          'instrument',
          'pre_money',
          'raised',
          'post_money',
          'participant_kind',
          'participant_name',
          'amount',
          'round_stake_bp',
        ],
        rows.map((r) => [
          r.id,
          r.startup_name,
          r.date,
          r.instrument,
          r.pre_money,
          r.raised,
          r.post_money,
          r.kind,
          r.holder_name,
          r.amount,
          r.round_stake_bp,
        ]),
      );
    }
    case 'CAP_TABLE': {
      const startupIds = (
        await em.execute<{ startup_id: string }[]>(
          `select distinct r.startup_id from funding_rounds r join round_participations p on p.round_id = r.id
            where p.fund_id = any(?::uuid[])`,
          [fundIds],
        )
      ).map((r) => r.startup_id);
      const [events, names] = await Promise.all([loadEvents(em, startupIds), startupNames(em, startupIds)]);
      const rows: Cell[][] = [];
      for (const id of [...startupIds].sort((a, b) => (names.get(a) ?? '').localeCompare(names.get(b) ?? ''))) {
        for (const row of capTableRows(replay(events.get(id) ?? []))) {
          rows.push([names.get(id), row.holder.name, row.holder.kind, row.stakeBp, row.invested]);
        }
      }
      return toCsv(['startup_name', 'holder_name', 'holder_kind', 'stake_bp', 'invested'], rows);
    }
    case 'HOLDINGS': {
      const holdings = (await holdingsOf(em, [fund])).get(fund.id) ?? [];
      return toCsv(
        [
          'startup_name',
          'status',
          'invested',
          'stake_bp',
          'stake_cap_bp',
          'unrealized_value',
          'realized_value',
          'latest_valuation_date',
        ],
        holdings.map((h) => [
          h.startupName,
          h.status,
          h.invested,
          h.stakeBp,
          h.stakeCapBp,
          h.unrealizedValue,
          h.realizedValue,
          h.latestValuation?.date,
        ]),
      );
    }
  }
}
