import type { SubgraphContext } from '@unmn/shared/subgraph';
import type { ReadContext } from './data/filter.js';
import type { KnowledgeLoaders } from './data/loaders.js';
import type { Reads } from './data/reads.js';
import type { Writes } from './data/writes.js';

export interface KnowledgeData {
  /** Database, dialect and viewer: every read through it is restricted to what the viewer may see (policy.ts). */
  read: ReadContext;
  reads: Reads;
  writes: Writes;
  loaders: KnowledgeLoaders;
}
export type KnowledgeContext = SubgraphContext<KnowledgeData>;
