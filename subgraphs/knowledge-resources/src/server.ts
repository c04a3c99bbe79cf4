// Runs the knowledge-resources subgraph alone: `npm run dev -w subgraphs/knowledge-resources` (or `npm start -w subgraphs/knowledge-resources` from the build)
// (port KNOWLEDGE_RESOURCES_PORT, default 4003).
import { runSubgraphMain } from '@unmn/shared/subgraph';
import { knowledgeResourcesSubgraph } from './index.js';

await runSubgraphMain(knowledgeResourcesSubgraph);
