// Runs the GCM objectives subgraph alone: `npm run dev -w subgraphs/gcm-objectives` (or `npm start -w subgraphs/gcm-objectives` from the build) (GCM_OBJECTIVES_PORT, default 4002).
import { runSubgraphMain } from '@unmn/shared/subgraph';
import { gcmObjectivesSubgraph } from './index.js';

await runSubgraphMain(gcmObjectivesSubgraph);
