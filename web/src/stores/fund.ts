// The Venture Investment Fund ledger as the web sees it: the fund list, one fund's ledger, cap tables,
// the startups a round can be recorded for, the writes (each followed by a reload), and CSV exports.
import { defineStore } from 'pinia';
import { ref } from 'vue';
import { compareVietnamese } from '@launchpad/shared';
import { request } from '../api/client';
import { exportLanguage, saveCsv } from '../api/download';
import { useLocaleStore } from './locale';
import {
  CapTableQuery,
  ChangeCommitmentMutation,
  CommitCapitalMutation,
  CreateFundMutation,
  FundCsvQuery,
  FundLedgerQuery,
  FundsQuery,
  PayInCapitalMutation,
  RecordExitMutation,
  RecordFundingRoundMutation,
  RecordValuationMutation,
  RoundStartupOptionsQuery,
} from '../api/fund';
import type {
  RecordExitInput,
  RecordValuationInput,
  CapTableQuery as CapTableResult,
  CommitCapitalInput,
  FundCsvTable,
  FundFiguresFieldsFragment,
  FundLedgerQuery as FundLedgerResult,
  PayInCapitalInput,
  RecordFundingRoundInput,
} from '../api/generated/graphql';

type FundFigures = FundFiguresFieldsFragment;
export type FundLedger = NonNullable<FundLedgerResult['fund']>;
export type CapTable = CapTableResult['capTable'];
type StartupOption = { id: string; name: string };

export const useFundStore = defineStore('fund', () => {
  const locale = useLocaleStore();
  /** Every fund with its overview figures (`funds`). */
  const funds = ref<FundFigures[]>([]);
  /** The ledger of the fund being viewed; null until loaded or when it does not exist. */
  const ledger = ref<FundLedger | null>(null);
  /** Cap tables by startup id, loaded on demand. */
  const capTables = ref<Record<string, CapTable>>({});
  /** Startups a funding round can be recorded for; null until loaded. */
  const startupOptions = ref<StartupOption[] | null>(null);

  async function loadFunds(): Promise<void> {
    funds.value = (await request(FundsQuery)).funds;
  }

  async function loadLedger(fundId: string): Promise<void> {
    const { fund } = await request(FundLedgerQuery, { id: fundId });
    ledger.value = fund ?? null;
  }

  async function loadCapTable(startupId: string): Promise<CapTable> {
    const { capTable } = await request(CapTableQuery, { startupId });
    capTables.value = { ...capTables.value, [startupId]: capTable };
    return capTable;
  }

  /**
   * Program startups for the round form; when the startup list is not readable, the startups the fund
   * already holds are still offered.
   */
  async function loadStartupOptions(): Promise<StartupOption[]> {
    const known = new Map<string, StartupOption>();
    for (const h of ledger.value?.holdings ?? []) known.set(h.startupId, { id: h.startupId, name: h.startupName });
    try {
      const { startups } = await request(RoundStartupOptionsQuery);
      for (const { node } of startups.edges) known.set(node.id, { id: node.id, name: node.name });
    } catch {
      // Keep the holdings-only list; the form still works for follow-on rounds.
    }
    startupOptions.value = [...known.values()].sort((a, b) => compareVietnamese(a.name, b.name));
    return startupOptions.value;
  }

  async function reloadAfterWrite(fundId: string, startupId?: string): Promise<void> {
    await Promise.all([loadLedger(fundId), startupId ? loadCapTable(startupId) : Promise.resolve(undefined)]);
  }

  async function commitCapital(input: CommitCapitalInput): Promise<void> {
    await request(CommitCapitalMutation, { input });
    await reloadAfterWrite(String(input.fundId));
  }

  async function changeCommitment(fundId: string, commitmentId: string, amount: string, reason: string | null) {
    await request(ChangeCommitmentMutation, { commitmentId, amount, reason });
    await reloadAfterWrite(fundId);
  }

  async function payInCapital(fundId: string, input: PayInCapitalInput): Promise<void> {
    await request(PayInCapitalMutation, { input });
    await reloadAfterWrite(fundId);
  }

  async function recordFundingRound(fundId: string, input: RecordFundingRoundInput): Promise<void> {
    await request(RecordFundingRoundMutation, { input });
    await reloadAfterWrite(fundId, String(input.startupId));
  }

  /** Downloads one ledger table as the CSV file the server writes, headers in the interface language. */
  async function downloadCsv(fundId: string, table: FundCsvTable, fileName: string): Promise<void> {
    const { fundCsv } = await request(FundCsvQuery, { fundId, table, lang: exportLanguage(locale.locale) });
    saveCsv(fileName, fundCsv);
  }

  /** Creates a fund (the 49% caps default on the server); resolves with its id. */
  async function createFund(name: string): Promise<string> {
    const { createFund: fund } = await request(CreateFundMutation, { input: { name } });
    await loadFunds();
    return fund.id;
  }

  /** Marks a holding to a new value (a fair-value estimate between rounds); the ledger and cap table reload. */
  async function recordValuation(input: RecordValuationInput): Promise<void> {
    await request(RecordValuationMutation, { input });
    await Promise.all([loadLedger(String(input.fundId)), loadCapTable(String(input.startupId))]);
  }

  /** Records the fund's exit from a holding with its proceeds; the ledger and cap table reload. */
  async function recordExit(input: RecordExitInput): Promise<void> {
    await request(RecordExitMutation, { input });
    await Promise.all([loadLedger(String(input.fundId)), loadCapTable(String(input.startupId))]);
  }

  return {
    createFund,
    recordValuation,
    recordExit,
    funds,
    ledger,
    capTables,
    startupOptions,
    loadFunds,
    loadLedger,
    loadCapTable,
    loadStartupOptions,
    commitCapital,
    changeCommitment,
    payInCapital,
    recordFundingRound,
    downloadCsv,
  };
});
