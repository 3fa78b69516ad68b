// The list of sectors a startup or problem statement belongs to: a stable code and its Vietnamese and English names.
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { VI_COLLATION } from '../../db/search';

export const SectorSchema = defineEntity({
  name: 'Sector',
  tableName: 'sectors',
  checks: [
    { name: 'sectors_code_check', expression: "code ~ '^[a-z0-9]+(-[a-z0-9]+)*$'" },
    { name: 'sectors_merged_into_check', expression: 'merged_into is distinct from code' },
    { name: 'sectors_retired_check', expression: '(merged_into is null) = (retired_at is null)' },
  ],
  properties: {
    code: p.string().length(50).primary(),
    nameVi: p.string().length(100).collation(VI_COLLATION).unique(),
    nameEn: p.string().length(100),
    /** Set when this duplicate was merged into another sector: it is retired and its code resolves to that one. */
    mergedInto: p.string().length(50).nullable(),
    retiredAt: p.datetime().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p
      .datetime()
      .onCreate(() => new Date())
      .onUpdate(() => new Date()),
  },
});
export type Sector = InferEntity<typeof SectorSchema>;
