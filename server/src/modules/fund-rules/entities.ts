// The fund under the law: each fund's rules as versioned data with their citations (append-only, in the database
// too: a change is a new version, never an edit; a version ends the day before the next one of its kind starts),
// and the fund's vehicle (a business cooperation contract or a fund company) with the start of its investment cycle.
// `fund_id` is a plain column here: this module sits below the fund ledger, which calls it inside its writes.
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { FUND_RULE_KINDS } from '@launchpad/shared';

export const FUND_VEHICLES = ['BCC', 'COMPANY'] as const;
export type FundVehicleKind = (typeof FUND_VEHICLES)[number];

export const FundRuleSchema = defineEntity({
  name: 'FundRule',
  tableName: 'fund_rules',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    fundId: p.uuid().index(),
    kind: p.enum([...FUND_RULE_KINDS]).nativeEnumName('fund_rule_kind'),
    /** Basis points, dong or a member count, by kind. */
    limitValue: p.bigint(),
    /** The lower bound of a range rule (a member count such as "2–30 investors"); null for a plain limit. */
    minimumValue: p.bigint().nullable(),
    scope: p.string().length(300),
    citation: p.text(),
    effectiveFrom: p.date(),
    version: p.integer(),
    reason: p.text().nullable(),
    /** This version ends its kind: from its first day no version of the kind applies (until a later one). */
    endsRule: p.boolean().default(false),
    actorId: p.uuid().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
  uniques: [
    { name: 'fund_rules_fund_id_kind_version_unique', properties: ['fundId', 'kind', 'version'] },
    { name: 'fund_rules_fund_id_kind_effective_from_unique', properties: ['fundId', 'kind', 'effectiveFrom'] },
  ],
  checks: [
    { name: 'fund_rules_limit_check', expression: 'limit_value >= 0 and version >= 1' },
    {
      name: 'fund_rules_minimum_check',
      expression: 'minimum_value is null or (minimum_value >= 0 and minimum_value <= limit_value)',
    },
  ],
});
export type FundRule = InferEntity<typeof FundRuleSchema>;

/** Append-only: a limit refusal, kept (after the refused write rolled back) for the annual risk report. */
export const FundRuleRefusalSchema = defineEntity({
  name: 'FundRuleRefusal',
  tableName: 'fund_rule_refusals',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    fundId: p.uuid().index(),
    ruleId: p.uuid().nullable(),
    kind: p.string().length(50),
    code: p.string().length(50),
    citation: p.text(),
    action: p.string().length(100),
    onDate: p.date(),
    message: p.text(),
    actorId: p.uuid().nullable(),
    at: p.datetime().onCreate(() => new Date()),
  },
});
export type FundRuleRefusal = InferEntity<typeof FundRuleRefusalSchema>;

export const FundVehicleSchema = defineEntity({
  name: 'FundVehicle',
  tableName: 'fund_vehicles',
  properties: {
    fundId: p.uuid().primary(),
    kind: p.enum([...FUND_VEHICLES]).nativeEnumName('fund_vehicle_kind'),
    legalBasis: p.text(),
    /** The first day of the current investment cycle (losses are measured over it). */
    cycleStart: p.date(),
    /** Pilot term in years (a BCC: 10, reviewed after 5); null when open-ended. */
    termYears: p.integer().nullable(),
    reviewAfterYears: p.integer().nullable(),
    updatedAt: p
      .datetime()
      .onCreate(() => new Date())
      .onUpdate(() => new Date()),
  },
  checks: [
    {
      name: 'fund_vehicles_term_check',
      expression:
        '(term_years is null or (term_years >= 1 and term_years <= 99)) and (review_after_years is null or (review_after_years >= 1 and review_after_years <= 99))',
    },
  ],
});
export type FundVehicle = InferEntity<typeof FundVehicleSchema>;

export const fundRuleEntities = [FundRuleSchema, FundRuleRefusalSchema, FundVehicleSchema];
