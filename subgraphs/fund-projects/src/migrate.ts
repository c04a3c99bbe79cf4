// Migrates this subgraph's database alone: `npm run migrate -w subgraphs/fund-projects -- up|down` (DATABASE_URL or DATA_DIR).
import { runMigrateMain } from '@unmn/shared/subgraph';
import { fundProjectsSubgraph } from './index.js';

await runMigrateMain(fundProjectsSubgraph);
