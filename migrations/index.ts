// Every migration, in order. Generated from the entities, reviewed, never edited after landing.
import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261123000100Foundation } from './Migration20261123000100Foundation';

export const migrationsList: MigrationObject[] = [
  { name: 'Migration20261123000100Foundation', class: Migration20261123000100Foundation },
];
