// Migrates this subgraph's database alone: `npm run migrate -w subgraphs/gcm-objectives -- up|down` (DATABASE_URL or DATA_DIR).
import { runMigrateMain } from '@unmn/shared/subgraph';
import { gcmObjectivesSubgraph } from './index.js';

await runMigrateMain(gcmObjectivesSubgraph);
