// The registry of subgraphs: what `npm start`, `npm run compose` and the tests mount. A subgraph that is not built yet
// is simply absent; add it here when it lands.
import type { SubgraphModule } from '@unmn/shared/subgraph';
import { exchangeSubgraph } from '@unmn/exchange';
import { fundProjectsSubgraph } from '@unmn/fund-projects';
import { gcmObjectivesSubgraph } from '@unmn/gcm-objectives';
import { knowledgeResourcesSubgraph } from '@unmn/knowledge-resources';
import { membersSubgraph } from '@unmn/members';
import { supportRequestsSubgraph } from '@unmn/support-requests';

export const subgraphs: SubgraphModule<any>[] = [membersSubgraph, gcmObjectivesSubgraph, knowledgeResourcesSubgraph, supportRequestsSubgraph, fundProjectsSubgraph,
  // Last: it reads the others' change feeds at their URLs, so they are up (and, in tests, their URLs known) first.
  exchangeSubgraph];
