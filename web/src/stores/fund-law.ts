// The fund under the law as the web sees it: one fund's vehicle, rules (on a chosen day, and their history), the
// loss threshold, capital calls; the board's loss panel; and the PDF/CSV downloads.
import { defineStore } from 'pinia';
import { ref } from 'vue';
import { request } from '../api/client';
import { exportLanguage, saveCsv } from '../api/download';
import {
  AddFundRuleVersionMutation,
  ApplyFundRuleSetMutation,
  EndFundRuleMutation,
  SetFundVehicleMutation,
  AnnualReportPdfQuery,
  CallNoticePdfQuery,
  CreateCapitalCallMutation,
  FundLawQuery,
  FundLossQuery,
  StatementCsvQuery,
  StatementPdfQuery,
} from '../api/fund-law';
import type {
  AddFundRuleVersionInput,
  ApplyFundRuleSetInput,
  EndFundRuleInput,
  SetFundVehicleInput,
  CreateCapitalCallInput,
  FundLawQuery as FundLawResult,
  FundLossQuery as FundLossResult,
  Language,
} from '../api/generated/graphql';
import { useLocaleStore } from './locale';

export type FundLaw = NonNullable<FundLawResult['fund']>;
export type FundLoss = FundLossResult['funds'][number];

/** Saves a base64 PDF the server rendered as a file the browser downloads. */
function savePdf(fileName: string, base64: string): void {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: 'application/pdf' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}

export const useFundLawStore = defineStore('fundLaw', () => {
  const locale = useLocaleStore();
  const law = ref<FundLaw | null>(null);
  const losses = ref<FundLoss[]>([]);
  const lang = (): Language => exportLanguage(locale.locale);

  async function load(fundId: string, day: string | null): Promise<void> {
    law.value = (await request(FundLawQuery, { id: fundId, day })).fund ?? null;
  }
  async function loadLosses(): Promise<void> {
    losses.value = (await request(FundLossQuery)).funds;
  }
  async function addRuleVersion(input: AddFundRuleVersionInput, day: string | null): Promise<void> {
    await request(AddFundRuleVersionMutation, { input });
    await load(String(input.fundId), day);
  }
  async function endRule(input: EndFundRuleInput, day: string | null): Promise<void> {
    await request(EndFundRuleMutation, { input });
    await load(String(input.fundId), day);
  }
  async function applyRuleSet(input: ApplyFundRuleSetInput, day: string | null): Promise<void> {
    await request(ApplyFundRuleSetMutation, { input });
    await load(String(input.fundId), day);
  }
  async function setVehicle(input: SetFundVehicleInput, day: string | null): Promise<void> {
    await request(SetFundVehicleMutation, { input });
    await load(String(input.fundId), day);
  }
  async function createCapitalCall(input: CreateCapitalCallInput, day: string | null): Promise<void> {
    await request(CreateCapitalCallMutation, { input });
    await load(String(input.fundId), day);
  }
  async function downloadStatement(
    args: { fundId: string; memberId: string; from: string; to: string },
    format: 'PDF' | 'CSV',
  ): Promise<void> {
    const name = `statement-${args.from}-${args.to}`;
    if (format === 'CSV') {
      const { fundMemberStatementCsv } = await request(StatementCsvQuery, { ...args, lang: lang() });
      saveCsv(`${name}.csv`, fundMemberStatementCsv);
    } else {
      const { fundMemberStatementPdf } = await request(StatementPdfQuery, { ...args, lang: lang() });
      savePdf(`${name}.pdf`, fundMemberStatementPdf);
    }
  }
  async function downloadNotice(fundId: string, callId: string, commitmentId: string): Promise<void> {
    const { capitalCallNoticePdf } = await request(CallNoticePdfQuery, { fundId, callId, commitmentId, lang: lang() });
    savePdf(`capital-call-${commitmentId.slice(0, 8)}.pdf`, capitalCallNoticePdf);
  }
  async function downloadAnnualReport(fundId: string, year: number, language: Language): Promise<void> {
    const { fundAnnualReportPdf } = await request(AnnualReportPdfQuery, { fundId, year, lang: language });
    savePdf(`annual-risk-report-${year}-${language.toLowerCase()}.pdf`, fundAnnualReportPdf);
  }

  return {
    law,
    losses,
    load,
    loadLosses,
    addRuleVersion,
    endRule,
    applyRuleSet,
    setVehicle,
    createCapitalCall,
    downloadStatement,
    downloadNotice,
    downloadAnnualReport,
  };
});
