// Thin resolvers of the R&D expenses module.
import { hanoiToday, hanoiYear } from '@launchpad/shared';
import type { OperationPolicy } from '../../graphql/authorize';
import { requireActor } from '../../graphql/authorize';
import type { Resolvers } from '../../graphql/generated';
import { requestLanguage } from '../../exports/language';
import { MANAGER_ROLES } from '../../kernel';
import { rdDossierCsv, rdDossierPdf } from './dossier';
import * as rd from './service';
import { rdExpenseView } from './read';

const READERS = [...MANAGER_ROLES, 'BOARD', 'FUND_MANAGER', 'FOUNDER'] as const;

export const rdPolicy: OperationPolicy = {
  Query: { rdDossier: READERS, rdDossierPdf: READERS, rdDossierCsv: READERS },
  Mutation: { recordRdExpense: [...MANAGER_ROLES, 'FOUNDER'], reportRdProfit: [...MANAGER_ROLES, 'FOUNDER'] },
};

export const rdResolvers: Resolvers = {
  Query: {
    rdDossier: (_root, { startupId, year }, ctx) =>
      rd.dossier(ctx.em, requireActor(ctx), startupId, year ?? hanoiYear(ctx.app.clock)),
    rdDossierPdf: async (_root, { startupId, year, lang }, ctx) => {
      const dossier = await rd.dossier(ctx.em, requireActor(ctx), startupId, year);
      return (await rdDossierPdf(dossier, requestLanguage(ctx, lang))).toString('base64');
    },
    rdDossierCsv: async (_root, { startupId, year, lang }, ctx) =>
      rdDossierCsv(await rd.dossier(ctx.em, requireActor(ctx), startupId, year), requestLanguage(ctx, lang)),
  },
  Mutation: {
    recordRdExpense: async (_root, { input }, ctx) =>
      rdExpenseView(await rd.recordExpense(ctx.em, requireActor(ctx), input, hanoiToday(ctx.app.clock))),
    reportRdProfit: async (_root, { startupId, year, preTaxProfit }, ctx) => {
      const actor = requireActor(ctx);
      const id = await rd.reportProfit(ctx.em, actor, startupId, year, preTaxProfit);
      return rd.dossier(ctx.em, actor, id, year);
    },
  },
};
