import type { QueryResolvers } from '../generated/resolvers-types.js';
import { NETWORK } from './Network.js';
import { countryCodes, organizationId } from '@unmn/shared/validate';

export const Query: QueryResolvers = {
  organizations: (_, { filter, sort, first, after }, { data }) => data.store.listOrganizations(filter ?? {}, sort, { first, after }),
  organization: (_, { id }, { data }) => data.loaders.organization.load(id),
  countries: (_, { filter, sort, first, after }, { data }) => data.store.listCountries(filter ?? {}, sort, { first, after }),
  country: (_, { iso3 }, { data }) => data.loaders.country.load(iso3.toUpperCase()),
  network: () => NETWORK,
  unNetworks: (_, { filter, sort, first, after }, { data }) => {
    const f = filter ?? {};
    return data.store.listUnNetworks({
      ...f,
      // An unknown code or id is refused by name, never answered with a silently empty page.
      countries: f.countries ? countryCodes(f.countries, 'filter.countries') : null,
      regionalCommission: f.regionalCommission ? organizationId(f.regionalCommission, 'filter.regionalCommission') : null,
      lead: f.lead ? organizationId(f.lead, 'filter.lead') : null,
    }, sort, { first, after });
  },
  unNetwork: (_, { id }, { data }) => data.loaders.unNetwork.load(id),
  unNetworkTotals: (_, { kind, from, to, updatedSince }, { data }) => data.store.unNetworkTotals({ kind, from, to, updatedSince }),
  viewer: (_, __, { viewer }) => viewer,
};
