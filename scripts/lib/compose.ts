// Composes the subgraphs' schemas into the supergraph with @apollo/composition (Rover's compose needs a plugin
// download that cannot happen offline). It reads each subgraph's contract, subgraphs/<name>/schema.graphql, as a file
// (or asks a running subgraph for its `_service { sdl }`), never a subgraph's code: composing must not depend on a
// subgraph's dependencies building, and a schema check must see exactly the file a team changed. The supergraph's URLs
// are the default local ones so the committed file does not depend on anyone's environment; the gateway overrides them
// from configuration at run time.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { composeServices } from '@apollo/composition';
import { GraphQLError, Source, parse, printSchema, type DocumentNode } from 'graphql';
import { DEFAULT_PORTS, SUBGRAPH_NAMES, type SubgraphName } from '@unmn/shared/config';
import { ANONYMOUS, IDENTITY_HEADER, signIdentity } from '@unmn/shared/viewer';

/** This checkout's root; tests pass a temporary root of the same shape instead. */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export const SUPERGRAPH_PATH = 'gateway/supergraph.graphql';
export const API_SCHEMA_PATH = 'gateway/schema.graphql';

/** Input the caller must fix (unknown name, missing or unreadable file, unreachable subgraph). CLIs exit 2 on it. */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}

export class CompositionError extends Error {
  constructor(public readonly errors: string[]) {
    super(`Composition failed:\n${errors.map((e) => `  - ${e}`).join('\n')}`);
    this.name = 'CompositionError';
  }
}

/** One subgraph's SDL and where it came from (a file path or a URL), so every error can name its origin. */
export interface SubgraphSdl {
  name: SubgraphName;
  sdl: string;
  origin: string;
}

export interface Composed {
  /** The supergraph SDL the gateway serves. */
  supergraphSdl: string;
  /** The client-facing API schema (what frontend developers, codegen and the schema check see). */
  apiSchemaSdl: string;
}

/** Checks names against the configured subgraphs; throws an InputError naming every unknown one. */
export function subgraphNames(names: readonly string[]): SubgraphName[] {
  const unknown = names.filter((n) => !(SUBGRAPH_NAMES as readonly string[]).includes(n));
  if (unknown.length) {
    throw new InputError(`Unknown subgraph ${unknown.map((n) => `"${n}"`).join(', ')}; the subgraphs are: ${SUBGRAPH_NAMES.join(', ')}.`);
  }
  return [...new Set(names)] as SubgraphName[];
}

export const subgraphSchemaPath = (name: SubgraphName) => `subgraphs/${name}/schema.graphql`;

export function readSubgraphSchema(name: SubgraphName, root = REPO_ROOT): SubgraphSdl {
  const relative = subgraphSchemaPath(name);
  try {
    return { name, sdl: fs.readFileSync(path.join(root, relative), 'utf8'), origin: relative };
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
    throw new InputError(`Cannot read the ${name} subgraph's schema ${relative}: ${reason}.`);
  }
}

export const readSubgraphSchemas = (root = REPO_ROOT, names: readonly SubgraphName[] = SUBGRAPH_NAMES) =>
  names.map((name) => readSubgraphSchema(name, root));

/**
 * Asks a running subgraph for its SDL. It carries a signed anonymous identity, as the gateway would, so subgraphs that
 * refuse requests not coming through the gateway (REQUIRE_GATEWAY) still answer.
 */
export async function fetchSubgraphSchema(name: SubgraphName, url: string, identitySecret: string, timeoutMs = 5000): Promise<SubgraphSdl> {
  const where = `the ${name} subgraph at ${url}`;
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [IDENTITY_HEADER]: await signIdentity(ANONYMOUS, identitySecret) },
      body: JSON.stringify({ query: '{ _service { sdl } }' }),
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    const reason = (error as Error).name === 'TimeoutError' ? `no answer within ${timeoutMs} ms` : (cause?.code ?? cause?.message ?? (error as Error).message);
    throw new InputError(`Cannot reach ${where}: ${reason}. Is it running? (Set ${name.toUpperCase().replace(/-/g, '_')}_URL if it runs elsewhere.)`);
  }
  const text = await response.text();
  let body: { data?: { _service?: { sdl?: unknown } }; errors?: { message: string }[] } | undefined;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  const sdl = body?.data?._service?.sdl;
  if (!response.ok || typeof sdl !== 'string') {
    const detail = body?.errors?.map((e) => e.message).join('; ') || text.slice(0, 200);
    throw new InputError(`The ${name} subgraph at ${url} did not return its schema (HTTP ${response.status}): ${detail}`);
  }
  return { name, sdl, origin: url };
}

/** Parses SDL, naming its origin and the line in a syntax error. */
export function parseSdl(sdl: string, origin: string): DocumentNode {
  try {
    return parse(new Source(sdl, origin));
  } catch (error) {
    if (error instanceof GraphQLError) {
      const at = error.locations?.[0];
      throw new InputError(`${origin}${at ? `:${at.line}:${at.column}` : ''}: ${error.message}`);
    }
    throw error;
  }
}

/** Composes the given subgraphs; throws CompositionError listing what does not compose. */
export function compose(schemas: readonly SubgraphSdl[]): Composed {
  const result = composeServices(
    schemas.map((s) => ({ name: s.name, typeDefs: parseSdl(s.sdl, s.origin), url: `http://localhost:${DEFAULT_PORTS[s.name]}/graphql` })),
  );
  if (result.errors) throw new CompositionError(result.errors.map((e) => `${e.extensions?.code ?? 'ERROR'}: ${e.message}`));
  return {
    supergraphSdl: result.supergraphSdl,
    apiSchemaSdl: `${printSchema(result.schema.toAPISchema().toGraphQLJSSchema())}\n`,
  };
}

/** Composes every subgraph's schema.graphql under `root`. */
export const composeSupergraph = (root = REPO_ROOT): Composed => compose(readSubgraphSchemas(root));

/** The files that are stale compared with a fresh composition (empty when up to date). */
export function staleFiles(composed: Composed = composeSupergraph(), root = REPO_ROOT): string[] {
  const read = (relative: string) => {
    const file = path.join(root, relative);
    return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null;
  };
  const stale: string[] = [];
  if (read(SUPERGRAPH_PATH) !== composed.supergraphSdl) stale.push(SUPERGRAPH_PATH);
  if (read(API_SCHEMA_PATH) !== composed.apiSchemaSdl) stale.push(API_SCHEMA_PATH);
  return stale;
}

export function writeComposed(composed: Composed, root = REPO_ROOT): void {
  fs.writeFileSync(path.join(root, SUPERGRAPH_PATH), composed.supergraphSdl);
  fs.writeFileSync(path.join(root, API_SCHEMA_PATH), composed.apiSchemaSdl);
}
