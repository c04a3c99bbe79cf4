import type { CompactResolvers, GuidingPrincipleResolvers, ObjectiveResolvers, ReviewResolvers } from '../generated/resolvers-types.js';

export const Objective: ObjectiveResolvers = {
  __resolveReference: (ref, { data }) => data.loaders.objective.load(ref.number),
  sdgTargets: (objective, _, { data }) => data.loaders.sdgLinksByObjective.load(objective.number),
};

export const GuidingPrinciple: GuidingPrincipleResolvers = {
  __resolveReference: (ref, { data }) => data.loaders.principle.load(ref.letter),
};

export const Review: ReviewResolvers = {
  __resolveReference: (ref, { data }) => data.loaders.review.load(ref.id),
  regionalCommission: (review) => (review.regionalCommissionId ? { id: review.regionalCommissionId } : null),
  organizers: async (review, _, { data }) => (await data.loaders.organizerIds.load(review.id)).map((id) => ({ id })),
};

export const Compact: CompactResolvers = {
  sections: (compact) =>
    compact.sections.map((s) => ({
      ...s,
      provenance: { source: s.source, confidence: s.confidence === 'C' ? 'CERTAIN' : 'LIKELY', note: null, sample: false },
    })),
};
