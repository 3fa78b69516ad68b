// Reads of the fund-rules module: a fund's rule versions and vehicle, and the views GraphQL reads (rules, checks,
// the vehicle, refusals, the legal rule sets). The ledger figures a preview needs are in ledger.ts.
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  FUND_RULE_KINDS,
  FUND_RULE_SET,
  FUND_RULE_UNIT,
  withEffectiveTo,
  type FundRuleSetName,
  type FundRuleUnit,
  type RuleCheck,
  type FundRuleKind,
  type FundRuleVersion,
  type FundRuleVersionView,
} from '@launchpad/shared';
import {
  FundRuleSchema,
  FundVehicleSchema,
  type FundRule,
  type FundRuleRefusal,
  type FundVehicle,
  type FundVehicleKind,
} from './entities';

function toVersion(row: FundRule): FundRuleVersion {
  return {
    id: row.id,
    kind: row.kind as FundRuleKind,
    limit: row.limitValue,
    scope: row.scope,
    citation: row.citation,
    effectiveFrom: typeof row.effectiveFrom === 'string' ? row.effectiveFrom : isoDay(row.effectiveFrom),
    version: row.version,
    minimum: row.minimumValue ?? null,
    ends: row.endsRule ?? false,
  };
}

function isoDay(value: unknown): string {
  return value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
}

/** Every version of every rule of a fund, oldest first per kind. */
export async function ruleVersions(em: EntityManager, fundId: string): Promise<FundRuleVersion[]> {
  const rows = await em.find(FundRuleSchema, { fundId }, { orderBy: { kind: 'asc', version: 'asc' } });
  return rows.map(toVersion);
}

/** Every version with its derived effective-to day (the whole history). */
export async function ruleHistory(em: EntityManager, fundId: string): Promise<FundRuleVersionView[]> {
  return withEffectiveTo(await ruleVersions(em, fundId));
}

/** The versions in force on `day`, one per kind at most, in the kinds' order (a kind ended by then has none). */
export async function rulesOn(em: EntityManager, fundId: string, day: string): Promise<FundRuleVersionView[]> {
  const history = await ruleHistory(em, fundId);
  return FUND_RULE_KINDS.flatMap((kind) =>
    history.filter(
      (v) => v.kind === kind && !v.ends && v.effectiveFrom <= day && (v.effectiveTo === null || v.effectiveTo >= day),
    ),
  );
}

export async function vehicleOf(em: EntityManager, fundId: string): Promise<FundVehicle | null> {
  return em.findOne(FundVehicleSchema, { fundId });
}

export interface FundRuleSetRuleView {
  kind: FundRuleKind;
  /** Decimal strings: basis points, dong or members (a bigint does not fit GraphQL's Int). */
  limit: string;
  minimum: string | null;
  unit: FundRuleUnit;
  scope: string;
  citation: string;
}

/** One version of a rule: the rule as a legal set writes it, with its id, days in force and version. */
export interface FundRuleView extends FundRuleSetRuleView {
  id: string;
  effectiveFrom: string;
  effectiveTo: string | null;
  version: number;
  reason: string | null;
  ended: boolean;
  createdAt: Date;
}

export function fundRuleView(v: FundRuleVersionView & { reason?: string | null; createdAt?: Date }): FundRuleView {
  return {
    id: v.id,
    kind: v.kind,
    limit: v.limit.toString(),
    minimum: v.minimum === null || v.minimum === undefined ? null : v.minimum.toString(),
    unit: FUND_RULE_UNIT[v.kind],
    scope: v.scope,
    citation: v.citation,
    effectiveFrom: v.effectiveFrom,
    effectiveTo: v.effectiveTo,
    version: v.version,
    reason: v.reason ?? null,
    ended: v.ends ?? false,
    createdAt: v.createdAt ?? new Date(0),
  };
}

/** A version just written (its effective-to is open until a later version exists). */
export function fundRuleRowView(row: FundRule): FundRuleView {
  return fundRuleView({
    id: row.id,
    kind: row.kind,
    limit: row.limitValue,
    minimum: row.minimumValue ?? null,
    scope: row.scope,
    citation: row.citation,
    effectiveFrom: String(row.effectiveFrom),
    effectiveTo: null,
    version: row.version,
    reason: row.reason ?? null,
    ends: row.endsRule ?? false,
    createdAt: row.createdAt,
  });
}

export interface FundRuleCheckView {
  kind: FundRuleKind;
  citation: string;
  ruleId: string | null;
  version: number | null;
  limit: string;
  minimum: string | null;
  current: string;
  headroom: string;
  ok: boolean;
}

export function fundRuleCheckView(c: Omit<RuleCheck, 'version'> & { version: number | null }): FundRuleCheckView {
  return {
    kind: c.kind,
    citation: c.citation,
    ruleId: c.ruleId,
    version: c.version,
    limit: c.limit.toString(),
    minimum: c.minimum === null ? null : c.minimum.toString(),
    current: c.current.toString(),
    headroom: c.headroom.toString(),
    ok: c.ok,
  };
}

export interface FundVehicleView {
  kind: FundVehicleKind;
  legalBasis: string;
  cycleStart: string;
  termYears: number | null;
  reviewAfterYears: number | null;
}

export function fundVehicleView(v: FundVehicle): FundVehicleView {
  return {
    kind: v.kind,
    legalBasis: v.legalBasis,
    cycleStart: String(v.cycleStart),
    termYears: v.termYears ?? null,
    reviewAfterYears: v.reviewAfterYears ?? null,
  };
}

export interface FundRuleRefusalView {
  id: string;
  kind: string;
  code: string;
  citation: string;
  ruleId: string | null;
  action: string;
  onDate: string;
  message: string;
  at: Date;
}

export function fundRuleRefusalView(r: FundRuleRefusal): FundRuleRefusalView {
  return {
    id: r.id,
    kind: r.kind,
    code: r.code,
    citation: r.citation,
    ruleId: r.ruleId ?? null,
    action: r.action,
    onDate: String(r.onDate),
    message: r.message,
    at: r.at,
  };
}

export interface FundRuleSetView {
  name: FundRuleSetName;
  vehicle: FundVehicleKind;
  rules: FundRuleSetRuleView[];
}

/** A legal rule set as written in @launchpad/shared, before it is applied to a fund. */
export function fundRuleSetView(name: FundRuleSetName): FundRuleSetView {
  const set = FUND_RULE_SET[name];
  return {
    name,
    vehicle: set.vehicle,
    rules: set.rules.map((r) => ({
      kind: r.kind,
      limit: r.limit.toString(),
      minimum: r.minimum === undefined ? null : r.minimum.toString(),
      unit: FUND_RULE_UNIT[r.kind],
      scope: r.scope,
      citation: r.citation,
    })),
  };
}
