import type { NetworkModel } from '../data/models.js';
import type { NetworkResolvers, NetworkRoleResolvers, ViewerResolvers } from '../generated/resolvers-types.js';
import { today } from '@unmn/shared/dates';
import { ROLE_ENUM } from '@unmn/shared/viewer';
import type { MembersStore } from '../data/store.js';
import type { MembersLoaders } from '../data/loaders.js';

export const NETWORK: NetworkModel = { name: 'United Nations Network on Migration', establishedOn: '2018-05-23' };

const holder = async (kind: 'COORDINATOR' | 'SECRETARIAT', store: MembersStore, loaders: MembersLoaders) => {
  const current = (await store.rolesOfKind(kind)).filter((r) => !r.until);
  return (await loaders.organization.load(current[0].organizationId))!;
};

export const Network: NetworkResolvers = {
  coordinator: (_, __, { data }) => holder('COORDINATOR', data.store, data.loaders),
  secretariat: (_, __, { data }) => holder('SECRETARIAT', data.store, data.loaders),
  executiveCommittee: (_, { on }, { data }) => data.store.executiveCommittee(on ?? today()),
  executiveCommitteeHistory: (_, { updatedSince }, { data }) => data.store.rolesOfKind('EXECUTIVE_COMMITTEE', updatedSince),
  memberCount: (_, { minConfidence }, { data }) => data.store.memberCount(minConfidence ?? undefined),
  provenance: () => ({
    source: 'https://migrationnetwork.un.org/about; https://uganda.iom.int/news/united-nations-uganda-launches-network-migration; A/RES/73/195 para 45; letter of 27 Feb 2019',
    // The decision's date is certain; whether to call it the founding date is not (an IOM page says June 2018).
    confidence: 'LIKELY',
    note: 'Set up by the Secretary-General following the Executive Committee decision of 23 May 2018 (May/June 2018); successor to the Global Migration Group; IOM is coordinator and secretariat (GCM para 45(a)).',
    sample: false,
  }),
};

export const NetworkRole: NetworkRoleResolvers = {
  organization: async (role, _, { data }) => (await data.loaders.organization.load(role.organizationId))!,
};

export const Viewer: ViewerResolvers = {
  role: (viewer) => ROLE_ENUM[viewer.role],
  organization: (viewer, _, { data }) => (viewer.organizationId ? data.loaders.organization.load(viewer.organizationId) : null),
  country: (viewer, _, { data }) => (viewer.countryIso3 ? data.loaders.country.load(viewer.countryIso3) : null),
};
