// The Sector as GraphQL reads it: the list and the admin's writes map the entity to this view.
import type { Sector } from './entities';

export interface SectorView {
  code: string;
  nameVi: string;
  nameEn: string;
}

export function sectorView(sector: Sector): SectorView {
  return { code: sector.code, nameVi: sector.nameVi, nameEn: sector.nameEn };
}
