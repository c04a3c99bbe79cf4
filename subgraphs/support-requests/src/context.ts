import type { SubgraphContext } from '@unmn/shared/subgraph';
import type { SupportRequestsLoaders } from './data/loaders.js';
import type { SupportRequestsStore } from './data/store.js';

export interface SupportRequestsData {
  store: SupportRequestsStore;
  loaders: SupportRequestsLoaders;
}
export type SupportRequestsContext = SubgraphContext<SupportRequestsData>;
