import type { QueryResolvers } from '../generated/resolvers-types.js';
import { FUND } from '../data/reference/fund.js';
import { parseFilter } from './inputs.js';

export const Query: QueryResolvers = {
  fund: () => FUND,
  thematicAreas: (_, __, { data }) => data.reads.listThematicAreas(),
  fundProject: (_, { id }, { data }) => data.loaders.project.load(id),
  fundProjects: (_, { filter, sort, first, after }, { data }) => data.reads.listProjects(parseFilter(filter), sort, { first, after }),
  fundingSummary: (_, { groupBy, filter }, { data }) => data.reporting.fundingSummary(groupBy, parseFilter(filter)),
  thematicBalance: (_, __, { data }) => data.reporting.thematicBalance(),
};
