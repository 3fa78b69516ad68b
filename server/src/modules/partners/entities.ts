// The register of strategic partners (corporations, universities, institutes, international partners), their
// agreements (MoUs), the problem statements they sponsor and the fund member they are.
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { ChallengeSchema } from '../challenges';
import { FundMemberSchema } from '../fund';

export const PARTNER_KINDS = ['CORPORATION', 'UNIVERSITY', 'INSTITUTE', 'INTERNATIONAL'] as const;

export const StrategicPartnerSchema = defineEntity({
  name: 'StrategicPartner',
  tableName: 'strategic_partners',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    name: p.string().length(300).unique(),
    kind: p.enum([...PARTNER_KINDS]).nativeEnumName('partner_kind'),
    country: p.string().length(100),
    website: p.string().length(2000).nullable(),
    /** The fund member this partner is, when it invests in the fund. */
    fundMember: () => p.manyToOne(FundMemberSchema).nullable().deleteRule('set null'),
    sponsoredChallenges: () => p.manyToMany(ChallengeSchema).owner().pivotTable('partner_challenges'),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});
export type StrategicPartner = InferEntity<typeof StrategicPartnerSchema>;

/** An agreement (memorandum of understanding) with a partner. */
export const PartnerAgreementSchema = defineEntity({
  name: 'PartnerAgreement',
  tableName: 'partner_agreements',
  checks: [{ name: 'partner_agreements_dates_check', expression: 'valid_to is null or valid_to >= signed_on' }],
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    partner: () => p.manyToOne(StrategicPartnerSchema).deleteRule('cascade').index(),
    title: p.string().length(300),
    signedOn: p.date(),
    validTo: p.date().nullable(),
    scope: p.text(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});
export type PartnerAgreement = InferEntity<typeof PartnerAgreementSchema>;

export const partnerEntities = [StrategicPartnerSchema, PartnerAgreementSchema];
