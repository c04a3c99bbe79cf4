// Migrates this subgraph's database alone: `npm run migrate -w subgraphs/exchange -- up|down` (DATABASE_URL or DATA_DIR).
import { runMigrateMain } from '@unmn/shared/subgraph';
import { exchangeSubgraph } from './index.js';

await runMigrateMain(exchangeSubgraph);
