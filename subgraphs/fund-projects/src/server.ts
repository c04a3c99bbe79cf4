// Runs the fund-projects subgraph alone: `npm run dev -w subgraphs/fund-projects` (or `npm start -w subgraphs/fund-projects` from the build) (port FUND_PROJECTS_PORT, default 4005).
import { runSubgraphMain } from '@unmn/shared/subgraph';
import { fundProjectsSubgraph } from './index.js';

await runSubgraphMain(fundProjectsSubgraph);
