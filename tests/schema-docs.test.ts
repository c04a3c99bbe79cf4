// The schema is the API's documentation: every type, field, argument, enum value and input field a caller can see in
// the explorer must say what it means. This reads each registered subgraph's own schema.graphql (not the composed one),
// so a gap names the team that owns it, and lists exact coordinates (`members: Query.organizations(first:)`) to fix.
import fs from 'node:fs';
import { Kind, parse, type ASTNode, type DocumentNode, type StringValueNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { subgraphs } from '../scripts/lib/subgraphs.js';

type Described = { description?: StringValueNode | undefined };

// Root operation types: callers read the root fields, not the root type; and five subgraphs each describing `Query`
// would only make composition pick one text arbitrarily. Their fields and arguments are still checked.
const ROOT_TYPES = new Set(['Query', 'Mutation', 'Subscription']);

// Federation machinery a subgraph may declare itself; buildSubgraphSchema documents it, callers never query it directly.
const FEDERATION_TYPES = new Set(['_Any', '_Service', '_Entity', 'FieldSet', 'link__Import', 'link__Purpose']);

const described = (node: Described): boolean => (node.description?.value.trim() ?? '') !== '';

/** Every undescribed coordinate in one subgraph's type definitions, in schema order. */
function undescribed(doc: DocumentNode): string[] {
  const missing: string[] = [];
  const check = (node: Described, coordinate: string) => {
    if (!described(node)) missing.push(coordinate);
  };
  for (const def of doc.definitions as readonly ASTNode[]) {
    switch (def.kind) {
      // `extend schema @link(...)` and directive/schema definitions carry no caller-facing meaning.
      case Kind.SCHEMA_DEFINITION:
      case Kind.SCHEMA_EXTENSION:
      case Kind.DIRECTIVE_DEFINITION:
        continue;
      case Kind.OBJECT_TYPE_DEFINITION:
      case Kind.OBJECT_TYPE_EXTENSION:
      case Kind.INTERFACE_TYPE_DEFINITION:
      case Kind.INTERFACE_TYPE_EXTENSION: {
        const type = def.name.value;
        if (FEDERATION_TYPES.has(type)) continue;
        // `extend type Query` adds fields to a type described elsewhere; the extension itself cannot carry a description.
        const definition = def.kind === Kind.OBJECT_TYPE_DEFINITION || def.kind === Kind.INTERFACE_TYPE_DEFINITION;
        if (definition && !ROOT_TYPES.has(type)) check(def, type);
        for (const field of def.fields ?? []) {
          const coordinate = `${type}.${field.name.value}`;
          check(field, coordinate);
          for (const arg of field.arguments ?? []) check(arg, `${coordinate}(${arg.name.value}:)`);
        }
        continue;
      }
      case Kind.INPUT_OBJECT_TYPE_DEFINITION:
      case Kind.INPUT_OBJECT_TYPE_EXTENSION: {
        const type = def.name.value;
        if (def.kind === Kind.INPUT_OBJECT_TYPE_DEFINITION) check(def, type);
        for (const field of def.fields ?? []) check(field, `${type}.${field.name.value}`);
        continue;
      }
      case Kind.ENUM_TYPE_DEFINITION:
      case Kind.ENUM_TYPE_EXTENSION: {
        const type = def.name.value;
        if (FEDERATION_TYPES.has(type)) continue;
        if (def.kind === Kind.ENUM_TYPE_DEFINITION) check(def, type);
        for (const value of def.values ?? []) check(value, `${type}.${value.name.value}`);
        continue;
      }
      case Kind.SCALAR_TYPE_DEFINITION:
      case Kind.UNION_TYPE_DEFINITION:
        if (!FEDERATION_TYPES.has(def.name.value)) check(def, def.name.value);
        continue;
      default:
        continue;
    }
  }
  return missing;
}

describe('schema documentation', () => {
  it('the checker itself finds an undescribed argument, enum value and input field', () => {
    const doc = parse(`
      extend schema @link(url: "https://specs.apollo.dev/federation/v2.5", import: ["@key"])
      "A thing." type Thing { "Its id." id: ID! list("Described." a: Int, b: Int): [Int] }
      extend type Query { "Things." things(first: Int): [Thing] }
      type Mutation { "Adds a thing." addThing("What to add." input: ThingInput!): Thing }
      "A colour." enum Colour { "Red." RED BLUE }
      "An input." input ThingInput { "Name." name: String note: String }
      type Bare { id: ID! }
    `);
    expect(undescribed(doc)).toEqual([
      'Thing.list',
      'Thing.list(b:)',
      'Query.things(first:)',
      'Colour.BLUE',
      'ThingInput.note',
      'Bare',
      'Bare.id',
    ]);
  });

  // What callers actually browse. Composition keeps one description per element, so this passes once any subgraph
  // describes a shared element; the per-subgraph checks below are the stricter ones.
  it('gateway/schema.graphql (the composed API) has no undescribed element', () => {
    const missing = undescribed(parse(fs.readFileSync(new URL('../gateway/schema.graphql', import.meta.url), 'utf8')));
    expect(missing, `undescribed in gateway/schema.graphql:\n${missing.join('\n')}`).toEqual([]);
  });

  for (const subgraph of subgraphs) {
    it(`${subgraph.name}: every type, field, argument, enum value and input field has a description`, () => {
      const missing = undescribed(subgraph.typeDefs).map((coordinate) => `${subgraph.name}: ${coordinate}`);
      expect(missing, `undescribed in subgraphs/${subgraph.name}/schema.graphql:\n${missing.join('\n')}`).toEqual([]);
    });
  }
});
