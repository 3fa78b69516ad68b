// The Program as GraphQL reads it: queries, mutations and the loaders of a startup's or cohort's program map
// the entity to this view (its gates are turned into GraphQL's StageGate list by the Program.gates resolver).
import type { StageGates } from '@launchpad/shared';
import type { Program } from './entities';

export interface ProgramView {
  id: string;
  name: string;
  description: string | null;
  gates: StageGates;
  createdAt: Date;
}

export function programView(program: Program): ProgramView {
  return {
    id: program.id,
    name: program.name,
    description: program.description ?? null,
    gates: program.gates,
    createdAt: program.createdAt,
  };
}
