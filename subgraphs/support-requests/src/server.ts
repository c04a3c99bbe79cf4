// Runs the support-requests subgraph alone: `npm run dev -w subgraphs/support-requests` (or `npm start -w subgraphs/support-requests` from the build)
// (port SUPPORT_REQUESTS_PORT, default 4004).
import { runSubgraphMain } from '@unmn/shared/subgraph';
import { supportRequestsSubgraph } from './index.js';

await runSubgraphMain(supportRequestsSubgraph);
