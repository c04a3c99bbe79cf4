import type { SubgraphContext } from '@unmn/shared/subgraph';
import type { MembersLoaders } from './data/loaders.js';
import type { MembersStore } from './data/store.js';

export interface MembersData {
  store: MembersStore;
  loaders: MembersLoaders;
}
export type MembersContext = SubgraphContext<MembersData>;
