import type { SubgraphContext } from '@unmn/shared/subgraph';
import type { FundLoaders } from './data/loaders.js';
import type { FundStore } from './data/store.js';

export interface FundData {
  store: FundStore;
  loaders: FundLoaders;
}
export type FundContext = SubgraphContext<FundData>;
