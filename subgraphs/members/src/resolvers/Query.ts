import type { QueryResolvers } from '../generated/resolvers-types.js';
import { NETWORK } from './Network.js';

export const Query: QueryResolvers = {
  organizations: (_, { filter, first, after }, { data }) => data.store.listOrganizations(filter ?? {}, { first, after }),
  organization: (_, { id }, { data }) => data.loaders.organization.load(id),
  countries: (_, { filter, first, after }, { data }) => data.store.listCountries(filter ?? {}, { first, after }),
  country: (_, { iso3 }, { data }) => data.loaders.country.load(iso3.toUpperCase()),
  network: () => NETWORK,
  viewer: (_, __, { viewer }) => viewer,
};
