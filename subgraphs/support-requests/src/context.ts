import type { SubgraphContext } from '@unmn/shared/subgraph';
import type { SupportRequestsLoaders } from './data/loaders.js';
import type { SupportRequestReads } from './data/reads.js';
import type { SupportRequestReporting } from './data/reporting.js';
import type { SupportRequestWrites } from './data/writes.js';

export interface SupportRequestsData {
  reads: SupportRequestReads;
  writes: SupportRequestWrites;
  reporting: SupportRequestReporting;
  loaders: SupportRequestsLoaders;
}
export type SupportRequestsContext = SubgraphContext<SupportRequestsData>;
