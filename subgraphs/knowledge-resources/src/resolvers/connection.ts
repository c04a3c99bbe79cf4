// Builds the connection model resolvers return: edges carry the search (for the snippet loader) and score, and the
// connection remembers its filter and parent so `facets` can count the same matches on demand.
import type { Connection } from '@unmn/shared/pagination';
import type { ParentScope, ResourceConnectionModel, ResourceFilterSpec, ScoredResource } from '../data/models.js';

export const connectionModel = (
  conn: Connection<ScoredResource>,
  filter: ResourceFilterSpec,
  scope: ParentScope | null,
  parentKey: string | number | null,
): ResourceConnectionModel => ({
  totalCount: conn.totalCount,
  pageInfo: conn.pageInfo,
  edges: conn.edges.map((e) => ({ node: e.node.resource, cursor: e.cursor, search: filter.search ?? null, searchLanguages: filter.languages ?? null, score: e.node.score })),
  facetKey: { scope, parentKey, filter },
});
