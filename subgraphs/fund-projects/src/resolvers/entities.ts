// Other subgraphs' entities, extended with this subgraph's fields. Their reference resolvers just hand back the key:
// the owning subgraph resolves everything else.
import type { CountryResolvers, ObjectiveResolvers, OrganizationResolvers, SupportRequestResolvers } from '../generated/resolvers-types.js';
import { parseFilter } from './inputs.js';

export const Organization: OrganizationResolvers = {
  __resolveReference: (ref) => ({ id: ref.id }),
  fundProjects: (org, { filter, sort, first, after }, { data }) => data.loaders.projectsOf('organization', parseFilter(filter), sort, { first, after }).load(org.id),
};

export const Country: CountryResolvers = {
  __resolveReference: (ref) => ({ iso3: ref.iso3.toUpperCase() }),
  fundProjects: (c, { filter, sort, first, after }, { data }) => data.loaders.projectsOf('country', parseFilter(filter), sort, { first, after }).load(c.iso3.toUpperCase()),
};

export const Objective: ObjectiveResolvers = {
  __resolveReference: (ref) => ({ number: ref.number }),
  thematicArea: async (o, _, { data }) => {
    const mapping = await data.loaders.objectiveArea.load(o.number);
    return mapping ? data.loaders.thematicArea.load(mapping.thematicAreaId) : null;
  },
  thematicAreaProvenance: async (o, _, { data }) => (await data.loaders.objectiveArea.load(o.number))?.provenance ?? null,
  fundProjects: (o, { filter, sort, first, after }, { data }) => data.loaders.projectsOf('objective', parseFilter(filter), sort, { first, after }).load(o.number),
};

export const SupportRequest: SupportRequestResolvers = {
  __resolveReference: (ref) => ({ id: ref.id }),
  fundProjects: (r, { filter, sort, first, after }, { data }) => data.loaders.projectsOf('supportRequest', parseFilter(filter), sort, { first, after }).load(r.id),
};
