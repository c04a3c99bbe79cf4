import type { FundProjectResolvers, SupportRequestResolvers, UnNetworkResolvers } from '../generated/resolvers-types.js';

// load() rather than loadMany(): one batch either way, but a failed lookup rejects instead of hiding as an Error item.
const found = <T>(value: T | null): value is T => value !== null;

export const UnNetwork: UnNetworkResolvers = {
  __resolveReference: (ref, { data }) => data.loaders.unNetwork.load(ref.id),
  country: (n, _, { data }) => (n.countryIso3 ? data.loaders.country.load(n.countryIso3) : null),
  regionalCommission: (n, _, { data }) => (n.regionalCommissionId ? data.loaders.organization.load(n.regionalCommissionId) : null),
  leads: async (n, _, { data }) => {
    const ids = await data.loaders.leadIdsByNetwork.load(n.id);
    // Lead ids reference organizations (a foreign key), so every one is found.
    return (await Promise.all(ids.map((id) => data.loaders.organization.load(id)))).filter(found);
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
    return (await Promise.all(p.countries.map((c) => data.loaders.unNetworkByCountry.load(c.iso3)))).filter(found);
  },
};
