// The fund-projects subgraph: the Migration MPTF (MIG00), its thematic areas, joint programmes, contributions and
// transfers, with exact money. See README.md.
import type { SubgraphModule } from '@unmn/shared/subgraph';
import { loadSchema } from '@unmn/shared/subgraph';
import { readerOf } from '@unmn/shared/db';
import type { FundData } from './context.js';
import { createLoaders } from './data/loaders.js';
import { migrations } from './data/migrations/index.js';
import { seed } from './data/seeds/index.js';
import { Ledger } from './data/ledger.js';
import { ProjectReads } from './data/reads.js';
import { Reporting } from './data/reporting.js';
import { ProjectWrites } from './data/writes.js';
import { resolvers } from './resolvers/index.js';

export const fundProjectsSubgraph: SubgraphModule<FundData> = {
  name: 'fund-projects',
  typeDefs: loadSchema(import.meta.url),
  resolvers,
  migrations,
  seed,
  createData(db, viewer) {
    // Reads and reporting run as this viewer: every programme read obeys their visibility (policy.ts).
    // Reads, reporting and the loaders' ledger use the read pool; writes and the ledger's own writes use the writer.
    // Writes through the API record their change-feed events (seeds, which use the stores directly, do not).
    const reads = new ProjectReads(readerOf(db), viewer);
    const ledger = new Ledger(db, { feed: true });
    return { reads, writes: new ProjectWrites(db, { feed: true }), ledger, reporting: new Reporting(readerOf(db), viewer), loaders: createLoaders(reads, new Ledger(readerOf(db))) };
  },
};
