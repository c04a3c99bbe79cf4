// Runs the fund-projects subgraph alone: `npx tsx subgraphs/fund-projects/server.ts` (port FUND_PROJECTS_PORT, default 4005).
import { runSubgraphMain } from '../../shared/main.js';
import { fundProjectsSubgraph } from './index.js';

await runSubgraphMain(fundProjectsSubgraph);
