// Programs and their stage gates (data per program; DEFAULT_GATES from the domain when not given).
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  badInput,
  DEFAULT_GATES,
  FORWARD_STAGES,
  MILESTONE_KINDS,
  notFound,
  optionalText,
  requireEnum,
  requireText,
  type GateRequirement,
  type Stage,
  type StageGates,
} from '@launchpad/shared';
import type { Actor } from '../../graphql/context';
import { recordAudit } from '../audit';
import { ProgramSchema, type Program } from './entities';
import { requireId } from '../../kernel';

export const DEFAULT_PROGRAM_NAME = 'Chương trình Ươm tạo Khởi nghiệp Đổi mới Sáng tạo Hà Nội';

export interface GateRequirementInput {
  kind: string;
  milestoneKinds?: readonly string[] | null;
}
export interface StageGateInput {
  stage: string;
  requirements: readonly GateRequirementInput[];
}

/** Validates gates: only forward stages after CONNECTION, each once, known kinds. */
export function parseGates(input: readonly StageGateInput[], field = 'gates'): StageGates {
  const gates: StageGates = {};
  for (const [index, gate] of input.entries()) {
    const stage = requireEnum(`${field}[${index}].stage`, gate.stage, FORWARD_STAGES.slice(1));
    if (gates[stage as Stage]) throw badInput(`${field}[${index}].stage`, `The gate to ${stage} is listed twice.`);
    gates[stage as Stage] = gate.requirements.map((req, r): GateRequirement => {
      const path = `${field}[${index}].requirements[${r}]`;
      const kind = requireEnum(`${path}.kind`, req.kind, [
        'IN_COHORT',
        'MILESTONE_VERIFIED',
        'BUSINESS_REGISTERED',
      ] as const);
      if (kind !== 'MILESTONE_VERIFIED') return { kind };
      const kinds = (req.milestoneKinds ?? []).map((k, i) =>
        requireEnum(`${path}.milestoneKinds[${i}]`, k, MILESTONE_KINDS),
      );
      if (kinds.length === 0) throw badInput(`${path}.milestoneKinds`, 'Name at least one milestone kind.');
      return { kind, milestoneKinds: [...new Set(kinds)] };
    });
  }
  return gates;
}

export function listPrograms(em: EntityManager): Promise<Program[]> {
  return em.find(ProgramSchema, {}, { orderBy: { createdAt: 'asc', id: 'asc' } });
}

export async function findProgram(em: EntityManager, id: string): Promise<Program | null> {
  return em.findOne(ProgramSchema, requireId('id', id));
}

/** The program a startup or cohort joins when none is named: the oldest one, created on first use. */
export async function defaultProgram(tx: EntityManager): Promise<Program> {
  const [existing] = await tx.find(ProgramSchema, {}, { orderBy: { createdAt: 'asc', id: 'asc' }, limit: 1 });
  if (existing) return existing;
  const program = tx.create(ProgramSchema, { name: DEFAULT_PROGRAM_NAME, gates: DEFAULT_GATES, description: null });
  await tx.flush();
  return program;
}

export async function programOrDefault(
  tx: EntityManager,
  programId: string | null | undefined,
  field = 'programId',
): Promise<Program> {
  if (programId === null || programId === undefined) return defaultProgram(tx);
  const program = await tx.findOne(ProgramSchema, requireId(field, programId));
  if (!program) throw badInput(field, 'No program has this id.');
  return program;
}

export async function createProgram(
  em: EntityManager,
  actor: Actor,
  input: { name: string; description?: string | null; gates?: readonly StageGateInput[] | null },
): Promise<Program> {
  const name = requireText('name', input.name, { max: 200 });
  const description = optionalText('description', input.description, { max: 5000, multiline: true });
  const gates = input.gates ? parseGates(input.gates) : DEFAULT_GATES;
  return em.transactional(async (tx) => {
    if (await tx.count(ProgramSchema, { name })) throw badInput('name', 'A program with this name already exists.');
    const program = tx.create(ProgramSchema, { name, description, gates });
    await tx.flush();
    recordAudit(tx, actor, {
      action: 'program.created',
      entityType: 'Program',
      entityId: program.id,
      after: { name, gates },
    });
    return program;
  });
}

export async function setProgramGates(
  em: EntityManager,
  actor: Actor,
  id: string,
  input: readonly StageGateInput[],
): Promise<Program> {
  const programId = requireId('id', id);
  const gates = parseGates(input);
  return em.transactional(async (tx) => {
    const program = await tx.findOne(ProgramSchema, programId);
    if (!program) throw notFound('Program');
    const before = { gates: program.gates };
    program.gates = gates;
    recordAudit(tx, actor, {
      action: 'program.gates_changed',
      entityType: 'Program',
      entityId: program.id,
      before,
      after: { gates },
    });
    return program;
  });
}
