// Runs the support-requests subgraph alone: `npx tsx subgraphs/support-requests/server.ts`
// (port SUPPORT_REQUESTS_PORT, default 4004).
import { runSubgraphMain } from '../../shared/main.js';
import { supportRequestsSubgraph } from './index.js';

await runSubgraphMain(supportRequestsSubgraph);
