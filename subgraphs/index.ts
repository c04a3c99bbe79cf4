// The registry of subgraphs: what `npm start`, `npm run compose` and the tests mount. A subgraph that is not built yet
// is simply absent; add it here when it lands.
import type { SubgraphModule } from '../shared/subgraph.js';
import { fundProjectsSubgraph } from './fund-projects/index.js';
import { gcmObjectivesSubgraph } from './gcm-objectives/index.js';
import { knowledgeResourcesSubgraph } from './knowledge-resources/index.js';
import { membersSubgraph } from './members/index.js';
import { supportRequestsSubgraph } from './support-requests/index.js';

export const subgraphs: SubgraphModule<any>[] = [membersSubgraph, gcmObjectivesSubgraph, knowledgeResourcesSubgraph, supportRequestsSubgraph, fundProjectsSubgraph];
