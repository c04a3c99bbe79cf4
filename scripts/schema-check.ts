// npm run schema:check [subgraph ...]       compare the subgraph schemas and the composed client schema with the last
//                                           published ones (schema/published/), and validate every registered client
//                                           operation against the new client schema; names restrict the subgraph
//                                           comparisons (the client schema is always compared)
// npm run schema:check -- --against <ref>   compare with the schemas committed at a git ref instead (e.g. main)
// npm run schema:publish                    the check, then, only if it passes, new snapshots in schema/published/
//                                           and a dated entry in schema/CHANGELOG.md
// --root <dir>                              another checkout of the same shape (default: this one)
// Exit status: 0 passed, 1 a breaking change nothing allows or a client operation that no longer validates,
// 2 bad input (unknown subgraph, unreadable or invalid schema, a supergraph that does not compose, an unknown ref),
// 70 a bug here.
import { parseArgs } from 'node:util';
import { CompositionError, InputError, REPO_ROOT, subgraphNames } from './lib/compose.js';
import { ALLOW_LIST_PATH, CHANGELOG_PATH, PUBLISHED_DIR, formatReport, publish, runCheck } from './lib/schema-check.js';

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({
      options: { against: { type: 'string' }, publish: { type: 'boolean' }, root: { type: 'string' } },
      allowPositionals: true,
    });
  } catch (error) {
    throw new InputError((error as Error).message);
  }
  const { against, publish: publishing, root = REPO_ROOT } = args.values;
  const subgraphs = args.positionals.length ? subgraphNames(args.positionals) : undefined;
  if (publishing && against !== undefined) throw new InputError('--publish compares with the published snapshots; it cannot be combined with --against.');
  if (publishing && subgraphs) throw new InputError('--publish publishes every schema at once; drop the subgraph names.');

  const { report, current } = await runCheck({ root, against, subgraphs });
  console.log(formatReport(report, against !== undefined ? `git ref ${against}` : `the published schemas (${PUBLISHED_DIR})`));
  if (!report.passed) {
    if (publishing) console.error('Nothing published: fix or allow the problems above first.');
    return 1;
  }
  if (publishing) {
    if (publish(report, current, root)) {
      console.log(`Published: ${PUBLISHED_DIR}/*.graphql and a new entry in ${CHANGELOG_PATH}. Commit them.`);
      if (report.unusedAllowEntries.length) console.log(`You may now empty the unused entries of ${ALLOW_LIST_PATH}.`);
    } else {
      console.log('Nothing to publish: the published schemas are current.');
    }
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    if (error instanceof InputError || error instanceof CompositionError) {
      console.error(error.message);
      process.exit(2);
    }
    console.error(error);
    process.exit(70); // EX_SOFTWARE: a bug here, not the caller's input
  },
);
