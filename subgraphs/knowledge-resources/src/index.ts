// The knowledge-resources subgraph: the Migration Network Hub's knowledge platform (KnowledgeResource), with ranked
// full-text search, facets and a review workflow. See README.md.
import type { SubgraphModule } from '@unmn/shared/subgraph';
import { loadSchema } from '@unmn/shared/subgraph';
import { readerOf } from '@unmn/shared/db';
import type { KnowledgeData } from './context.js';
import { readContext } from './data/filter.js';
import { createLoaders } from './data/loaders.js';
import { migrations } from './data/migrations/index.js';
import { Reads } from './data/reads.js';
import { seed } from './data/seeds/index.js';
import { Writes } from './data/writes.js';
import { resolvers } from './resolvers/index.js';

export const knowledgeResourcesSubgraph: SubgraphModule<KnowledgeData> = {
  name: 'knowledge-resources',
  typeDefs: loadSchema(import.meta.url),
  resolvers,
  migrations,
  seed,
  createData(db, viewer) {
    // The read context carries the viewer: every read made with it is restricted to what the viewer may see.
    const read = readContext(readerOf(db), viewer);
    const reads = new Reads(read);
    return { read, reads, writes: new Writes(db.knex, db.dialect, reads, viewer), loaders: createLoaders(read, reads) };
  },
};
