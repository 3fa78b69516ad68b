// The demo program: every module's demo data, in dependency order, on an empty database only.
import type { EntityManager } from '@mikro-orm/postgresql';
import { seedDemoFund } from '../modules/fund/seed';
import { seedDemoMentoring } from '../modules/mentors/seed';
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
  { name: 'mentors, office hours and a blind-judged statement', run: seedDemoMentoring },
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
