import type { CountryResolvers } from '../generated/resolvers-types.js';

export const Country: CountryResolvers = {
  __resolveReference: (ref, { data }) => data.loaders.country.load(ref.iso3.toUpperCase()),
  unNetwork: (country, _, { data }) => data.loaders.unNetworkByCountry.load(country.iso3),
  regionalCommission: async (country, _, { data }) => (await data.loaders.organization.load(country.regionalCommissionId))!,
};
