import type { KnowledgeResourceConnectionResolvers, KnowledgeResourceEdgeResolvers, KnowledgeResourceResolvers } from '../generated/resolvers-types.js';
import { canSeeReviewComment } from '../policy.js';
import { snippetOf } from '../data/search.js';

export const KnowledgeResource: KnowledgeResourceResolvers = {
  __resolveReference: (ref, { data }) => data.loaders.resource.load(ref.id),
  languages: async (r, _, { data }) => (await data.loaders.tags.load(r.seq)).languages,
  publishers: async (r, _, { data }) => (await data.loaders.tags.load(r.seq)).publishers.map((id) => ({ id })),
  objectives: async (r, _, { data }) => (await data.loaders.tags.load(r.seq)).objectives.map((number) => ({ number })),
  principles: async (r, _, { data }) => (await data.loaders.tags.load(r.seq)).principles.map((letter) => ({ letter })),
  countries: async (r, _, { data }) => (await data.loaders.tags.load(r.seq)).countries.map((iso3) => ({ iso3 })),
  regions: async (r, _, { data }) => (await data.loaders.tags.load(r.seq)).regions,
  reviewComment: (r, _, { viewer }) => (canSeeReviewComment(viewer, r) ? r.reviewComment : null),
};

export const KnowledgeResourceEdge: KnowledgeResourceEdgeResolvers = {
  snippet: (edge) => (edge.search ? snippetOf(edge.node, edge.search, edge.searchLanguages) : null),
};

export const KnowledgeResourceConnection: KnowledgeResourceConnectionResolvers = {
  facets: (conn, _, { data }) => data.loaders.facets.load(conn.facetKey),
  // Only a search that found nothing is corrected.
  didYouMean: (conn, _, { data }) => (conn.totalCount === 0 && conn.facetKey.filter.search ? data.loaders.didYouMean.load(conn.facetKey) : null),
};
