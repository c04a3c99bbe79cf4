// Runs the knowledge-resources subgraph alone: `npx tsx subgraphs/knowledge-resources/server.ts`
// (port KNOWLEDGE_RESOURCES_PORT, default 4003).
import { runSubgraphMain } from '../../shared/main.js';
import { knowledgeResourcesSubgraph } from './index.js';

await runSubgraphMain(knowledgeResourcesSubgraph);
