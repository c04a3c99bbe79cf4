// The support-requests subgraph: countries' requests to the connection hub, their assessment, matched partners and
// full history. See README.md.
import type { SubgraphModule } from '@unmn/shared/subgraph';
import { loadSchema } from '@unmn/shared/subgraph';
import type { SupportRequestsData } from './context.js';
import { createLoaders } from './data/loaders.js';
import { migrations } from './data/migrations/index.js';
import { seed } from './data/seeds/index.js';
import { SupportRequestsStore } from './data/store.js';
import { resolvers } from './resolvers/index.js';

export const supportRequestsSubgraph: SubgraphModule<SupportRequestsData> = {
  name: 'support-requests',
  typeDefs: loadSchema(import.meta.url),
  resolvers,
  migrations,
  seed,
  createData(db, viewer) {
    const store = new SupportRequestsStore(db.knex);
    return { store, loaders: createLoaders(store, viewer) };
  },
};
