// One read model per GraphQL type: every type the server's resolvers are typed against (codegen's mappers) is a
// `…View` of the read.ts of the module whose schema.graphql defines it — never an ORM entity, never a type kept
// in a service or an engine. Which types must have a mapper: every object type that stands for a record — it has
// an `id` field — and every type a mutation returns. Pure value types (amounts, counts, edges, connections, page
// info) may stay unmapped.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Kind, parse, type TypeNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import config from '../../codegen';

const root = fileURLToPath(new URL('../..', import.meta.url));
const modulesDir = join(root, 'server/src/modules');

function serverMappers(): Record<string, string> {
  const output = config.generates['server/src/graphql/generated.ts'] as { config: { mappers: Record<string, string> } };
  return output.config.mappers;
}

/** The object types (not inputs, enums or extensions of Query/Mutation) each module's schema.graphql defines. */
function objectTypesByModule(): Map<string, string[]> {
  const byModule = new Map<string, string[]>();
  for (const module of readdirSync(modulesDir)) {
    const file = join(modulesDir, module, 'schema.graphql');
    if (!existsSync(file)) continue;
    const names = parse(readFileSync(file, 'utf8'))
      .definitions.filter((d) => d.kind === Kind.OBJECT_TYPE_DEFINITION)
      .map((d) => d.name.value);
    byModule.set(module, names);
  }
  return byModule;
}

/** The types any Mutation field returns, lists and non-null wrappers taken off. */
function mutationResults(): Set<string> {
  const results = new Set<string>();
  for (const file of schemaFiles()) {
    for (const d of parse(readFileSync(file, 'utf8')).definitions) {
      const isMutation =
        (d.kind === Kind.OBJECT_TYPE_DEFINITION || d.kind === Kind.OBJECT_TYPE_EXTENSION) &&
        d.name.value === 'Mutation';
      if (!isMutation) continue;
      for (const field of d.fields ?? []) results.add(namedType(field.type));
    }
  }
  return results;
}

function schemaFiles(): string[] {
  const modules = readdirSync(modulesDir).map((m) => join(modulesDir, m, 'schema.graphql'));
  return [join(root, 'server/src/graphql/schema.graphql'), ...modules.filter((f) => existsSync(f))];
}

function namedType(type: TypeNode): string {
  return type.kind === Kind.NAMED_TYPE ? type.name.value : namedType(type.type);
}

/** The record types each module's schema defines: those with an `id` field, and those a mutation returns. */
function recordTypesByModule(): Map<string, string[]> {
  const returned = mutationResults();
  const byModule = new Map<string, string[]>();
  for (const module of objectTypesByModule().keys()) {
    const file = join(modulesDir, module, 'schema.graphql');
    const records = parse(readFileSync(file, 'utf8'))
      .definitions.flatMap((d) => (d.kind === Kind.OBJECT_TYPE_DEFINITION ? [d] : []))
      .filter((d) => returned.has(d.name.value) || (d.fields ?? []).some((f) => f.name.value === 'id'))
      .map((d) => d.name.value);
    byModule.set(module, records);
  }
  return byModule;
}

const VIEW_MAPPER = /^\.\.\/modules\/([a-z-]+)\/read#([A-Z]\w*View)$/;

describe('one read model per GraphQL type', () => {
  it('maps every mapped type to a …View of a module’s read.ts', () => {
    const notViews = Object.entries(serverMappers())
      .filter(([, target]) => !VIEW_MAPPER.test(target))
      .map(([type, target]) => `${type} → ${target}`);
    expect(notViews).toEqual([]);
  });

  it('names a view that the module’s read.ts exports', () => {
    const missing = Object.entries(serverMappers()).flatMap(([type, target]) => {
      const match = VIEW_MAPPER.exec(target);
      if (!match) return [];
      const [, module, view] = match;
      const file = join(modulesDir, module!, 'read.ts');
      const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
      return new RegExp(`export (interface|type) ${view}\\b`).test(text) ? [] : [`${type} → ${target}`];
    });
    expect(missing).toEqual([]);
  });

  it('gives every module whose schema defines an object type a read.ts', () => {
    const without = [...objectTypesByModule()]
      .filter(([module, types]) => types.length > 0 && !existsSync(join(modulesDir, module, 'read.ts')))
      .map(([module]) => module);
    expect(without).toEqual([]);
  });

  it('keeps each mapped type’s view in the read.ts of the module whose schema defines the type', () => {
    const owner = new Map<string, string>();
    for (const [module, types] of objectTypesByModule()) for (const type of types) owner.set(type, module);
    const misplaced = Object.entries(serverMappers()).flatMap(([type, target]) => {
      const module = owner.get(type);
      if (!module) return [`${type}: no module schema defines it`];
      if (!existsSync(join(modulesDir, module, 'read.ts'))) return [`${type}: modules/${module} has no read.ts`];
      return VIEW_MAPPER.exec(target)?.[1] === module ? [] : [`${type} → ${target} (defined in modules/${module})`];
    });
    expect(misplaced).toEqual([]);
  });

  it('maps every record type (one with an `id`, or one a mutation returns) to a view', () => {
    const mapped = serverMappers();
    const unmapped = [...recordTypesByModule()].flatMap(([module, types]) =>
      types.filter((type) => !mapped[type]).map((type) => `${type} (modules/${module})`),
    );
    expect(unmapped).toEqual([]);
  });
});
