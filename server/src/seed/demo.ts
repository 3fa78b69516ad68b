// The demo program: every module's demo data, in dependency order, on an empty database only.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppConfig } from '../config';
import { documentStoreFor, type DocumentStore } from '../modules/documents';
import { seedDemoFund } from '../modules/fund';
import { seedDemoFourStages } from './four-stages';
import { UserSchema } from '../modules/users';
import { seedDemoAccounts } from '../modules/users';
import { seedDemoPartners } from '../modules/partners';
import { seedDemoPilots } from '../modules/pilots';
import { seedDemoPpp } from '../modules/ppp';
import { seedDemoRdExpenses } from '../modules/rd-expenses';
import { seedDemoStateSupport } from '../modules/state-support';
import { approveDealForDemo, seedDemoDeals } from '../modules/deals';
import { seedDemoMentoring } from '../modules/mentors';
import { seedDemoFundRules } from '../modules/fund-rules';
import { seedDemoCapitalCalls } from '../modules/fund-compliance';

/** What the demo needs beyond the database: where its documents are kept, and how large one may be. */
export interface SeedContext {
  documents: { store: DocumentStore; maxBytes: number };
}

/** The seed's context for a configuration: the app's document store, or the one the configuration names. */
export function seedContext(config: AppConfig, store?: DocumentStore): SeedContext {
  return {
    documents: {
      store: store ?? documentStoreFor(config.dataDir, config.documents),
      maxBytes: config.documents.maxBytes,
    },
  };
}

export interface SeedStep {
  name: string;
  run(em: EntityManager, context: SeedContext): Promise<void>;
}

/** Modules append their step here; later steps may rely on earlier ones. */
export const DEMO_STEPS: SeedStep[] = [
  { name: 'demo accounts', run: seedDemoAccounts },
  { name: 'four stages: program, statements, cohorts, startups', run: seedDemoFourStages },
  { name: 'Venture Investment Fund', run: (em) => seedDemoFund(em, approveDealForDemo) },
  { name: 'the fund under the law: vehicle and rules', run: seedDemoFundRules },
  { name: 'the fund under the law: capital calls', run: seedDemoCapitalCalls },
  { name: 'investment decisions: deals on the board', run: seedDemoDeals },
  { name: 'PPP portal: legal documents, priority tasks, proposals', run: seedDemoPpp },
  { name: 'strategic partners', run: seedDemoPartners },
  { name: 'pilots in controlled testing', run: seedDemoPilots },
  { name: 'R&D expenses', run: seedDemoRdExpenses },
  { name: 'state-support ledger', run: seedDemoStateSupport },
  { name: 'mentors, office hours and a blind-judged statement', run: seedDemoMentoring },
];

export async function seedDemo(em: EntityManager, say: (line: string) => void, context: SeedContext): Promise<void> {
  for (const [index, step] of DEMO_STEPS.entries()) {
    const started = Date.now();
    await em.fork().transactional((tx) => step.run(tx, context));
    say(`seed ${index + 1}/${DEMO_STEPS.length}: ${step.name} (${Date.now() - started} ms)`);
  }
}

export async function seedDemoIfEmpty(
  em: EntityManager,
  say: (line: string) => void,
  context: SeedContext,
): Promise<boolean> {
  if ((await em.count(UserSchema, {})) > 0) return false;
  say('empty database: filling it with the demo program');
  await seedDemo(em, say, context);
  return true;
}
