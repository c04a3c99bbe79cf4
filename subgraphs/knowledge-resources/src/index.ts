// The knowledge-resources subgraph: the Migration Network Hub's knowledge platform (KnowledgeResource), with ranked
// full-text search, facets and a review workflow. See README.md.
import type { SubgraphModule } from '@unmn/shared/subgraph';
import { loadSchema } from '@unmn/shared/subgraph';
import type { KnowledgeData } from './context.js';
import { createLoaders } from './data/loaders.js';
import { migrations } from './data/migrations/index.js';
import { seed } from './data/seeds/index.js';
import { KnowledgeStore } from './data/store.js';
import { Workflow } from './data/workflow.js';
import { resolvers } from './resolvers/index.js';

export const knowledgeResourcesSubgraph: SubgraphModule<KnowledgeData> = {
  name: 'knowledge-resources',
  typeDefs: loadSchema(import.meta.url),
  resolvers,
  migrations,
  seed,
  createData(db, viewer) {
    // The store carries the viewer: every read it makes is restricted to what the viewer may see.
    const store = new KnowledgeStore(db, viewer);
    return { store, loaders: createLoaders(store), workflow: new Workflow(db.knex, store, viewer) };
  },
};
