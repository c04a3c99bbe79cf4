// npm run compose                               compose subgraphs/*/schema.graphql into gateway/supergraph.graphql and
//                                               gateway/schema.graphql (the client API schema)
// npm run compose -- --check                    fail when those files are stale; write nothing
// npm run compose -- --from-running [name ...]  take the named subgraphs' schemas (all when none are named) from the
//                                               running subgraphs' `_service { sdl }` at <NAME>_URL, the rest from
//                                               their files; with --check, tells whether what runs matches the files
// --root <dir>                                  another checkout of the same shape (default: this one)
// Exit status: 0 done or up to date, 1 stale or does not compose, 2 bad input (unknown name, unreadable file,
// a subgraph that does not answer), 70 a bug here. Nothing is written unless everything composed.
import { parseArgs } from 'node:util';
import { ConfigError, SUBGRAPH_NAMES, loadConfig } from '@unmn/shared/config';
import {
  CompositionError,
  InputError,
  REPO_ROOT,
  compose,
  fetchSubgraphSchema,
  readSubgraphSchema,
  staleFiles,
  subgraphNames,
  writeComposed,
  type SubgraphSdl,
} from './lib/compose.js';

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({
      options: { check: { type: 'boolean' }, 'from-running': { type: 'boolean' }, root: { type: 'string' } },
      allowPositionals: true,
    });
  } catch (error) {
    throw new InputError((error as Error).message);
  }
  const { check, 'from-running': fromRunning, root = REPO_ROOT } = args.values;
  const named = subgraphNames(args.positionals);
  if (named.length && !fromRunning) {
    throw new InputError(`Subgraph names (${named.join(', ')}) only choose which schemas --from-running fetches; composition always takes every subgraph.`);
  }
  const running = new Set(fromRunning ? (named.length ? named : SUBGRAPH_NAMES) : []);

  let schemas: SubgraphSdl[];
  if (running.size) {
    const config = loadConfig();
    schemas = await Promise.all(
      SUBGRAPH_NAMES.map((name) =>
        running.has(name) ? fetchSubgraphSchema(name, config.subgraphs[name].url, config.auth.identitySecret) : Promise.resolve(readSubgraphSchema(name, root)),
      ),
    );
  } else {
    schemas = SUBGRAPH_NAMES.map((name) => readSubgraphSchema(name, root));
  }
  const composed = compose(schemas);
  const from = running.size ? `the running ${[...running].join(', ')} and the other subgraphs' files` : 'the subgraph schema files';

  if (check) {
    const stale = staleFiles(composed, root);
    if (stale.length) {
      console.error(`Stale: ${stale.join(', ')} differ from a composition of ${from}. Run \`npm run compose\` and commit the result.`);
      return 1;
    }
    console.log(`Supergraph is up to date with ${from}.`);
    return 0;
  }
  writeComposed(composed, root);
  console.log(`Composed gateway/supergraph.graphql and gateway/schema.graphql from ${from}.`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    if (error instanceof InputError || error instanceof ConfigError) {
      console.error(error.message);
      process.exit(2);
    }
    if (error instanceof CompositionError) {
      console.error(error.message);
      process.exit(1);
    }
    console.error(error);
    process.exit(70); // EX_SOFTWARE: a bug here, not the caller's input
  },
);
