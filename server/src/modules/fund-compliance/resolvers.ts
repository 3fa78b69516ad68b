// Thin resolvers of the fund-compliance module: authorize (policy table) → call the service → return a view.
import { hanoiToday, requireDate } from '@launchpad/shared';
import type { OperationPolicy } from '../../graphql/authorize';
import { requireActor } from '../../graphql/authorize';
import type { Resolvers } from '../../graphql/generated';
import { requestLanguage } from '../../exports/language';
import { requireId } from '../../kernel';
import { LEDGER_READERS, assertLedgerReader } from '../fund-rules';
import { capitalCallView } from './read';
import * as compliance from './service';
import { annualReportPdf, noticePdf, statementCsv, statementPdf } from './documents';

const READERS = [...LEDGER_READERS];

export const fundCompliancePolicy: OperationPolicy = {
  Query: {
    fundMemberStatement: READERS,
    fundMemberStatementCsv: READERS,
    fundMemberStatementPdf: READERS,
    capitalCallNoticePdf: READERS,
    fundAnnualReport: READERS,
    fundAnnualReportPdf: READERS,
  },
  Mutation: { createCapitalCall: ['ADMIN', 'FUND_MANAGER'] },
};

const base64 = (bytes: Buffer) => bytes.toString('base64');

export const fundComplianceResolvers: Resolvers = {
  Query: {
    fundMemberStatement: (_root, args, ctx) => compliance.memberStatement(ctx.em, args),
    fundMemberStatementCsv: async (_root, args, ctx) =>
      statementCsv(await compliance.memberStatement(ctx.em, args), requestLanguage(ctx, args.lang)),
    fundMemberStatementPdf: async (_root, args, ctx) =>
      base64(await statementPdf(await compliance.memberStatement(ctx.em, args), requestLanguage(ctx, args.lang))),
    capitalCallNoticePdf: async (_root, args, ctx) => {
      const notice = await compliance.capitalCallNotice(
        ctx.em,
        requireId('fundId', args.fundId),
        requireId('callId', args.callId),
        requireId('commitmentId', args.commitmentId),
        hanoiToday(ctx.app.clock),
      );
      return base64(await noticePdf(notice.fundName, notice.call, notice.line, requestLanguage(ctx, args.lang)));
    },
    fundAnnualReport: (_root, { fundId, year }, ctx) =>
      compliance.annualReport(ctx.em, requireId('fundId', fundId), year, hanoiToday(ctx.app.clock)),
    fundAnnualReportPdf: async (_root, { fundId, year, lang }, ctx) => {
      const report = await compliance.annualReport(
        ctx.em,
        requireId('fundId', fundId),
        year,
        hanoiToday(ctx.app.clock),
      );
      return base64(await annualReportPdf(report, requestLanguage(ctx, lang)));
    },
  },
  Mutation: {
    createCapitalCall: async (_root, { input }, ctx) =>
      capitalCallView(await compliance.createCapitalCall(ctx.em, requireActor(ctx), input, hanoiToday(ctx.app.clock))),
  },
  Fund: {
    lossThreshold: async (fund, { asOf }, ctx) => {
      assertLedgerReader(ctx);
      const day = asOf ? requireDate('asOf', asOf) : hanoiToday(ctx.app.clock);
      return compliance.lossThreshold(ctx.em, fund.id, day);
    },
    capitalCalls: async (fund, _args, ctx) => {
      assertLedgerReader(ctx);
      return (await compliance.capitalCalls(ctx.em, fund.id, hanoiToday(ctx.app.clock))).map(capitalCallView);
    },
    overdueCallLines: async (fund, _args, ctx) => {
      assertLedgerReader(ctx);
      return compliance.overdueLines(ctx.em, fund.id, hanoiToday(ctx.app.clock));
    },
  },
};
