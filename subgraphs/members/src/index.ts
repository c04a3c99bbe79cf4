// The members subgraph: Organizations, Countries and the Network's roles. See README.md.
import type { SubgraphModule } from '@unmn/shared/subgraph';
import { loadSchema } from '@unmn/shared/subgraph';
import type { MembersData } from './context.js';
import { createLoaders } from './data/loaders.js';
import { migrations } from './data/migrations/index.js';
import { seed } from './data/seeds/index.js';
import { MembersStore } from './data/store.js';
import { resolvers } from './resolvers/index.js';

export const membersSubgraph: SubgraphModule<MembersData> = {
  name: 'members',
  typeDefs: loadSchema(import.meta.url),
  resolvers,
  migrations,
  seed,
  createData(db) {
    const store = new MembersStore(db.knex);
    // The store also writes, so it keeps the writer; the loaders only read, so they use the read pool.
    return { store, loaders: createLoaders(new MembersStore(db.reader)) };
  },
};
