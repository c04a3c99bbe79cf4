import type { SubgraphContext } from '@unmn/shared/subgraph';
import type { KnowledgeLoaders } from './data/loaders.js';
import type { KnowledgeStore } from './data/store.js';
import type { Workflow } from './data/workflow.js';

export interface KnowledgeData {
  store: KnowledgeStore;
  loaders: KnowledgeLoaders;
  workflow: Workflow;
}
export type KnowledgeContext = SubgraphContext<KnowledgeData>;
