import type { FundProjectResolvers, SupportRequestResolvers, UnNetworkResolvers } from '../generated/resolvers-types.js';
import type { OrganizationModel } from '../data/models.js';

export const UnNetwork: UnNetworkResolvers = {
  __resolveReference: (ref, { data }) => data.loaders.unNetwork.load(ref.id),
  country: (n, _, { data }) => (n.countryIso3 ? data.loaders.country.load(n.countryIso3) : null),
  regionalCommission: (n, _, { data }) => (n.regionalCommissionId ? data.loaders.organization.load(n.regionalCommissionId) : null),
  leads: async (n, _, { data }) => {
    const ids = await data.loaders.leadIdsByNetwork.load(n.id);
    // Lead ids reference organizations (a foreign key), so every one is found.
    return (await data.loaders.organization.loadMany(ids)) as OrganizationModel[];
  },
};

// The gateway sends the request's or programme's countries (@requires); the networks are looked up by country in one
// batch for all the entities of a response.
export const SupportRequest: SupportRequestResolvers = {
  __resolveReference: (ref) => ref,
  unNetwork: (r, _, { data }) => (r.country?.iso3 ? data.loaders.unNetworkByCountry.load(r.country.iso3) : null),
};

export const FundProject: FundProjectResolvers = {
  __resolveReference: (ref) => ref,
  unNetworks: async (p, _, { data }) => {
    if (!p.countries) return null;
    const found = await data.loaders.unNetworkByCountry.loadMany(p.countries.map((c) => c.iso3));
    return found.filter((n) => n !== null && !(n instanceof Error)) as Exclude<(typeof found)[number], Error | null>[];
  },
};
