import { BadUserInputError } from '@unmn/shared/errors';
import type { QueryResolvers } from '../generated/resolvers-types.js';
import { COMPACT } from '../data/seeds/compact.js';

export const Query: QueryResolvers = {
  objectives: (_, { filter }, { data }) => {
    const bad = filter?.numbers?.find((n) => n < 1 || n > 23);
    if (bad !== undefined) throw new BadUserInputError('filter.numbers', `objective numbers run from 1 to 23; got ${bad}`);
    return data.store.listObjectives(filter ?? {});
  },
  objective: (_, { number }, { data }) => data.loaders.objective.load(number),
  guidingPrinciples: (_, __, { data }) => data.store.listGuidingPrinciples(),
  guidingPrinciple: (_, { letter }, { data }) => data.loaders.principle.load(letter.toLowerCase()),
  compact: () => COMPACT,
  reviews: (_, { filter, first, after }, { data }) => data.store.listReviews(filter ?? {}, { first, after }),
};
