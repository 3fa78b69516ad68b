// The StrategicPartner as GraphQL reads it, with its agreements and sponsored statements (the pilots module adds
// its pilot startups by a loader): the register and its writes map partners to this view.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { ChallengeStatus, PartnerKind } from '../../graphql/generated';
import { PartnerAgreementSchema, type StrategicPartner } from './entities';

export interface PartnerAgreementView {
  id: string;
  title: string;
  signedOn: string;
  validTo: string | null;
  scope: string;
}

export interface PartnerChallengeView {
  id: string;
  title: string;
  status: ChallengeStatus;
}

export interface StrategicPartnerView {
  id: string;
  name: string;
  kind: PartnerKind;
  country: string;
  website: string | null;
  fundMemberId: string | null;
  fundMemberName: string | null;
  agreements: PartnerAgreementView[];
  sponsoredChallenges: PartnerChallengeView[];
}

/** Partners with their agreements, sponsored statements and fund member, in a fixed number of statements. */
export async function partnerViews(em: EntityManager, list: StrategicPartner[]): Promise<StrategicPartnerView[]> {
  if (list.length) await em.populate(list, ['sponsoredChallenges', 'fundMember']);
  const ids = list.map((p) => p.id);
  const agreements = ids.length
    ? await em.find(PartnerAgreementSchema, { partner: { $in: ids } }, { orderBy: { signedOn: 'desc' } })
    : [];
  return list.map((p) => ({
    id: p.id,
    name: p.name,
    kind: p.kind,
    country: p.country,
    website: p.website ?? null,
    fundMemberId: p.fundMember?.id ?? null,
    fundMemberName: p.fundMember?.name ?? null,
    agreements: agreements
      .filter((a) => a.partner.id === p.id)
      .map((a) => ({ id: a.id, title: a.title, signedOn: a.signedOn, validTo: a.validTo ?? null, scope: a.scope })),
    sponsoredChallenges: p.sponsoredChallenges.getItems().map((c) => ({ id: c.id, title: c.title, status: c.status })),
  }));
}

/** One partner (what a write touched) as its view. */
export async function partnerView(em: EntityManager, partner: StrategicPartner): Promise<StrategicPartnerView> {
  return (await partnerViews(em, [partner]))[0]!;
}
