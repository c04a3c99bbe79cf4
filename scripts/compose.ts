// npm run compose            compose the subgraphs into gateway/supergraph.graphql (and the API schema)
// npm run compose -- --check fail if those files are stale
import { CompositionError, composeSupergraph, staleFiles, writeComposed } from './lib/compose.js';

const check = process.argv.includes('--check');
try {
  const composed = composeSupergraph();
  if (check) {
    const stale = staleFiles(composed);
    if (stale.length) {
      console.error(`Stale: ${stale.join(', ')}. The subgraph schemas changed; run \`npm run compose\` and commit the result.`);
      process.exit(1);
    }
    console.log('Supergraph is up to date.');
  } else {
    writeComposed(composed);
    console.log('Composed gateway/supergraph.graphql and gateway/schema.graphql.');
  }
} catch (error) {
  if (error instanceof CompositionError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
