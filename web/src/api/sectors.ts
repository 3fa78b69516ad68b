// Operations of the sector list: read by every page that shows or picks a sector, edited by ADMIN.
import { graphql } from './generated';

export const SectorFields = graphql(`
  fragment SectorFields on Sector {
    code
    nameVi
    nameEn
  }
`);

export const SectorsQuery = graphql(`
  query Sectors {
    sectors {
      ...SectorFields
    }
  }
`);

export const CreateSectorMutation = graphql(`
  mutation CreateSector($input: CreateSectorInput!) {
    createSector(input: $input) {
      ...SectorFields
    }
  }
`);

export const RenameSectorMutation = graphql(`
  mutation RenameSector($code: String!, $input: RenameSectorInput!) {
    renameSector(code: $code, input: $input) {
      ...SectorFields
    }
  }
`);

export const MergeSectorMutation = graphql(`
  mutation MergeSector($code: String!, $into: String!) {
    mergeSector(code: $code, into: $into) {
      ...SectorFields
    }
  }
`);
