import type { QueryResolvers } from '../generated/resolvers-types.js';
import { NETWORK } from './Network.js';
import { countryCodes, organizationId } from '@unmn/shared/validate';
import { BadUserInputError } from '@unmn/shared/errors';

/** An inverted date range is refused by name (as `publishedFrom`/`publishedTo` of resources), not answered as empty. */
function dateRange(from: string | null | undefined, to: string | null | undefined, names: { from: string; to: string; path: string }): void {
  if (from && to && to < from) throw new BadUserInputError(`${names.path}${names.to}`, `${to} is before ${names.from} ${from}`);
}

export const Query: QueryResolvers = {
  organizations: (_, { filter, sort, first, after }, { data }) => data.store.listOrganizations(filter ?? {}, sort, { first, after }),
  organization: (_, { id }, { data }) => data.loaders.organization.load(id),
  countries: (_, { filter, sort, first, after }, { data }) => data.store.listCountries(filter ?? {}, sort, { first, after }),
  country: (_, { iso3 }, { data }) => data.loaders.country.load(iso3.toUpperCase()),
  network: () => NETWORK,
  unNetworks: (_, { filter, sort, first, after }, { data }) => {
    const f = filter ?? {};
    dateRange(f.establishedFrom, f.establishedTo, { from: 'establishedFrom', to: 'establishedTo', path: 'filter.' });
    return data.store.listUnNetworks({
      ...f,
      // An unknown code or id is refused by name, never answered with a silently empty page.
      countries: f.countries ? countryCodes(f.countries, 'filter.countries') : null,
      regionalCommission: f.regionalCommission ? organizationId(f.regionalCommission, 'filter.regionalCommission') : null,
      lead: f.lead ? organizationId(f.lead, 'filter.lead') : null,
    }, sort, { first, after });
  },
  unNetwork: (_, { id }, { data }) => data.loaders.unNetwork.load(id),
  unNetworkTotals: (_, { kind, from, to, updatedSince }, { data }) => {
    dateRange(from, to, { from: 'from', to: 'to', path: '' });
    return data.store.unNetworkTotals({ kind, from, to, updatedSince });
  },
  viewer: (_, __, { viewer }) => viewer,
};
