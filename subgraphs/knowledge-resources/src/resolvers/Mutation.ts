import type { MutationResolvers } from '../generated/resolvers-types.js';

export const Mutation: MutationResolvers = {
  submitResource: (_, { input }, { data }) => data.workflow.submit(input),
  updateResource: (_, { input }, { data }) => data.workflow.update(input),
  reviewResource: (_, { input }, { data }) => data.workflow.review(input),
};
