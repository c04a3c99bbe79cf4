// The fund-projects subgraph: the Migration MPTF (MIG00), its thematic areas, joint programmes, contributions and
// transfers, with exact money. See README.md.
import type { SubgraphModule } from '@unmn/shared/subgraph';
import { loadSchema } from '@unmn/shared/subgraph';
import type { FundData } from './context.js';
import { createLoaders } from './data/loaders.js';
import { migrations } from './data/migrations/index.js';
import { seed } from './data/seeds/index.js';
import { FundStore } from './data/store.js';
import { resolvers } from './resolvers/index.js';

export const fundProjectsSubgraph: SubgraphModule<FundData> = {
  name: 'fund-projects',
  typeDefs: loadSchema(import.meta.url),
  resolvers,
  migrations,
  seed,
  createData(db, viewer) {
    // The request's store reads as this viewer: every programme read obeys their visibility.
    const store = new FundStore(db, viewer);
    return { store, loaders: createLoaders(store) };
  },
};
