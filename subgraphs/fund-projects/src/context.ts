import type { SubgraphContext } from '@unmn/shared/subgraph';
import type { Ledger } from './data/ledger.js';
import type { FundLoaders } from './data/loaders.js';
import type { ProjectReads } from './data/reads.js';
import type { Reporting } from './data/reporting.js';
import type { ProjectWrites } from './data/writes.js';

/** The request's data access, split by concern; reads and reporting obey the viewer's visibility (policy.ts). */
export interface FundData {
  reads: ProjectReads;
  writes: ProjectWrites;
  ledger: Ledger;
  reporting: Reporting;
  loaders: FundLoaders;
}
export type FundContext = SubgraphContext<FundData>;
