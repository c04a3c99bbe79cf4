// The support-requests subgraph: countries' requests to the connection hub, their assessment, matched partners and
// full history. See README.md.
import type { SubgraphModule } from '@unmn/shared/subgraph';
import { loadSchema } from '@unmn/shared/subgraph';
import type { SupportRequestsData } from './context.js';
import { createLoaders } from './data/loaders.js';
import { migrations } from './data/migrations/index.js';
import { seed } from './data/seeds/index.js';
import { SupportRequestReads } from './data/reads.js';
import { SupportRequestReporting } from './data/reporting.js';
import { SupportRequestWrites } from './data/writes.js';
import { resolvers } from './resolvers/index.js';

export const supportRequestsSubgraph: SubgraphModule<SupportRequestsData> = {
  name: 'support-requests',
  typeDefs: loadSchema(import.meta.url),
  resolvers,
  migrations,
  seed,
  createData(db, viewer) {
    const reads = new SupportRequestReads(db.reader);
    return { reads, writes: new SupportRequestWrites(db.knex), reporting: new SupportRequestReporting(db.reader), loaders: createLoaders(reads, viewer) };
  },
};
