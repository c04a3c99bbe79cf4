import type { QueryResolvers } from '../generated/resolvers-types.js';
import { FUND } from '../data/seeds/fund.js';
import { parseFilter } from './inputs.js';

export const Query: QueryResolvers = {
  fund: () => FUND,
  thematicAreas: (_, __, { data }) => data.store.listThematicAreas(),
  fundProject: (_, { id }, { data }) => data.loaders.project.load(id),
  fundProjects: (_, { filter, sort, first, after }, { data }) => data.store.listProjects(parseFilter(filter), sort, { first, after }),
  fundingSummary: (_, { groupBy, filter }, { data }) => data.store.fundingSummary(groupBy, parseFilter(filter)),
  thematicBalance: (_, __, { data }) => data.store.thematicBalance(),
};
