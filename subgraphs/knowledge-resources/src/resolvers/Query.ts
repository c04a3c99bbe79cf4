import type { QueryResolvers } from '../generated/resolvers-types.js';
import { connectionModel } from './connection.js';
import { filterSpec } from './input.js';

export const Query: QueryResolvers = {
  resources: async (_, { filter, sort, first, after }, { data }) => {
    const spec = filterSpec(filter);
    return connectionModel(await data.reads.list(spec, sort, { first, after }), spec, null, null);
  },
  resource: (_, { id }, { data }) => data.loaders.resource.load(id),
};
