// Migrates this subgraph's database alone: `npm run migrate -w subgraphs/members -- up|down` (DATABASE_URL or DATA_DIR).
import { runMigrateMain } from '@unmn/shared/subgraph';
import { membersSubgraph } from './index.js';

await runMigrateMain(membersSubgraph);
