import type { QueryResolvers } from '../generated/resolvers-types.js';
import { pageSize } from '@unmn/shared/pagination';
import { filterFrom } from './filter.js';
import { visible } from './SupportRequest.js';

export const Query: QueryResolvers = {
  supportRequest: async (_, { id }, ctx) => visible(await ctx.data.loaders.request.load(id), ctx),
  supportRequestByCode: async (_, { code }, ctx) => visible(await ctx.data.loaders.requestByCode.load(code.trim().toUpperCase()), ctx),
  supportRequests: (_, { filter, sort, first, after }, { viewer, data }) => {
    pageSize(first);
    return data.reads.list(viewer, filterFrom(filter), sort ?? 'SUBMITTED_DESC', { first, after });
  },
  supportRequestStats: (_, { filter }, { viewer, data }) => data.reporting.stats(viewer, filterFrom(filter)),
};
