import type { SubgraphContext } from '../../shared/subgraph.js';
import type { MembersLoaders } from './data/loaders.js';
import type { MembersStore } from './data/store.js';

export interface MembersData {
  store: MembersStore;
  loaders: MembersLoaders;
}
export type MembersContext = SubgraphContext<MembersData>;
