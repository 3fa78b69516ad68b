// A program of the innovation center; its stage gates are data, not code.
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import type { StageGates } from '@launchpad/shared';

export const ProgramSchema = defineEntity({
  name: 'Program',
  tableName: 'programs',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    name: p.string().length(200).unique(),
    description: p.text().nullable(),
    gates: p.json<StageGates>(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});
export type Program = InferEntity<typeof ProgramSchema>;
