// The strategic partner register: managers record partners, their agreements and the statements they sponsor.
import type { EntityManager } from '@mikro-orm/postgresql';
import { LockMode, type FilterQuery } from '@mikro-orm/core';
import { badInput, notFound, optionalText, requireDate, requireEnum, requireText } from '@launchpad/shared';
import type { Actor } from '../../graphql/context';
import { optionalId, requireId } from '../../kernel';
import { recordAudit } from '../audit';
import { ChallengeSchema } from '../challenges';
import { FundMemberSchema } from '../fund';
import { PARTNER_KINDS, PartnerAgreementSchema, StrategicPartnerSchema, type StrategicPartner } from './entities';

export interface PartnerInput {
  name: string;
  kind: string;
  country: string;
  website?: string | null;
  fundMemberId?: string | null;
  sponsoredChallengeIds?: readonly string[] | null;
}

function parsePartner(input: PartnerInput) {
  const website = optionalText('website', input.website, { max: 2000 });
  if (website && !/^https?:\/\/[^\s]+$/i.test(website))
    throw badInput('website', 'website must be a web address (https://…).');
  const challengeIds = (input.sponsoredChallengeIds ?? []).map((id, i) => requireId(`sponsoredChallengeIds[${i}]`, id));
  if (challengeIds.length > 50) throw badInput('sponsoredChallengeIds', 'Link at most 50 problem statements.');
  return {
    name: requireText('name', input.name, { max: 300 }),
    kind: requireEnum('kind', input.kind, PARTNER_KINDS),
    country: requireText('country', input.country, { max: 100 }),
    website,
    fundMemberId: optionalId('fundMemberId', input.fundMemberId),
    challengeIds: [...new Set(challengeIds)],
  };
}

async function applyPartner(tx: EntityManager, partner: StrategicPartner, data: ReturnType<typeof parsePartner>) {
  const [taken] = await tx.execute<{ id: string }[]>(
    'select id from strategic_partners where lower(name) = lower(?) and id is distinct from ? limit 1',
    [data.name, partner.id ?? null],
  );
  if (taken) throw badInput('name', 'A partner with this name is already registered.');
  const member = data.fundMemberId ? await tx.findOne(FundMemberSchema, data.fundMemberId) : null;
  if (data.fundMemberId && !member) throw badInput('fundMemberId', 'No fund member has this id.');
  const challenges = data.challengeIds.length ? await tx.find(ChallengeSchema, { id: { $in: data.challengeIds } }) : [];
  const missing = data.challengeIds.findIndex((id) => !challenges.some((c) => c.id === id));
  if (missing >= 0) throw badInput(`sponsoredChallengeIds[${missing}]`, 'No problem statement has this id.');
  Object.assign(partner, {
    name: data.name,
    kind: data.kind,
    country: data.country,
    website: data.website,
    fundMember: member,
  });
  if (partner.sponsoredChallenges.isInitialized()) partner.sponsoredChallenges.set(challenges);
  else {
    await tx.populate(partner, ['sponsoredChallenges']);
    partner.sponsoredChallenges.set(challenges);
  }
}

export async function createPartner(em: EntityManager, actor: Actor, input: PartnerInput) {
  const data = parsePartner(input);
  return em.transactional(async (tx) => {
    const partner = tx.create(StrategicPartnerSchema, {
      name: data.name,
      kind: data.kind,
      country: data.country,
      website: data.website,
      fundMember: null,
    });
    await applyPartner(tx, partner, data);
    await tx.flush();
    recordAudit(tx, actor, {
      action: 'partner.created',
      entityType: 'StrategicPartner',
      entityId: partner.id,
      after: data,
    });
    return partner;
  });
}

export async function updatePartner(em: EntityManager, actor: Actor, id: string, input: PartnerInput) {
  const data = parsePartner(input);
  return em.transactional(async (tx) => {
    const partner = await tx.findOne(StrategicPartnerSchema, requireId('id', id), {
      lockMode: LockMode.PESSIMISTIC_WRITE,
    });
    if (!partner) throw notFound('Strategic partner');
    const before = { name: partner.name, kind: partner.kind };
    await applyPartner(tx, partner, data);
    await tx.flush();
    recordAudit(tx, actor, {
      action: 'partner.updated',
      entityType: 'StrategicPartner',
      entityId: partner.id,
      before,
      after: data,
    });
    return partner;
  });
}

export interface AgreementInput {
  partnerId: string;
  title: string;
  signedOn: string;
  validTo?: string | null;
  scope: string;
}

export async function addAgreement(em: EntityManager, actor: Actor, input: AgreementInput) {
  const partnerId = requireId('partnerId', input.partnerId);
  const data = {
    title: requireText('title', input.title, { max: 300 }),
    signedOn: requireDate('signedOn', input.signedOn),
    validTo: input.validTo == null ? null : requireDate('validTo', input.validTo),
    scope: requireText('scope', input.scope, { max: 5000, multiline: true }),
  };
  if (data.validTo && data.validTo < data.signedOn) throw badInput('validTo', 'validTo must not be before signedOn.');
  return em.transactional(async (tx) => {
    const partner = await tx.findOne(StrategicPartnerSchema, partnerId);
    if (!partner) throw badInput('partnerId', 'No strategic partner has this id.');
    const agreement = tx.create(PartnerAgreementSchema, { ...data, partner });
    await tx.flush();
    recordAudit(tx, actor, {
      action: 'partner.agreement-added',
      entityType: 'StrategicPartner',
      entityId: partner.id,
      after: { agreementId: agreement.id, ...data },
    });
    return partner;
  });
}

export async function listPartners(em: EntityManager, kind?: string | null) {
  const where: FilterQuery<StrategicPartner> = kind ? { kind: requireEnum('kind', kind, PARTNER_KINDS) } : {};
  return em.find(StrategicPartnerSchema, where, { orderBy: { name: 'asc' } });
}
