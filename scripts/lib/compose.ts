// Composes the registered subgraphs' schemas into the supergraph with @apollo/composition (Rover's compose needs a
// plugin download that cannot happen offline). The supergraph's URLs are the default local ones; the gateway
// overrides them from configuration at run time.
import fs from 'node:fs';
import { composeServices } from '@apollo/composition';
import { printSchema } from 'graphql';
import { DEFAULT_PORTS } from '@unmn/shared/config';
import { subgraphs } from './subgraphs.js';

export const SUPERGRAPH_FILE = new URL('../../gateway/supergraph.graphql', import.meta.url);
export const API_SCHEMA_FILE = new URL('../../gateway/schema.graphql', import.meta.url);

export class CompositionError extends Error {
  constructor(public readonly errors: string[]) {
    super(`Composition failed:\n${errors.map((e) => `  - ${e}`).join('\n')}`);
  }
}

export interface Composed {
  /** The supergraph SDL the gateway serves. */
  supergraphSdl: string;
  /** The client-facing API schema (what frontend developers and codegen see). */
  apiSchemaSdl: string;
}

export function composeSupergraph(): Composed {
  const result = composeServices(
    subgraphs.map((s) => ({ name: s.name, typeDefs: s.typeDefs, url: `http://localhost:${DEFAULT_PORTS[s.name]}/graphql` })),
  );
  if (result.errors) throw new CompositionError(result.errors.map((e) => `${e.extensions?.code ?? 'ERROR'}: ${e.message}`));
  return {
    supergraphSdl: result.supergraphSdl,
    apiSchemaSdl: `${printSchema(result.schema.toAPISchema().toGraphQLJSSchema())}\n`,
  };
}

/** The files that are stale compared with a fresh composition (empty when up to date). */
export function staleFiles(composed: Composed = composeSupergraph()): string[] {
  const read = (file: URL) => (fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null);
  const stale: string[] = [];
  if (read(SUPERGRAPH_FILE) !== composed.supergraphSdl) stale.push('gateway/supergraph.graphql');
  if (read(API_SCHEMA_FILE) !== composed.apiSchemaSdl) stale.push('gateway/schema.graphql');
  return stale;
}

export function writeComposed(composed: Composed): void {
  fs.writeFileSync(SUPERGRAPH_FILE, composed.supergraphSdl);
  fs.writeFileSync(API_SCHEMA_FILE, composed.apiSchemaSdl);
}
