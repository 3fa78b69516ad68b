import { describe, expect, it } from 'vitest';
import {
  DEFAULT_GATES,
  DomainError,
  END_STAGES,
  FORWARD_STAGES,
  MILESTONE_KINDS,
  PLATFORM_CHECKLIST_ITEMS,
  STAGES,
  assertMove,
  nextStage,
  planMove,
  previousStage,
  type MoveDecision,
  type Role,
  type Stage,
  type StageGates,
  type StartupGateSnapshot,
} from '@launchpad/shared';

function startup(stage: Stage, extra: Partial<StartupGateSnapshot> = {}): StartupGateSnapshot {
  return { stage, cohortId: null, milestones: [], enterpriseCode: null, ...extra };
}

const manager: Role = 'INCUBATOR_MANAGER';

function refused(decision: MoveDecision) {
  if (decision.ok) throw new Error('expected a refusal');
  return decision;
}

describe('the stage catalog', () => {
  it('orders the four forward stages and lists the two ends', () => {
    expect([...STAGES]).toEqual([
      'CONNECTION',
      'INCUBATION',
      'PLATFORM_BUILDING',
      'SCALING_UP',
      'GRADUATED',
      'DISCONTINUED',
    ]);
    expect([...FORWARD_STAGES]).toEqual(['CONNECTION', 'INCUBATION', 'PLATFORM_BUILDING', 'SCALING_UP']);
    expect([...END_STAGES]).toEqual(['GRADUATED', 'DISCONTINUED']);
    expect(nextStage('CONNECTION')).toBe('INCUBATION');
    expect(nextStage('SCALING_UP')).toBeNull();
    expect(previousStage('CONNECTION')).toBeNull();
    expect(previousStage('GRADUATED')).toBeNull();
    expect([...MILESTONE_KINDS]).toEqual([
      'PROBLEM_VALIDATED',
      'PROTOTYPE',
      'MVP',
      'PILOT',
      'FIRST_CUSTOMER',
      'CUSTOM',
    ]);
    expect(PLATFORM_CHECKLIST_ITEMS).toHaveLength(6);
  });
});

describe('moving forward through the gates', () => {
  it('enters INCUBATION only once the startup is assigned to a cohort', () => {
    const d = refused(planMove({ snapshot: startup('CONNECTION'), to: 'INCUBATION', actorRole: manager }));
    expect(d.code).toBe('STAGE_GATE_NOT_MET');
    expect(d.unmet).toEqual([{ kind: 'IN_COHORT', message: 'The startup must be assigned to a cohort.' }]);
    expect(
      planMove({ snapshot: startup('CONNECTION', { cohortId: 'c1' }), to: 'INCUBATION', actorRole: manager }),
    ).toEqual({
      ok: true,
      direction: 'FORWARD',
    });
  });

  it('enters PLATFORM_BUILDING only with an MVP or prototype milestone verified by a manager', () => {
    const unverified = startup('INCUBATION', {
      cohortId: 'c1',
      milestones: [
        { kind: 'MVP', status: 'DONE' },
        { kind: 'PILOT', status: 'VERIFIED' },
      ],
    });
    const d = refused(planMove({ snapshot: unverified, to: 'PLATFORM_BUILDING', actorRole: manager }));
    expect(d.code).toBe('STAGE_GATE_NOT_MET');
    expect(d.unmet).toEqual([
      { kind: 'MILESTONE_VERIFIED', message: 'A milestone of kind MVP or PROTOTYPE must be verified by a manager.' },
    ]);
    for (const kind of ['MVP', 'PROTOTYPE']) {
      const ok = startup('INCUBATION', { milestones: [{ kind, status: 'VERIFIED' }] });
      expect(planMove({ snapshot: ok, to: 'PLATFORM_BUILDING', actorRole: manager })).toEqual({
        ok: true,
        direction: 'FORWARD',
      });
    }
  });

  it('enters SCALING_UP only once the enterprise code is recorded', () => {
    for (const enterpriseCode of [null, '   ']) {
      const d = refused(
        planMove({ snapshot: startup('PLATFORM_BUILDING', { enterpriseCode }), to: 'SCALING_UP', actorRole: manager }),
      );
      expect(d.unmet).toEqual([
        { kind: 'BUSINESS_REGISTERED', message: 'The business registration (enterprise code) must be recorded.' },
      ]);
    }
    expect(
      planMove({
        snapshot: startup('PLATFORM_BUILDING', { enterpriseCode: '0109876543' }),
        to: 'SCALING_UP',
        actorRole: 'ADMIN',
      }),
    ).toEqual({ ok: true, direction: 'FORWARD' });
  });

  it('lists every unmet requirement of a configured gate, not just the first', () => {
    const gates: StageGates = {
      ...DEFAULT_GATES,
      PLATFORM_BUILDING: [
        { kind: 'IN_COHORT' },
        { kind: 'MILESTONE_VERIFIED', milestoneKinds: ['PILOT'] },
        { kind: 'BUSINESS_REGISTERED' },
      ],
    };
    const d = refused(
      planMove({ snapshot: startup('INCUBATION'), to: 'PLATFORM_BUILDING', actorRole: manager, gates }),
    );
    expect(d.unmet.map((u) => u.kind)).toEqual(['IN_COHORT', 'MILESTONE_VERIFIED', 'BUSINESS_REGISTERED']);
    expect(d.unmet[1]?.message).toBe('A milestone of kind PILOT must be verified by a manager.');
    for (const u of d.unmet) expect(d.message).toContain(u.message);
    const partly = startup('INCUBATION', { cohortId: 'c1', enterpriseCode: 'E1' });
    expect(
      refused(planMove({ snapshot: partly, to: 'PLATFORM_BUILDING', actorRole: manager, gates })).unmet.map(
        (u) => u.kind,
      ),
    ).toEqual(['MILESTONE_VERIFIED']);
  });

  it('lets a stage without a configured gate be entered freely', () => {
    expect(planMove({ snapshot: startup('CONNECTION'), to: 'INCUBATION', actorRole: manager, gates: {} })).toEqual({
      ok: true,
      direction: 'FORWARD',
    });
  });

  it('refuses to skip a stage even when every gate is met', () => {
    const ready = startup('CONNECTION', {
      cohortId: 'c1',
      milestones: [{ kind: 'MVP', status: 'VERIFIED' }],
      enterpriseCode: 'E1',
    });
    for (const to of ['PLATFORM_BUILDING', 'SCALING_UP'] as const) {
      const d = refused(planMove({ snapshot: ready, to, actorRole: manager }));
      expect(d.code).toBe('STAGE_GATE_NOT_MET');
      expect(d.unmet).toHaveLength(1);
      expect(d.unmet[0]?.kind).toBe('STAGE_SKIPPED');
      expect(d.unmet[0]?.message).toMatch(/cannot be skipped/);
    }
  });
});

describe('who may move a startup', () => {
  it.each(['FOUNDER', 'FUND_MANAGER', 'BOARD'] as const)('refuses a %s any move', (actorRole) => {
    const ready = startup('CONNECTION', { cohortId: 'c1' });
    expect(refused(planMove({ snapshot: ready, to: 'INCUBATION', actorRole })).code).toBe('FORBIDDEN');
    expect(refused(planMove({ snapshot: startup('INCUBATION'), to: 'CONNECTION', actorRole, reason: 'x' })).code).toBe(
      'FORBIDDEN',
    );
    expect(refused(planMove({ snapshot: ready, to: 'DISCONTINUED', actorRole, reason: 'x' })).code).toBe('FORBIDDEN');
  });

  it.each(['INCUBATOR_MANAGER', 'ADMIN'] as const)('lets a %s move forward, back and to an end', (actorRole) => {
    expect(planMove({ snapshot: startup('CONNECTION', { cohortId: 'c' }), to: 'INCUBATION', actorRole }).ok).toBe(true);
    expect(planMove({ snapshot: startup('INCUBATION'), to: 'CONNECTION', actorRole, reason: 'Team split' }).ok).toBe(
      true,
    );
    expect(planMove({ snapshot: startup('INCUBATION'), to: 'GRADUATED', actorRole, reason: 'Acquired' }).ok).toBe(true);
  });
});

describe('moving back and ending', () => {
  it('moves back exactly one stage with a written reason', () => {
    expect(
      planMove({
        snapshot: startup('SCALING_UP'),
        to: 'PLATFORM_BUILDING',
        actorRole: manager,
        reason: 'Registration revoked',
      }),
    ).toEqual({
      ok: true,
      direction: 'BACK',
    });
  });

  it('refuses a move back without a reason, or with a blank one', () => {
    for (const reason of [undefined, null, '', '   \n']) {
      const d = refused(planMove({ snapshot: startup('INCUBATION'), to: 'CONNECTION', actorRole: manager, reason }));
      expect(d.code).toBe('BAD_USER_INPUT');
      expect(d.field).toBe('reason');
    }
  });

  it('refuses a move back by more than one stage', () => {
    const d = refused(planMove({ snapshot: startup('SCALING_UP'), to: 'INCUBATION', actorRole: manager, reason: 'x' }));
    expect(d.code).toBe('BAD_USER_INPUT');
  });

  it.each(['GRADUATED', 'DISCONTINUED'] as const)(
    'ends a startup as %s from any forward stage, with a reason',
    (to) => {
      for (const from of FORWARD_STAGES) {
        expect(planMove({ snapshot: startup(from), to, actorRole: manager, reason: 'Decided by the board' })).toEqual({
          ok: true,
          direction: 'END',
        });
        const d = refused(planMove({ snapshot: startup(from), to, actorRole: manager }));
        expect(d.code).toBe('BAD_USER_INPUT');
        expect(d.field).toBe('reason');
      }
    },
  );

  it('moves nothing out of an end stage', () => {
    for (const from of END_STAGES) {
      for (const to of STAGES.filter((s) => s !== from)) {
        const d = refused(
          planMove({ snapshot: startup(from, { cohortId: 'c' }), to, actorRole: 'ADMIN', reason: 'Reopen' }),
        );
        expect(d.code).toBe('STAGE_GATE_NOT_MET');
        expect(d.unmet[0]?.kind).toBe('STARTUP_ENDED');
      }
    }
  });

  it('refuses a move to the stage the startup is already in', () => {
    for (const stage of STAGES) {
      const d = refused(planMove({ snapshot: startup(stage), to: stage, actorRole: manager, reason: 'x' }));
      expect(d.code).toBe('BAD_USER_INPUT');
    }
  });
});

describe('assertMove', () => {
  it('returns the direction of an allowed move and throws a refusal as a DomainError with the unmet list', () => {
    expect(assertMove({ snapshot: startup('INCUBATION'), to: 'CONNECTION', actorRole: manager, reason: 'r' })).toBe(
      'BACK',
    );
    try {
      assertMove({ snapshot: startup('CONNECTION'), to: 'INCUBATION', actorRole: manager });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(DomainError);
      const err = e as DomainError;
      expect(err.code).toBe('STAGE_GATE_NOT_MET');
      expect(err.details).toMatchObject({ from: 'CONNECTION', to: 'INCUBATION', unmet: [{ kind: 'IN_COHORT' }] });
    }
  });
});
