// Thin resolvers of the programs module.
import type { OperationPolicy } from '../../graphql/authorize';
import { requireActor } from '../../graphql/authorize';
import type { Resolvers } from '../../graphql/generated';
import * as programs from './service';
import { programView, stageGatesView } from './read';

export const programsPolicy: OperationPolicy = {
  Query: { programs: 'AUTHENTICATED', program: 'AUTHENTICATED' },
  Mutation: { createProgram: ['ADMIN'], setProgramGates: ['ADMIN'] },
};

export const programsResolvers: Resolvers = {
  Query: {
    programs: async (_root, _args, ctx) => (await programs.listPrograms(ctx.em)).map(programView),
    program: async (_root, { id }, ctx) => {
      const program = await programs.findProgram(ctx.em, id);
      return program && programView(program);
    },
  },
  Mutation: {
    createProgram: async (_root, { input }, ctx) =>
      programView(await programs.createProgram(ctx.em, requireActor(ctx), input)),
    setProgramGates: async (_root, { id, gates }, ctx) =>
      programView(await programs.setProgramGates(ctx.em, requireActor(ctx), id, gates)),
  },
  Program: {
    gates: (program) => stageGatesView(program.gates),
  },
};
