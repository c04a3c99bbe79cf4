// Runs the GCM objectives subgraph alone: `npx tsx subgraphs/gcm-objectives/server.ts` (GCM_OBJECTIVES_PORT, default 4002).
import { runSubgraphMain } from '../../shared/main.js';
import { gcmObjectivesSubgraph } from './index.js';

await runSubgraphMain(gcmObjectivesSubgraph);
