import { objectiveNumbers } from '@unmn/shared/validate';
import type { QueryResolvers } from '../generated/resolvers-types.js';
import { COMPACT } from '../data/seeds/compact.js';

export const Query: QueryResolvers = {
  objectives: (_, { filter }, { data }) => {
    if (filter?.numbers) objectiveNumbers(filter.numbers, 'filter.numbers');
    return data.store.listObjectives(filter ?? {});
  },
  objective: (_, { number }, { data }) => data.loaders.objective.load(number),
  guidingPrinciples: (_, __, { data }) => data.store.listGuidingPrinciples(),
  guidingPrinciple: (_, { letter }, { data }) => data.loaders.principle.load(letter.toLowerCase()),
  compact: () => COMPACT,
  reviews: (_, { filter, sort, first, after }, { data }) => data.store.listReviews(filter ?? {}, sort ?? 'YEAR_ASC', { first, after }),
  sdgGoals: (_, __, { data }) => data.store.listSdgGoals(),
  sdgGoal: (_, { number }, { data }) => data.loaders.sdgGoal.load(number),
  // Codes are stored as the Agenda prints them: lettered targets in lower case (`10.c`).
  sdgTarget: (_, { code }, { data }) => data.loaders.sdgTarget.load(code.trim().toLowerCase()),
};
