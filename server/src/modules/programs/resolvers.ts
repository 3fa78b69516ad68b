// Thin resolvers of the programs module.
import type { OperationPolicy } from '../../graphql/authorize';
import { requireActor } from '../../graphql/authorize';
import type { Resolvers } from '../../graphql/generated';
import * as programs from './service';

export const programsPolicy: OperationPolicy = {
  Query: { programs: 'AUTHENTICATED', program: 'AUTHENTICATED' },
  Mutation: { createProgram: ['ADMIN'], setProgramGates: ['ADMIN'] },
};

export const programsResolvers: Resolvers = {
  Query: {
    programs: (_root, _args, ctx) => programs.listPrograms(ctx.em),
    program: (_root, { id }, ctx) => programs.findProgram(ctx.em, id),
  },
  Mutation: {
    createProgram: (_root, { input }, ctx) => programs.createProgram(ctx.em, requireActor(ctx), input),
    setProgramGates: (_root, { id, gates }, ctx) => programs.setProgramGates(ctx.em, requireActor(ctx), id, gates),
  },
  Program: {
    gates: (program) => programs.gatesView(program.gates) as never,
  },
};
