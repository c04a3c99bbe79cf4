// Migrates this subgraph's database alone: `npm run migrate -w subgraphs/knowledge-resources -- up|down` (DATABASE_URL or DATA_DIR).
import { runMigrateMain } from '@unmn/shared/subgraph';
import { knowledgeResourcesSubgraph } from './index.js';

await runMigrateMain(knowledgeResourcesSubgraph);
