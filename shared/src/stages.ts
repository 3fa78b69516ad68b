// The four-stage innovation value chain, its gates as data, and the pure rule deciding a stage move.
import type { Role } from './roles.js';
import { DomainError, ErrorCode } from './errors.js';

export const STAGES = [
  'CONNECTION',
  'INCUBATION',
  'PLATFORM_BUILDING',
  'SCALING_UP',
  'GRADUATED',
  'DISCONTINUED',
] as const;
export type Stage = (typeof STAGES)[number];

/** The forward chain, in order. */
export const FORWARD_STAGES = ['CONNECTION', 'INCUBATION', 'PLATFORM_BUILDING', 'SCALING_UP'] as const;
export type ForwardStage = (typeof FORWARD_STAGES)[number];

/** Where a startup leaves the program; nothing moves out of them. */
export const END_STAGES = ['GRADUATED', 'DISCONTINUED'] as const;
export type EndStage = (typeof END_STAGES)[number];

export const MILESTONE_KINDS = ['PROBLEM_VALIDATED', 'PROTOTYPE', 'MVP', 'PILOT', 'FIRST_CUSTOMER', 'CUSTOM'] as const;
export type MilestoneKind = (typeof MILESTONE_KINDS)[number];

/** Founders move a milestone up to DONE; only a manager marks it VERIFIED. */
export const MILESTONE_STATUSES = ['PLANNED', 'IN_PROGRESS', 'DONE', 'VERIFIED'] as const;
export type MilestoneStatus = (typeof MILESTONE_STATUSES)[number];

/** The platform-building checklist (business registration, structure, IP, infra, PPP, VC access). */
export const PLATFORM_CHECKLIST_ITEMS = [
  'BUSINESS_REGISTRATION',
  'CORPORATE_STRUCTURE',
  'IP_FILING',
  'DIGITAL_INFRASTRUCTURE',
  'PPP_CONTRACT',
  'VC_ACCESS',
] as const;
export type PlatformChecklistItem = (typeof PLATFORM_CHECKLIST_ITEMS)[number];

/** Roles that may move a startup between stages (incubator managers, and admins for everything). */
export const STAGE_MOVER_ROLES = ['INCUBATOR_MANAGER', 'ADMIN'] as const satisfies readonly Role[];

const stageSet: ReadonlySet<string> = new Set(STAGES);
export function isStage(value: unknown): value is Stage {
  return typeof value === 'string' && stageSet.has(value);
}
export function isEndStage(stage: Stage): stage is EndStage {
  return (END_STAGES as readonly Stage[]).includes(stage);
}
function forwardIndex(stage: Stage): number {
  return (FORWARD_STAGES as readonly Stage[]).indexOf(stage);
}
/** The next stage of the forward chain, or null at SCALING_UP or an end stage. */
export function nextStage(stage: Stage): ForwardStage | null {
  const i = forwardIndex(stage);
  return i < 0 ? null : (FORWARD_STAGES[i + 1] ?? null);
}
/** The previous stage of the forward chain, or null at CONNECTION or an end stage. */
export function previousStage(stage: Stage): ForwardStage | null {
  const i = forwardIndex(stage);
  return i <= 0 ? null : (FORWARD_STAGES[i - 1] ?? null);
}

export type GateRequirement =
  { kind: 'IN_COHORT' } | { kind: 'MILESTONE_VERIFIED'; milestoneKinds: string[] } | { kind: 'BUSINESS_REGISTERED' };

/** The requirements to enter each stage; configurable per program, so this is data, not code. */
export type StageGates = Partial<Record<Stage, GateRequirement[]>>;

/** Default gates. */
export const DEFAULT_GATES: StageGates = {
  INCUBATION: [{ kind: 'IN_COHORT' }],
  PLATFORM_BUILDING: [{ kind: 'MILESTONE_VERIFIED', milestoneKinds: ['MVP', 'PROTOTYPE'] }],
  SCALING_UP: [{ kind: 'BUSINESS_REGISTERED' }],
};

export type StartupGateSnapshot = {
  stage: Stage;
  cohortId: string | null;
  milestones: { kind: string; status: string }[];
  enterpriseCode: string | null;
};

export type UnmetRequirement = {
  /** A gate requirement kind, or STAGE_SKIPPED / STARTUP_ENDED for structural refusals. */
  kind: GateRequirement['kind'] | 'STAGE_SKIPPED' | 'STARTUP_ENDED';
  /** An English sentence telling a person what is missing. */
  message: string;
};

export type MoveDirection = 'FORWARD' | 'BACK' | 'END';

export type MoveDecision =
  | { ok: true; direction: MoveDirection }
  | {
      ok: false;
      code: 'STAGE_GATE_NOT_MET' | 'FORBIDDEN' | 'BAD_USER_INPUT';
      unmet: UnmetRequirement[];
      message: string;
      /** The input field at fault, for BAD_USER_INPUT (e.g. 'reason', 'to'). */
      field?: string;
    };

export type MoveRequest = {
  snapshot: StartupGateSnapshot;
  to: Stage;
  actorRole: Role;
  /** Required (non-blank) to move back or to end; optional for a forward move. */
  reason?: string | null;
  /** The program's gates; DEFAULT_GATES when omitted. */
  gates?: StageGates;
};

function orList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

function isMet(snapshot: StartupGateSnapshot, req: GateRequirement): boolean {
  switch (req.kind) {
    case 'IN_COHORT':
      return snapshot.cohortId !== null && snapshot.cohortId.trim() !== '';
    case 'MILESTONE_VERIFIED':
      return snapshot.milestones.some((m) => m.status === 'VERIFIED' && req.milestoneKinds.includes(m.kind));
    case 'BUSINESS_REGISTERED':
      return snapshot.enterpriseCode !== null && snapshot.enterpriseCode.trim() !== '';
  }
}

/** The sentence a person reads for a requirement (shown as a checklist before a move, too). */
export function describeRequirement(req: GateRequirement): string {
  switch (req.kind) {
    case 'IN_COHORT':
      return 'The startup must be assigned to a cohort.';
    case 'MILESTONE_VERIFIED':
      return `A milestone of kind ${orList(req.milestoneKinds)} must be verified by a manager.`;
    case 'BUSINESS_REGISTERED':
      return 'The business registration (enterprise code) must be recorded.';
  }
}

/** Every requirement of `requirements` the startup does not meet yet, in gate order. */
export function unmetRequirements(
  snapshot: StartupGateSnapshot,
  requirements: readonly GateRequirement[],
): UnmetRequirement[] {
  return requirements
    .filter((r) => !isMet(snapshot, r))
    .map((r) => ({ kind: r.kind, message: describeRequirement(r) }));
}

type RefusalCode = 'STAGE_GATE_NOT_MET' | 'FORBIDDEN' | 'BAD_USER_INPUT';

function refuse(code: RefusalCode, message: string, unmet: UnmetRequirement[] = [], field?: string): MoveDecision {
  return field === undefined ? { ok: false, code, unmet, message } : { ok: false, code, unmet, message, field };
}

/**
 * Decides whether a stage move is allowed. Checks, in order: the actor's role
 * (FORBIDDEN), a move to the same stage (BAD_USER_INPUT), leaving an end stage (STAGE_GATE_NOT_MET,
 * STARTUP_ENDED), then by direction: forward one step needs every gate requirement (all unmet ones
 * are listed); forward by more is a skip (STAGE_GATE_NOT_MET, STAGE_SKIPPED); back one step or to an
 * end stage needs a non-blank reason (BAD_USER_INPUT); back by more than one step is BAD_USER_INPUT.
 */
export function planMove(request: MoveRequest): MoveDecision {
  const { snapshot, to, actorRole } = request;
  const from = snapshot.stage;
  const gates = request.gates ?? DEFAULT_GATES;
  const hasReason = typeof request.reason === 'string' && request.reason.trim() !== '';

  if (!(STAGE_MOVER_ROLES as readonly Role[]).includes(actorRole)) {
    return refuse('FORBIDDEN', 'Only an incubator manager or an admin may move a startup between stages.');
  }
  if (to === from) {
    return refuse('BAD_USER_INPUT', `The startup is already in ${from}.`, [], 'to');
  }
  if (isEndStage(from)) {
    const message = `The startup has ended (${from}); it cannot move to another stage.`;
    return refuse('STAGE_GATE_NOT_MET', message, [{ kind: 'STARTUP_ENDED', message }]);
  }
  if (isEndStage(to)) {
    return hasReason
      ? { ok: true, direction: 'END' }
      : refuse('BAD_USER_INPUT', `A written reason is required to end a startup as ${to}.`, [], 'reason');
  }
  const step = forwardIndex(to) - forwardIndex(from);
  if (step === 1) {
    const unmet = unmetRequirements(snapshot, gates[to] ?? []);
    if (unmet.length > 0) {
      return refuse(
        'STAGE_GATE_NOT_MET',
        `The gate to ${to} is not met: ${unmet.map((u) => u.message).join(' ')}`,
        unmet,
      );
    }
    return { ok: true, direction: 'FORWARD' };
  }
  if (step > 1) {
    const message = `Stages cannot be skipped: from ${from} the startup can only move forward to ${nextStage(from) ?? 'no further stage'}.`;
    return refuse('STAGE_GATE_NOT_MET', message, [{ kind: 'STAGE_SKIPPED', message }]);
  }
  if (step === -1) {
    return hasReason
      ? { ok: true, direction: 'BACK' }
      : refuse('BAD_USER_INPUT', 'A written reason is required to move a startup back a stage.', [], 'reason');
  }
  return refuse(
    'BAD_USER_INPUT',
    `A startup can move back only one stage at a time (from ${from} to ${previousStage(from) ?? 'none'}).`,
    [],
    'to',
  );
}

/** planMove that throws the refusal as a DomainError (details: from, to, unmet); returns the direction. */
export function assertMove(request: MoveRequest): MoveDirection {
  const decision = planMove(request);
  if (decision.ok) return decision.direction;
  throw new DomainError(ErrorCode[decision.code], decision.message, {
    from: request.snapshot.stage,
    to: request.to,
    unmet: decision.unmet,
    ...(decision.field === undefined ? {} : { field: decision.field }),
  });
}
