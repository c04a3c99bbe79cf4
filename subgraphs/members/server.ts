// Runs the members subgraph alone: `npx tsx subgraphs/members/server.ts` (port MEMBERS_PORT, default 4001).
import { runSubgraphMain } from '../../shared/main.js';
import { membersSubgraph } from './index.js';

await runSubgraphMain(membersSubgraph);
