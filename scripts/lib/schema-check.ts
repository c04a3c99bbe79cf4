// The schema check: what a change to the graph's contracts does to the clients that depend on them.
//
// It compares each subgraph's schema.graphql and the freshly composed client (API) schema with the last published ones
// (schema/published/, written only by a passing `--publish`) or with those at a git ref, using @graphql-inspector/core.
// A breaking change fails unless (a) the element it touches was deprecated, with a reason, in the published schema,
// or (b) a reviewed entry in schema/allowed-breaking.json names it with a reason. Independently, every registered client
// operation (tests/operations/*.graphql, clients/**/*.graphql) must still validate against the new client schema: an
// allowed or deprecated removal still fails while a registered operation uses the field.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { CriticalityLevel, diff, type Change } from '@graphql-inspector/core';
import {
  GraphQLError,
  Kind,
  NoDeprecatedCustomRule,
  Source,
  buildASTSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isUnionType,
  parse,
  specifiedRules,
  validate,
  type ConstDirectiveNode,
  type DefinitionNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { SUBGRAPH_NAMES, type SubgraphName } from '@unmn/shared/config';
import { API_SCHEMA_PATH, InputError, REPO_ROOT, compose, parseSdl, readSubgraphSchema, subgraphSchemaPath, type SubgraphSdl } from './compose.js';

export const PUBLISHED_DIR = 'schema/published';
export const ALLOW_LIST_PATH = 'schema/allowed-breaking.json';
export const CHANGELOG_PATH = 'schema/CHANGELOG.md';
/** Where registered client operations live: the graph's own end-to-end operations and partner teams' registrations. */
export const OPERATION_DIRS = { tests: 'tests/operations', clients: 'clients' } as const;

/** `client` is the composed API schema; the other names are subgraphs. */
export const CLIENT = 'client';
export type SchemaName = SubgraphName | typeof CLIENT;

export type Level = 'BREAKING' | 'DANGEROUS' | 'NON_BREAKING';

export interface AllowEntry {
  schema: string;
  path: string;
  reason: string;
}

/** Every schema's SDL at one point in time; null where that schema did not exist (not yet published, a new subgraph). */
export interface SchemaSet {
  subgraphs: Partial<Record<SubgraphName, string | null>>;
  client: string | null;
}

export interface JudgedChange {
  schema: SchemaName;
  level: Level;
  type: string;
  path: string;
  message: string;
  /** For a breaking change: why it may pass, or undefined when it blocks. */
  allowedBy?: { rule: 'deprecated'; reason: string } | { rule: 'allow-list'; reason: string };
  /** For a blocking change: what would allow it. */
  remedy?: string;
}

export interface SchemaReport {
  schema: SchemaName;
  /** `new`: nothing published (or nothing at the ref) to compare with. */
  status: 'new' | 'unchanged' | 'changed';
  changes: JudgedChange[];
}

export interface ClientOperation {
  /** Path relative to the root, e.g. clients/partner-portal/countries.graphql. */
  file: string;
  source: string;
}

export interface OperationProblem {
  file: string;
  operation: string;
  message: string;
  line?: number;
}

export interface CheckReport {
  schemas: SchemaReport[];
  /** Breaking changes that nothing allows: the check fails on any. */
  blocking: JudgedChange[];
  operationsChecked: number;
  /** Registered operations that no longer validate: the check fails on any. */
  brokenOperations: OperationProblem[];
  /** Registered operations that use a deprecated element: they block its removal; printed, never failing. */
  deprecatedUsage: OperationProblem[];
  /** Allow-list entries that matched no change (stale once the change is published). */
  unusedAllowEntries: AllowEntry[];
  passed: boolean;
}

// Federation machinery buildSubgraphSchema adds to every subgraph, and the federation directives a subgraph imports:
// the gateway uses them, clients never see them, and composition already refuses a supergraph they would break.
const FEDERATION_TYPES = new Set(['_Entity', '_Any', '_Service', 'FieldSet', '_FieldSet', 'link__Import', 'link__Purpose']);
const isFederationPath = (p: string) => {
  const [first, second] = p.split('.');
  return FEDERATION_TYPES.has(first) || first.startsWith('federation__') || first.startsWith('@') || (first === 'Query' && (second === '_entities' || second === '_service'));
};

/** Builds a subgraph's schema as the subgraph itself serves it; errors name the file. */
export function buildSubgraph(sdl: string, origin: string): GraphQLSchema {
  const typeDefs = parseSdl(sdl, origin);
  try {
    return buildSubgraphSchema([{ typeDefs }]);
  } catch (error) {
    throw new InputError(`${origin}: not a valid subgraph schema: ${(error as Error).message}`);
  }
}

export function buildClientSchema(sdl: string, origin: string): GraphQLSchema {
  try {
    return buildASTSchema(parseSdl(sdl, origin));
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`${origin}: not a valid schema: ${(error as Error).message}`);
  }
}

// --- rule (a): deprecated in the published schema -------------------------------------------------------------------

/** The deprecation reason when `@deprecated(reason: "...")` is written out with a non-empty reason; a bare @deprecated does not count. */
function explicitReason(node: { astNode?: { directives?: readonly ConstDirectiveNode[] } | null } | undefined): string | null {
  const directive = node?.astNode?.directives?.find((d) => d.name.value === 'deprecated');
  const reason = directive?.arguments?.find((a) => a.name.value === 'reason')?.value;
  return reason?.kind === Kind.STRING && reason.value.trim() ? reason.value : null;
}

/**
 * The deprecation reason covering `coordinate` in `schema`: the element itself or the field it belongs to (a change to
 * a deprecated field's arguments is part of retiring that field). Paths are inspector's: `Type.field`,
 * `Type.field.argument`, `Input.field`, `Enum.VALUE`.
 */
export function deprecationCovering(schema: GraphQLSchema, coordinate: string): string | null {
  const [typeName, member, argument] = coordinate.split('.').filter((part) => !part.startsWith('@'));
  const type = schema.getType(typeName);
  if (!type || member === undefined) return null;
  if (isObjectType(type) || isInterfaceType(type)) {
    const field = type.getFields()[member];
    if (!field) return null;
    return explicitReason(field) ?? (argument !== undefined ? explicitReason(field.args.find((a) => a.name === argument)) : null);
  }
  if (isInputObjectType(type)) return explicitReason(type.getFields()[member]);
  if (isEnumType(type)) return explicitReason(type.getValue(member) ?? undefined);
  return null;
}

/**
 * A removed type is retired with what used it: allowed when every field, argument and input field that referred to it
 * in the published schema was deprecated, or belongs to a type removed in the same change, and no surviving union
 * listed it.
 */
function removedTypeCovered(schema: GraphQLSchema, typeName: string, removed: Set<string>): string | null {
  const users: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || removed.has(type.name)) continue;
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (getNamedType(field.type).name === typeName) users.push(`${type.name}.${field.name}`);
        for (const arg of field.args) if (getNamedType(arg.type).name === typeName) users.push(`${type.name}.${field.name}.${arg.name}`);
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) if (getNamedType(field.type).name === typeName) users.push(`${type.name}.${field.name}`);
    } else if (isUnionType(type) && type.getTypes().some((t) => t.name === typeName)) {
      return null;
    }
  }
  if (!users.length) return null;
  const reasons = users.map((u) => deprecationCovering(schema, u));
  return reasons.every((r) => r !== null) ? `only used by deprecated ${users.join(', ')}` : null;
}

/**
 * Inspector reports one deprecation up to three times (the deprecation, the @deprecated usage, its reason argument).
 * Keeps the dedicated deprecation change where there is one, and drops the reason argument's own line.
 */
function withoutDeprecationEchoes(changes: Change[]): Change[] {
  const dedicated = new Set(changes.filter((c) => /DEPRECATION/.test(c.type) && c.path).map((c) => c.path));
  return changes.filter((c) => {
    if (!c.type.startsWith('DIRECTIVE_USAGE_') || !c.path?.includes('.@deprecated')) return true;
    if (c.path.endsWith('.@deprecated.reason')) return false;
    return !dedicated.has(c.path);
  });
}

// --- comparing one schema --------------------------------------------------------------------------------------------

function remedyFor(schema: SchemaName, change: Change, deprecatable: boolean): string {
  const entry = JSON.stringify({ schema, path: change.path, reason: '...' });
  const listIt = `list ${entry} in ${ALLOW_LIST_PATH} (rule b)`;
  return deprecatable
    ? `deprecate ${change.path} with @deprecated(reason: "...") and publish that first (rule a), or ${listIt}`
    : `${listIt}; deprecation (rule a) cannot cover a change to ${change.path}`;
}

/** Compares one schema with its published version and judges each breaking change against rules (a) and (b). */
export async function compareSchema(
  schema: SchemaName,
  published: GraphQLSchema | null,
  current: GraphQLSchema,
  allowList: readonly AllowEntry[],
  usedAllowEntries: Set<AllowEntry> = new Set(),
): Promise<SchemaReport> {
  if (!published) return { schema, status: 'new', changes: [] };
  let changes = withoutDeprecationEchoes(await diff(published, current));
  if (schema !== CLIENT) changes = changes.filter((c) => !c.path || !isFederationPath(c.path));
  const removedTypes = new Set(changes.filter((c) => c.type === 'TYPE_REMOVED' && c.path).map((c) => c.path!));

  const judged = changes.map((change): JudgedChange => {
    const result: JudgedChange = { schema, level: change.criticality.level as Level, type: change.type, path: change.path ?? '', message: change.message };
    // A deprecation is an announcement: say what to use instead, as the reason does.
    if (result.path.endsWith('.@deprecated') && /ADDED|CHANGED/.test(change.type)) {
      const reason = deprecationCovering(current, result.path);
      if (reason) result.message += `: "${reason}"`;
    }
    if (change.criticality.level !== CriticalityLevel.Breaking) return result;
    const deprecated =
      change.type === 'TYPE_REMOVED' ? removedTypeCovered(published, result.path, removedTypes) : deprecationCovering(published, result.path);
    if (deprecated !== null) return { ...result, allowedBy: { rule: 'deprecated', reason: deprecated } };
    // A client-schema change comes from some subgraph's; the entry a team writes for its subgraph covers both.
    const entry = allowList.find((e) => e.path === result.path && (e.schema === schema || (schema === CLIENT && e.schema !== CLIENT)));
    if (entry) {
      usedAllowEntries.add(entry);
      return { ...result, allowedBy: { rule: 'allow-list', reason: entry.reason } };
    }
    const deprecatable = change.type !== 'TYPE_REMOVED' && result.path.split('.').length >= 2;
    return { ...result, remedy: remedyFor(schema, change, deprecatable) };
  });
  return { schema, status: judged.length ? 'changed' : 'unchanged', changes: judged };
}

// --- client operations -----------------------------------------------------------------------------------------------

/** The operations registered under `root`: tests/operations/*.graphql and clients/**\/*.graphql. */
export function loadOperations(root = REPO_ROOT): ClientOperation[] {
  const files: string[] = [];
  const testsDir = path.join(root, OPERATION_DIRS.tests);
  if (fs.existsSync(testsDir)) {
    for (const name of fs.readdirSync(testsDir)) if (name.endsWith('.graphql')) files.push(path.join(OPERATION_DIRS.tests, name));
  }
  const clientsDir = path.join(root, OPERATION_DIRS.clients);
  if (fs.existsSync(clientsDir)) {
    for (const name of fs.readdirSync(clientsDir, { recursive: true }) as string[]) {
      if (name.endsWith('.graphql') && !name.split(path.sep).some((part) => part === 'node_modules' || part === 'dist')) {
        files.push(path.join(OPERATION_DIRS.clients, name));
      }
    }
  }
  return files.sort().map((file) => {
    try {
      return { file, source: fs.readFileSync(path.join(root, file), 'utf8') };
    } catch (error) {
      throw new InputError(`Cannot read the client operation file ${file}: ${(error as Error).message}`);
    }
  });
}

/** Every fragment an operation spreads, directly or through other fragments. */
function fragmentsUsedBy(node: DefinitionNode, fragments: Map<string, FragmentDefinitionNode>, into = new Map<string, FragmentDefinitionNode>()) {
  const visit = (value: unknown): void => {
    if (!value || typeof value !== 'object') return;
    if (Array.isArray(value)) return value.forEach(visit);
    const n = value as { kind?: string; name?: { value: string } };
    if (n.kind === Kind.FRAGMENT_SPREAD && n.name) {
      const fragment = fragments.get(n.name.value);
      if (fragment && !into.has(n.name.value)) {
        into.set(n.name.value, fragment);
        fragmentsUsedBy(fragment, fragments, into);
      }
      return;
    }
    for (const [key, child] of Object.entries(value)) if (key !== 'loc') visit(child);
  };
  visit(node);
  return into;
}

/**
 * Validates every registered operation against the client schema, one operation at a time with the fragments it uses
 * (from any registered file, as codegen allows), so each problem names its file and operation.
 */
export function checkOperations(schema: GraphQLSchema, operations: readonly ClientOperation[]) {
  const parsed = operations.map(({ file, source }) => {
    try {
      return { file, doc: parse(new Source(source, file)) };
    } catch (error) {
      const at = error instanceof GraphQLError ? error.locations?.[0] : undefined;
      throw new InputError(`${file}${at ? `:${at.line}:${at.column}` : ''}: ${(error as Error).message}`);
    }
  });
  const fragments = new Map<string, FragmentDefinitionNode>();
  const fragmentFile = new Map<string, string>();
  for (const { file, doc } of parsed) {
    for (const d of doc.definitions) {
      if (d.kind !== Kind.FRAGMENT_DEFINITION) continue;
      const other = fragmentFile.get(d.name.value);
      // Fragments are shared across files, so two of one name would make an operation's meaning depend on file order.
      if (other) throw new InputError(`Fragment ${d.name.value} is defined twice, in ${other} and ${file}; fragment names must be unique across registered operations.`);
      fragments.set(d.name.value, d);
      fragmentFile.set(d.name.value, file);
    }
  }

  const broken: OperationProblem[] = [];
  const deprecatedUsage: OperationProblem[] = [];
  let checked = 0;
  for (const { file, doc } of parsed) {
    for (const operation of doc.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)) {
      checked++;
      const name = operation.name?.value ?? `anonymous ${operation.operation}`;
      const single: DocumentNode = { kind: Kind.DOCUMENT, definitions: [operation, ...fragmentsUsedBy(operation, fragments).values()] };
      const problem = (e: GraphQLError): OperationProblem => ({ file, operation: name, message: e.message, line: e.locations?.[0]?.line });
      const errors = validate(schema, single, specifiedRules);
      broken.push(...errors.map(problem));
      if (!errors.length) deprecatedUsage.push(...validate(schema, single, [NoDeprecatedCustomRule]).map(problem));
    }
  }
  return { checked, broken, deprecatedUsage };
}

// --- the allow-list --------------------------------------------------------------------------------------------------

export function loadAllowList(root = REPO_ROOT): AllowEntry[] {
  const file = path.join(root, ALLOW_LIST_PATH);
  if (!fs.existsSync(file)) return [];
  let entries: unknown;
  try {
    entries = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new InputError(`${ALLOW_LIST_PATH}: not valid JSON: ${(error as Error).message}`);
  }
  if (!Array.isArray(entries)) throw new InputError(`${ALLOW_LIST_PATH}: must be a JSON array of { "schema", "path", "reason" } entries.`);
  const schemas: readonly string[] = [CLIENT, ...SUBGRAPH_NAMES];
  entries.forEach((entry, i) => {
    const e = entry as Partial<Record<keyof AllowEntry, unknown>>;
    const problems: string[] = [];
    if (typeof e?.schema !== 'string' || !schemas.includes(e.schema)) problems.push(`"schema" must be one of ${schemas.join(', ')}`);
    if (typeof e?.path !== 'string' || !e.path.trim()) problems.push('"path" must name the changed element, as the check prints it (e.g. "Country.officialName")');
    if (typeof e?.reason !== 'string' || !e.reason.trim()) problems.push('"reason" must say why breaking this is acceptable');
    if (problems.length) throw new InputError(`${ALLOW_LIST_PATH}, entry ${i} (${JSON.stringify(entry)}): ${problems.join('; ')}.`);
  });
  return entries as AllowEntry[];
}

// --- gathering schemas -----------------------------------------------------------------------------------------------

/** The schemas in the working tree: each subgraph's file, and the client schema composed from all of them. */
export function currentSchemas(root = REPO_ROOT): { set: SchemaSet; subgraphs: SubgraphSdl[] } {
  const subgraphs = SUBGRAPH_NAMES.map((name) => readSubgraphSchema(name, root));
  let client: string;
  try {
    client = compose(subgraphs).apiSchemaSdl;
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`The subgraph schemas do not compose, so there is no client schema to check:\n${(error as Error).message}`);
  }
  return { set: { subgraphs: Object.fromEntries(subgraphs.map((s) => [s.name, s.sdl])), client }, subgraphs };
}

/** The last published schemas: schema/published/<name>.graphql; a missing snapshot is a schema not published yet. */
export function publishedSchemas(root = REPO_ROOT): SchemaSet {
  const read = (name: SchemaName) => {
    const file = path.join(root, PUBLISHED_DIR, `${name}.graphql`);
    try {
      return fs.readFileSync(file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw new InputError(`Cannot read ${PUBLISHED_DIR}/${name}.graphql: ${(error as Error).message}`);
    }
  };
  return { subgraphs: Object.fromEntries(SUBGRAPH_NAMES.map((n) => [n, read(n)])), client: read(CLIENT) };
}

const git = (root: string, args: string[]) => execFileSync('git', ['-C', root, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });

/** The schemas as committed at a git ref: the subgraph files and gateway/schema.graphql; a file absent there is new. */
export function schemasAtRef(ref: string, root = REPO_ROOT): SchemaSet {
  if (!ref || ref.startsWith('-')) throw new InputError(`--against needs a git ref (a branch, tag or commit), not "${ref}".`);
  let commit: string;
  try {
    commit = git(root, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]).trim();
  } catch {
    throw new InputError(`--against ${ref}: no such git ref (branch, tag or commit) in ${root}.`);
  }
  const show = (file: string) => {
    try {
      git(root, ['cat-file', '-e', `${commit}:./${file}`]);
    } catch {
      return null;
    }
    return git(root, ['show', `${commit}:./${file}`]);
  };
  return {
    subgraphs: Object.fromEntries(SUBGRAPH_NAMES.map((n) => [n, show(subgraphSchemaPath(n))])),
    client: show(API_SCHEMA_PATH),
  };
}

// --- the whole check -------------------------------------------------------------------------------------------------

export interface CheckInput {
  published: SchemaSet;
  current: SchemaSet & { client: string };
  /** Subgraphs to compare (default: every one in `current`); the client schema is always compared. */
  subgraphs?: readonly SubgraphName[];
  allowList?: readonly AllowEntry[];
  operations?: readonly ClientOperation[];
  /** How the published side is named in errors: `schema/published` or `HEAD`. */
  publishedLabel?: string;
}

export async function checkSchemas(input: CheckInput): Promise<CheckReport> {
  const { published, current, allowList = [], operations = [], publishedLabel = PUBLISHED_DIR } = input;
  const names = input.subgraphs ?? (Object.keys(current.subgraphs) as SubgraphName[]);
  const used = new Set<AllowEntry>();
  const schemas: SchemaReport[] = [];
  for (const name of names) {
    const now = current.subgraphs[name];
    if (now == null) throw new InputError(`No current schema for the ${name} subgraph (${subgraphSchemaPath(name)}).`);
    const before = published.subgraphs[name];
    const old = before == null ? null : buildSubgraph(before, `${publishedLabel}: ${name}`);
    schemas.push(await compareSchema(name, old, buildSubgraph(now, subgraphSchemaPath(name)), allowList, used));
  }
  const client = buildClientSchema(current.client, 'the composed client schema');
  const oldClient = published.client == null ? null : buildClientSchema(published.client, `${publishedLabel}: client schema`);
  schemas.push(await compareSchema(CLIENT, oldClient, client, allowList, used));

  // A client change that comes from a subgraph's is allowed the same way; point at that one instead of a second entry.
  const subgraphBlocking = new Map(schemas.flatMap((s) => s.changes.filter((c) => c.schema !== CLIENT && c.remedy).map((c) => [c.path, c.schema] as const)));
  for (const c of schemas.at(-1)!.changes) {
    const owner = c.remedy && subgraphBlocking.get(c.path);
    if (owner) c.remedy = `as for the ${owner} change above: deprecate first (rule a), or one allow-list entry with "schema": "${owner}" covers both (rule b)`;
  }

  const ops = checkOperations(client, operations);
  const blocking = schemas.flatMap((s) => s.changes.filter((c) => c.level === 'BREAKING' && !c.allowedBy));
  return {
    schemas,
    blocking,
    operationsChecked: ops.checked,
    brokenOperations: ops.broken,
    deprecatedUsage: ops.deprecatedUsage,
    unusedAllowEntries: allowList.filter((e) => !used.has(e)),
    passed: blocking.length === 0 && ops.broken.length === 0,
  };
}

export interface RunOptions {
  root?: string;
  /** Compare with the schemas at this git ref instead of the published snapshots. */
  against?: string;
  /** Restrict the subgraph comparisons to these (already validated) names. */
  subgraphs?: readonly SubgraphName[];
}

/** Reads everything from a checkout and runs the check; also returns the current schemas for publishing. */
export async function runCheck(options: RunOptions = {}) {
  const root = options.root ?? REPO_ROOT;
  const current = currentSchemas(root);
  const published = options.against ? schemasAtRef(options.against, root) : publishedSchemas(root);
  const report = await checkSchemas({
    published,
    current: { ...current.set, client: current.set.client! },
    subgraphs: options.subgraphs,
    allowList: loadAllowList(root),
    operations: loadOperations(root),
    publishedLabel: options.against ?? PUBLISHED_DIR,
  });
  return { report, current: current.set };
}

// --- output ----------------------------------------------------------------------------------------------------------

const LABEL: Record<Level, string> = { BREAKING: 'breaking', DANGEROUS: 'dangerous', NON_BREAKING: 'non-breaking' };
const ORDER: Record<Level, number> = { BREAKING: 0, DANGEROUS: 1, NON_BREAKING: 2 };

function describeChange(c: JudgedChange): string[] {
  const head = `  ${LABEL[c.level].padEnd(12)} ${c.path ? `${c.path}: ` : ''}${c.message}`;
  if (c.level !== 'BREAKING') return [head];
  if (c.allowedBy?.rule === 'deprecated') return [head, `               allowed (rule a): deprecated in the published schema: ${c.allowedBy.reason}`];
  if (c.allowedBy?.rule === 'allow-list') return [head, `               allowed (rule b) by ${ALLOW_LIST_PATH}: ${c.allowedBy.reason}`];
  return [head, `               NOT ALLOWED. To allow it: ${c.remedy}`];
}

const where = (p: OperationProblem) => `${p.file}${p.line ? `:${p.line}` : ''}: operation ${p.operation}: ${p.message}`;

export function formatReport(report: CheckReport, against: string): string {
  const lines = [`Schema check against ${against}`];
  for (const s of report.schemas) {
    if (s.status === 'new') lines.push(`${s.schema}: nothing to compare with (not published yet)`);
    else if (s.status === 'unchanged') lines.push(`${s.schema}: unchanged`);
    else {
      lines.push(`${s.schema}: ${s.changes.length} change${s.changes.length === 1 ? '' : 's'}`);
      for (const c of [...s.changes].sort((a, b) => ORDER[a.level] - ORDER[b.level])) lines.push(...describeChange(c));
    }
  }
  lines.push(`Client operations: ${report.operationsChecked} checked (${OPERATION_DIRS.tests}/*.graphql, ${OPERATION_DIRS.clients}/**/*.graphql)`);
  for (const p of report.brokenOperations) lines.push(`  BROKEN     ${where(p)}`);
  for (const p of report.deprecatedUsage) lines.push(`  uses deprecated (blocks its removal) ${where(p)}`);
  for (const e of report.unusedAllowEntries) {
    lines.push(`Note: ${ALLOW_LIST_PATH} entry ${JSON.stringify(e)} matched no change; remove it once its change is published.`);
  }
  const failures = [
    report.blocking.length && `${report.blocking.length} breaking change${report.blocking.length === 1 ? '' : 's'} not allowed`,
    report.brokenOperations.length && `${report.brokenOperations.length} client operation problem${report.brokenOperations.length === 1 ? '' : 's'}`,
  ].filter(Boolean);
  lines.push(report.passed ? 'Schema check passed.' : `Schema check FAILED: ${failures.join(', ')}.`);
  return lines.join('\n');
}

// --- publishing ------------------------------------------------------------------------------------------------------

const CHANGELOG_HEADER = `# Schema changelog

Every publication of the graph's schemas (\`npm run schema:publish\`), oldest first. \`client\` is the API schema clients
query (gateway/schema.graphql, snapshot in schema/published/client.graphql); the other headings are subgraph schemas.
Deprecations are announced here: a deprecated element stays for at least one publication and 90 days, and is removed
only once no registered client operation uses it (README, "Changing the schema").
`;

function changelogEntry(report: CheckReport, date: string): string | null {
  const changed = report.schemas.filter((s) => s.status !== 'unchanged');
  if (!changed.length) return null;
  const initial = report.schemas.every((s) => s.status === 'new');
  const lines = [`## ${date}${initial ? ': initial publication' : ''}`, ''];
  for (const s of changed) {
    lines.push(`### ${s.schema}`, '');
    if (s.status === 'new') lines.push(initial ? '- Initial publication.' : '- First publication of this schema.');
    for (const c of [...s.changes].sort((a, b) => ORDER[a.level] - ORDER[b.level])) {
      const allowed = c.allowedBy ? ` (allowed: ${c.allowedBy.rule === 'deprecated' ? 'deprecated' : 'allow-list'}: ${c.allowedBy.reason})` : '';
      lines.push(`- ${LABEL[c.level]}: ${c.message}${allowed}`);
    }
    lines.push('');
  }
  return lines.join('\n');
}

/**
 * Writes the snapshots and appends a dated changelog entry. Only for a passing report of every schema (the caller
 * checked it); returns false when nothing changed since the last publication.
 */
export function publish(report: CheckReport, current: SchemaSet, root = REPO_ROOT, date = new Date().toISOString().slice(0, 10)): boolean {
  if (!report.passed) throw new Error('publish: refusing a report that did not pass');
  const entry = changelogEntry(report, date);
  if (!entry) return false;
  fs.mkdirSync(path.join(root, PUBLISHED_DIR), { recursive: true });
  for (const name of SUBGRAPH_NAMES) {
    const sdl = current.subgraphs[name];
    if (sdl != null) fs.writeFileSync(path.join(root, PUBLISHED_DIR, `${name}.graphql`), sdl);
  }
  fs.writeFileSync(path.join(root, PUBLISHED_DIR, `${CLIENT}.graphql`), current.client!);
  const changelog = path.join(root, CHANGELOG_PATH);
  const existing = fs.existsSync(changelog) ? fs.readFileSync(changelog, 'utf8') : CHANGELOG_HEADER;
  fs.writeFileSync(changelog, `${existing.trimEnd()}\n\n${entry.trimEnd()}\n`);
  return true;
}
