// The subgraph's contract as comparable text: every type, enum, input and scalar it defines, printed with its fields,
// arguments, directives and descriptions. Lets a test hold what `_service { sdl }` publishes (what the gateway composes)
// against schema.graphql (what the team wrote and codegen reads).
import { Kind, parse, print, visit } from 'graphql';

// What buildSubgraphSchema adds on its own; not part of what this team declares.
const FEDERATION_TYPE = /^(_Service|_Any|_Entity|_FieldSet|link__|federation__)/;
const FEDERATION_QUERY_FIELDS = new Set(['_service', '_entities']);

export function contractOf(sdl: string): Record<string, string> {
  const doc = visit(parse(sdl, { noLocation: true }), {
    // The printer writes every description as a block string; the file mixes both forms. Same text, same contract.
    StringValue: (node) => ({ ...node, block: false }),
    FieldDefinition: (node) => (FEDERATION_QUERY_FIELDS.has(node.name.value) ? null : undefined),
  });
  const contract: Record<string, string> = {};
  for (const def of doc.definitions) {
    // Schema definitions and extensions carry only @link; directive definitions are federation's own.
    if (def.kind === Kind.SCHEMA_DEFINITION || def.kind === Kind.SCHEMA_EXTENSION || def.kind === Kind.DIRECTIVE_DEFINITION) continue;
    if (!('name' in def) || !def.name || FEDERATION_TYPE.test(def.name.value)) continue;
    contract[def.name.value] = print(def);
  }
  return contract;
}
