// One read model per GraphQL type: every type the server's resolvers are typed against (codegen's mappers) is a
// `…View` of the read.ts of the module whose schema.graphql defines it — never an ORM entity, never a type kept
// in a service or an engine.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Kind, parse } from 'graphql';
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
});
