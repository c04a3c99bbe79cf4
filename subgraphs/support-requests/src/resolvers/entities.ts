// Other subgraphs' entities this subgraph extends: their reference resolvers just return the key, and their
// `supportRequests` connections are batched per arguments across every parent in the response.
import { pageSize } from '@unmn/shared/pagination';
import type { CountryResolvers, ObjectiveResolvers, OrganizationResolvers } from '../generated/resolvers-types.js';
import { filterFrom } from './filter.js';

export const Country: CountryResolvers = {
  // Upper-cased like every other subgraph's Country reference, so `mex` and `MEX` batch and match the same rows.
  __resolveReference: (ref) => ({ iso3: ref.iso3.toUpperCase() }),
  supportRequests: (c, { filter, sort, first, after }, { data }) => {
    pageSize(first);
    return data.loaders.connections('country', filterFrom(filter), sort ?? 'SUBMITTED_DESC', { first, after }).load(c.iso3.toUpperCase());
  },
};

export const Objective: ObjectiveResolvers = {
  __resolveReference: (ref) => ({ number: ref.number }),
  supportRequests: (o, { filter, sort, first, after }, { data }) => {
    pageSize(first);
    return data.loaders.connections('objective', filterFrom(filter), sort ?? 'SUBMITTED_DESC', { first, after }).load(o.number);
  },
};

export const Organization: OrganizationResolvers = {
  __resolveReference: (ref) => ({ id: ref.id }),
  supportRequests: (o, { filter, sort, first, after }, { data }) => {
    pageSize(first);
    return data.loaders.connections('organization', filterFrom(filter), sort ?? 'SUBMITTED_DESC', { first, after }).load(o.id);
  },
};
