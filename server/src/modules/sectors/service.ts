// The sector list: read by everyone (pick lists, labels), edited by ADMIN. A sector's code never changes once
// created, so what startups and problem statements store stays valid; names may be corrected.
import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput, notFound, requireText } from '@launchpad/shared';
import type { Actor } from '../../graphql/context';
import { recordAudit } from '../audit';
import { SectorSchema, type Sector } from './entities';

const CODE = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const NAME_RULES = { max: 100 } as const;

/** Every sector, by Vietnamese name (the column's Vietnamese collation). */
export function listSectors(em: EntityManager): Promise<Sector[]> {
  return em.find(SectorSchema, {}, { orderBy: { nameVi: 'asc' } });
}

/**
 * The code of the sector a client named in `field`: its code or, for clients written before the list, its exact
 * Vietnamese name. Anything else is refused with BAD_USER_INPUT naming the field.
 */
export async function requireSector(em: EntityManager, field: string, value: unknown): Promise<string> {
  const given = requireText(field, value, NAME_RULES);
  const [row] = await em.execute<{ code: string }[]>(
    'select code from sectors where code = ? or name_vi = ? order by code = ? desc limit 1',
    [given, given, given],
  );
  if (!row) throw badInput(field, 'Choose a sector from the list.');
  return row.code;
}

export interface SectorInput {
  nameVi: string;
  nameEn: string;
}

function names(input: SectorInput) {
  return {
    nameVi: requireText('nameVi', input.nameVi, NAME_RULES),
    nameEn: requireText('nameEn', input.nameEn, NAME_RULES),
  };
}

async function refuseTakenName(tx: EntityManager, nameVi: string, code: string | null) {
  const [row] = await tx.execute<{ code: string }[]>(
    'select code from sectors where launchpad_fold(name_vi) = launchpad_fold(?) and code is distinct from ? limit 1',
    [nameVi, code],
  );
  if (row) throw badInput('nameVi', 'A sector with this name already exists.');
}

export async function createSector(
  em: EntityManager,
  actor: Actor,
  input: SectorInput & { code: string },
): Promise<Sector> {
  const code = requireText('code', input.code, { max: 50 }).toLowerCase();
  if (!CODE.test(code))
    throw badInput('code', 'Use lower-case letters, digits and single hyphens (e.g. smart-transport).');
  const { nameVi, nameEn } = names(input);
  return em.transactional(async (tx) => {
    if (await tx.count(SectorSchema, { code })) throw badInput('code', 'A sector with this code already exists.');
    await refuseTakenName(tx, nameVi, null);
    const sector = tx.create(SectorSchema, { code, nameVi, nameEn });
    await tx.flush();
    recordAudit(tx, actor, {
      action: 'sector.created',
      entityType: 'Sector',
      entityId: code,
      after: { nameVi, nameEn },
    });
    return sector;
  });
}

export async function renameSector(em: EntityManager, actor: Actor, code: string, input: SectorInput): Promise<Sector> {
  const { nameVi, nameEn } = names(input);
  return em.transactional(async (tx) => {
    const sector = await tx.findOne(SectorSchema, { code: requireText('code', code, { max: 50 }) });
    if (!sector) throw notFound('Sector');
    await refuseTakenName(tx, nameVi, sector.code);
    const before = { nameVi: sector.nameVi, nameEn: sector.nameEn };
    sector.nameVi = nameVi;
    sector.nameEn = nameEn;
    await tx.flush();
    recordAudit(tx, actor, {
      action: 'sector.renamed',
      entityType: 'Sector',
      entityId: code,
      before,
      after: { nameVi, nameEn },
    });
    return sector;
  });
}
