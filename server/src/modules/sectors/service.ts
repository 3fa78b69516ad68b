// The sector list: read by everyone (pick lists, labels), edited by ADMIN. A sector's code never changes once
// created, so what startups and problem statements store stays valid; names may be corrected.
import type { EntityManager } from '@mikro-orm/postgresql';
import { LockMode } from '@mikro-orm/core';
import { badInput, notFound, requireText } from '@launchpad/shared';
import type { Actor } from '../../graphql/context';
import { recordAudit } from '../audit';
import { SectorSchema, type Sector } from './entities';

const CODE = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const NAME_RULES = { max: 100 } as const;

/** Every sector in use (not retired by a merge), by Vietnamese name (the column's Vietnamese collation). */
export function listSectors(em: EntityManager): Promise<Sector[]> {
  return em.find(SectorSchema, { retiredAt: null }, { orderBy: { nameVi: 'asc' } });
}

/**
 * The code of the sector a client named in `field`: its code or, for clients written before the list, its exact
 * Vietnamese name. Anything else is refused with BAD_USER_INPUT naming the field.
 */
export async function requireSector(em: EntityManager, field: string, value: unknown): Promise<string> {
  const given = requireText(field, value, NAME_RULES);
  // A sector retired by a merge still resolves, to the one it was merged into.
  const [row] = await em.execute<{ code: string }[]>(
    'select coalesce(merged_into, code) as code from sectors where code = ? or name_vi = ? order by code = ? desc limit 1',
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

/** Where a sector's code is stored: startups, problem statements and priority tasks (mentors: a JSON list). */
const SECTOR_COLUMNS = [
  ['startups', 'sector'],
  ['challenges', 'sector'],
  ['priority_tasks', 'field'],
] as const;

/**
 * Merges a duplicate sector into the one kept (ADMIN): everything that used the duplicate moves to the kept sector
 * in one transaction, the duplicate is retired (its code then resolves to the kept one) and the audit log records
 * how many rows moved. Sectors merged earlier into the duplicate now point at the kept one.
 */
export async function mergeSector(em: EntityManager, actor: Actor, code: string, into: string): Promise<Sector> {
  const from = requireText('code', code, { max: 50 });
  const kept = requireText('into', into, { max: 50 });
  if (from === kept) throw badInput('into', 'Choose another sector to keep.');
  return em.transactional(async (tx) => {
    // Both rows locked in one order, so two merges of the same pair cannot interleave.
    const rows = await tx.find(
      SectorSchema,
      { code: { $in: [from, kept] } },
      { orderBy: { code: 'asc' }, lockMode: LockMode.PESSIMISTIC_WRITE },
    );
    const duplicate = rows.find((r) => r.code === from);
    const target = rows.find((r) => r.code === kept);
    if (!duplicate) throw notFound('Sector');
    if (!target) throw badInput('into', 'Choose a sector from the list.');
    if (duplicate.retiredAt) throw badInput('code', 'This sector was already merged into another.');
    if (target.retiredAt) throw badInput('into', 'This sector was merged into another: keep that one instead.');
    const moved: Record<string, number> = {};
    for (const [table, column] of SECTOR_COLUMNS) {
      const rows = await tx.execute<{ id: string }[]>(
        `update ${table} set ${column} = ? where ${column} = ? returning id`,
        [kept, from],
      );
      moved[table] = rows.length;
    }
    // A mentor lists sectors: the duplicate is replaced by the kept one, once.
    const mentors = await tx.execute<{ id: string }[]>(
      `update mentor_profiles set sectors = (
         select coalesce(jsonb_agg(distinct case when e.v = ? then ? else e.v end), '[]'::jsonb)
           from jsonb_array_elements_text(sectors) e(v))
        where sectors @> jsonb_build_array(?::text) returning id`,
      [from, kept, from],
    );
    moved.mentors = mentors.length;
    await tx.execute('update sectors set merged_into = ? where merged_into = ?', [kept, from]);
    duplicate.mergedInto = kept;
    duplicate.retiredAt = new Date();
    await tx.flush();
    recordAudit(tx, actor, {
      action: 'sector.merged',
      entityType: 'Sector',
      entityId: from,
      before: { nameVi: duplicate.nameVi, nameEn: duplicate.nameEn },
      after: { mergedInto: kept, moved },
    });
    return target;
  });
}
