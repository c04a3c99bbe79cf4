import type { OrganizationResolvers } from '../generated/resolvers-types.js';
import { today } from '@unmn/shared/dates';

const onCommittee = (role: { kind: string; since: string | null; until: string | null }, date: string) =>
  role.kind === 'EXECUTIVE_COMMITTEE' && (!role.since || role.since <= date) && (!role.until || role.until >= date);

export const Organization: OrganizationResolvers = {
  __resolveReference: (ref, { data }) => data.loaders.organization.load(ref.id),
  networkRoles: (org, { updatedSince }, { data }) =>
    (updatedSince ? data.loaders.rolesByOrganizationSince(updatedSince) : data.loaders.rolesByOrganization).load(org.id),
  onExecutiveCommittee: async (org, { on }, { data }) => {
    const date = on ?? today();
    return (await data.loaders.rolesByOrganization.load(org.id)).some((r) => onCommittee(r, date));
  },
};
