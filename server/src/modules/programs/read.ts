// The Program as GraphQL reads it: queries, mutations and the loaders of a startup's or cohort's program map
// the entity to this view (its gates are turned into GraphQL's StageGate list by the Program.gates resolver).
import {
  describeRequirement,
  FORWARD_STAGES,
  type GateRequirement,
  type MilestoneKind,
  type Stage,
  type StageGates,
} from '@launchpad/shared';
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

export interface StageGateView {
  stage: Stage;
  requirements: { kind: GateRequirement['kind']; milestoneKinds: MilestoneKind[]; description: string }[];
}

/** Every stage after the first with what entering it requires (none listed: nothing). */
export function stageGatesView(gates: StageGates): StageGateView[] {
  return FORWARD_STAGES.slice(1).map((stage) => ({
    stage,
    requirements: (gates[stage] ?? []).map((req) => ({
      kind: req.kind,
      // parseGates accepts only MILESTONE_KINDS, so the stored kinds are milestone kinds.
      milestoneKinds: req.kind === 'MILESTONE_VERIFIED' ? (req.milestoneKinds as MilestoneKind[]) : [],
      description: describeRequirement(req),
    })),
  }));
}
