// CSV export of the fund ledger's tables (amounts as whole dong, shares as basis points), written by the one
// CSV writer (exports/csv.ts) with headers in the caller's language.
import type { EntityManager } from '@mikro-orm/postgresql';
import { compareVietnamese, requireEnum } from '@launchpad/shared';
import { toCsv, type CsvCell } from '../../exports/csv';
import { inLanguage, type Language } from '../../exports/language';
import type { Fund } from './entities';
import { capTableRows, replay } from './cap-table';
import { holdingsOf, loadEvents, membersOf, startupNames } from './read';
import { uuidArray } from '../../kernel';

export const CSV_TABLES = ['MEMBERS', 'COMMITMENTS', 'PAYMENTS', 'ROUNDS', 'CAP_TABLE', 'HOLDINGS'] as const;
export type CsvTable = (typeof CSV_TABLES)[number];

type Cell = CsvCell;

/** Each table's header row, in Vietnamese and English. */
const HEADERS: Record<CsvTable, { vi: string[]; en: string[] }> = {
  MEMBERS: {
    vi: ['Mã thành viên', 'Tên', 'Loại', 'Đã cam kết', 'Đã góp'],
    en: ['Member ID', 'Name', 'Type', 'Committed', 'Paid in'],
  },
  COMMITMENTS: {
    vi: ['Mã cam kết', 'Thành viên', 'Loại thành viên', 'Số tiền', 'Đã góp', 'Còn phải góp', 'Thời điểm tạo'],
    en: ['Commitment ID', 'Member', 'Member type', 'Amount', 'Paid in', 'Outstanding', 'Created at'],
  },
  PAYMENTS: {
    vi: ['Mã lần góp', 'Mã cam kết', 'Thành viên', 'Loại thành viên', 'Số tiền', 'Ngày'],
    en: ['Payment ID', 'Commitment ID', 'Member', 'Member type', 'Amount', 'Date'],
  },
  ROUNDS: {
    vi: [
      'Mã vòng',
      'Doanh nghiệp',
      'Ngày',
      'Công cụ',
      'Định giá trước',
      'Vốn gọi',
      'Định giá sau',
      'Loại bên tham gia',
      'Bên tham gia',
      'Số tiền',
      'Tỷ lệ trong vòng (bp)',
    ],
    en: [
      'Round ID',
      'Startup',
      'Date',
      'Instrument',
      'Pre-money',
      'Raised',
      'Post-money',
      'Participant kind',
      'Participant',
      'Amount',
      'Round stake (bp)',
    ],
  },
  CAP_TABLE: {
    vi: ['Doanh nghiệp', 'Cổ đông', 'Loại cổ đông', 'Tỷ lệ sở hữu (bp)', 'Đã đầu tư'],
    en: ['Startup', 'Holder', 'Holder kind', 'Stake (bp)', 'Invested'],
  },
  HOLDINGS: {
    vi: [
      'Doanh nghiệp',
      'Trạng thái',
      'Đã đầu tư',
      'Tỷ lệ sở hữu (bp)',
      'Trần sở hữu (bp)',
      'Giá trị chưa thực hiện',
      'Giá trị đã thực hiện',
      'Ngày định giá gần nhất',
    ],
    en: [
      'Startup',
      'Status',
      'Invested',
      'Stake (bp)',
      'Stake cap (bp)',
      'Unrealized value',
      'Realized value',
      'Latest valuation date',
    ],
  },
};

export async function fundCsv(em: EntityManager, fund: Fund, tableInput: string, language: Language): Promise<string> {
  const table = requireEnum('table', tableInput, CSV_TABLES);
  const header = inLanguage(language, HEADERS[table]);
  const fundIds = uuidArray([fund.id]);
  switch (table) {
    case 'MEMBERS': {
      const members = await membersOf(em, [fund.id]);
      return toCsv(
        header,
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
        header,
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
        header,
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
        header,
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
      for (const id of [...startupIds].sort((a, b) => compareVietnamese(names.get(a) ?? '', names.get(b) ?? ''))) {
        for (const row of capTableRows(replay(events.get(id) ?? []))) {
          rows.push([names.get(id), row.holder.name, row.holder.kind, row.stakeBp, row.invested]);
        }
      }
      return toCsv(header, rows);
    }
    case 'HOLDINGS': {
      const holdings = (await holdingsOf(em, [fund])).get(fund.id) ?? [];
      return toCsv(
        header,
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
