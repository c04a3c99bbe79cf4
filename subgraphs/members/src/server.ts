// Runs the members subgraph alone: `npm run dev -w subgraphs/members` (or `npm start -w subgraphs/members` from the build) (port MEMBERS_PORT, default 4001).
import { runSubgraphMain } from '@unmn/shared/subgraph';
import { membersSubgraph } from './index.js';

await runSubgraphMain(membersSubgraph);
