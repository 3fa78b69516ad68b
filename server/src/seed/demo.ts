// The demo program: every module's demo data, in dependency order, on an empty database only.
import type { EntityManager } from '@mikro-orm/postgresql';
import { seedDemoFund } from '../modules/fund/seed';
import { seedDemoFundRules } from '../modules/fund-rules/seed';
import { seedDemoCapitalCalls } from '../modules/fund-compliance/seed';
import { seedDemoFourStages } from '../modules/startups/seed';
import { UserSchema } from '../modules/users/entities';
import { seedDemoAccounts } from '../modules/users/seed';

export interface SeedStep {
  name: string;
  run(em: EntityManager): Promise<void>;
}

/** Modules append their step here; later steps may rely on earlier ones. */
export const DEMO_STEPS: SeedStep[] = [
  { name: 'demo accounts', run: seedDemoAccounts },
  { name: 'four stages: program, statements, cohorts, startups', run: seedDemoFourStages },
  { name: 'Venture Investment Fund', run: seedDemoFund },
  { name: 'the fund under the law: vehicle and rules', run: seedDemoFundRules },
  { name: 'the fund under the law: capital calls', run: seedDemoCapitalCalls },
];

export async function seedDemo(em: EntityManager, say: (line: string) => void): Promise<void> {
  for (const [index, step] of DEMO_STEPS.entries()) {
    const started = Date.now();
    await em.fork().transactional((tx) => step.run(tx));
    say(`seed ${index + 1}/${DEMO_STEPS.length}: ${step.name} (${Date.now() - started} ms)`);
  }
}

export async function seedDemoIfEmpty(em: EntityManager, say: (line: string) => void): Promise<boolean> {
  if ((await em.count(UserSchema, {})) > 0) return false;
  say('empty database: filling it with the demo program');
  await seedDemo(em, say);
  return true;
}
