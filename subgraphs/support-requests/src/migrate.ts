// Migrates this subgraph's database alone: `npm run migrate -w subgraphs/support-requests -- up|down` (DATABASE_URL or DATA_DIR).
import { runMigrateMain } from '@unmn/shared/subgraph';
import { supportRequestsSubgraph } from './index.js';

await runMigrateMain(supportRequestsSubgraph);
