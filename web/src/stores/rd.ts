// One startup's R&D expenses with the year's 200% deduction and dossier exports, and its state-support totals.
import { defineStore } from 'pinia';
import { ref } from 'vue';
import { request } from '../api/client';
import {
  RdDossierCsvQuery,
  RdDossierPdfQuery,
  RdDossierQuery,
  RecordRdExpenseMutation,
  RecordStateSupportMutation,
  ReportRdProfitMutation,
  StartupStateSupportQuery,
} from '../api/channels';
import type {
  Language,
  RdDossierQuery as RdDossierData,
  RdExpenseInput,
  StateSupportInput,
  StartupStateSupportQuery as SupportData,
} from '../api/generated/graphql';

export type RdDossier = RdDossierData['rdDossier'];
export type StartupSupport = SupportData['startupStateSupport'];

export const useRdStore = defineStore('rd', () => {
  const dossier = ref<RdDossier | null>(null);
  const support = ref<StartupSupport | null>(null);
  const startupId = ref<string | null>(null);
  const loadError = ref<unknown>(null);

  async function load(id: string, year: number): Promise<void> {
    startupId.value = id;
    loadError.value = null;
    try {
      const [d, s] = await Promise.all([
        request(RdDossierQuery, { startupId: id, year }),
        request(StartupStateSupportQuery, { startupId: id }),
      ]);
      dossier.value = d.rdDossier;
      support.value = s.startupStateSupport;
    } catch (error) {
      loadError.value = error;
    }
  }

  async function addExpense(input: RdExpenseInput, year: number): Promise<void> {
    await request(RecordRdExpenseMutation, { input });
    await load(String(input.startupId), year);
  }

  /** Appends a support; the ledger reloads with its totals and any double-support warning. */
  async function recordSupport(input: StateSupportInput): Promise<void> {
    await request(RecordStateSupportMutation, { input });
    const id = String(input.startupId);
    support.value = (await request(StartupStateSupportQuery, { startupId: id })).startupStateSupport;
  }

  async function reportProfit(id: string, year: number, preTaxProfit: string): Promise<void> {
    await request(ReportRdProfitMutation, { startupId: id, year, preTaxProfit });
    await load(id, year);
  }

  async function csv(id: string, year: number, lang: Language): Promise<string> {
    return (await request(RdDossierCsvQuery, { startupId: id, year, lang })).rdDossierCsv;
  }

  async function pdf(id: string, year: number, lang: Language): Promise<string> {
    return (await request(RdDossierPdfQuery, { startupId: id, year, lang })).rdDossierPdf;
  }

  return { dossier, support, startupId, loadError, load, addExpense, recordSupport, reportProfit, csv, pdf };
});
