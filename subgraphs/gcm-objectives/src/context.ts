import type { SubgraphContext } from '@unmn/shared/subgraph';
import type { GcmLoaders } from './data/loaders.js';
import type { GcmStore } from './data/store.js';

export interface GcmData {
  store: GcmStore;
  loaders: GcmLoaders;
}
export type GcmContext = SubgraphContext<GcmData>;
