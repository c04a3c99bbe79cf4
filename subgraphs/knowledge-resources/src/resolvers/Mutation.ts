// Each mutation: the role check that needs no data, then input validation, then the one write path (data/writes.ts).
import type { MutationResolvers } from '../generated/resolvers-types.js';
import { Writes } from '../data/writes.js';
import { resourceChanges, reviewComment } from './input.js';

export const Mutation: MutationResolvers = {
  submitResource: (_, { input }, { data, viewer }) => {
    Writes.checkRole(viewer, 'submit');
    return data.writes.submit(resourceChanges(input, 'input'), Boolean(input.draft));
  },
  updateResource: (_, { input: { id, version, submit, ...fields } }, { data, viewer }) => {
    Writes.checkRole(viewer, 'update');
    return data.writes.update(id, version, resourceChanges(fields, 'input'), Boolean(submit));
  },
  reviewResource: (_, { input }, { data, viewer }) => {
    Writes.checkRole(viewer, 'review');
    return data.writes.review(input.id, input.version, input.decision, reviewComment(input.decision, input.comment, 'input.comment'));
  },
};
