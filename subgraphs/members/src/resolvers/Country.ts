import type { CountryResolvers } from '../generated/resolvers-types.js';

export const Country: CountryResolvers = {
  __resolveReference: (ref, { data }) => data.loaders.country.load(ref.iso3.toUpperCase()),
  regionalCommission: async (country, _, { data }) => (await data.loaders.organization.load(country.regionalCommissionId))!,
};
