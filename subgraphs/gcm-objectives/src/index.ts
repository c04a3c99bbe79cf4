// The GCM objectives subgraph: the Compact's 23 objectives, 10 guiding principles, adoption facts and review calendar.
import type { SubgraphModule } from '@unmn/shared/subgraph';
import { loadSchema } from '@unmn/shared/subgraph';
import type { GcmData } from './context.js';
import { createLoaders } from './data/loaders.js';
import { migrations } from './data/migrations/index.js';
import { seed } from './data/seeds/index.js';
import { GcmStore } from './data/store.js';
import { resolvers } from './resolvers/index.js';

export const gcmObjectivesSubgraph: SubgraphModule<GcmData> = {
  name: 'gcm-objectives',
  typeDefs: loadSchema(import.meta.url),
  resolvers,
  migrations,
  seed,
  createData(db) {
    const store = new GcmStore(db.knex);
    // The store also writes, so it keeps the writer; the loaders only read, so they use the read pool.
    return { store, loaders: createLoaders(new GcmStore(db.reader)) };
  },
};
