// Objective.resources, Organization.resources and Country.resources: the same filtered connection under each parent,
// batched per request through the byParent loader (two statements for all parents of a response).
import { pageSize } from '@unmn/shared/pagination';
import type { CountryResolvers, ObjectiveResolvers, OrganizationResolvers, ResourceFilter, ResourceSort, SupportRequestResolvers } from '../generated/resolvers-types.js';
import type { KnowledgeContext } from '../context.js';
import type { ParentScope } from '../data/models.js';
import { connectionModel } from './connection.js';
import { filterSpec, relatedPracticeFilter } from './input.js';

interface ListArgs { filter?: ResourceFilter | null; sort?: ResourceSort | null; first?: number | null; after?: string | null }

async function resourcesUnder(scope: ParentScope, parentKey: string | number, args: ListArgs, { data }: KnowledgeContext) {
  const spec = filterSpec(args.filter);
  pageSize(args.first); // refuse a bad page size here, once per field, rather than inside the shared batch
  const conn = await data.loaders.byParent.load({ scope, parentKey, filter: spec, sort: args.sort ?? null, page: { first: args.first, after: args.after } });
  return connectionModel(conn, spec, scope, parentKey);
}

export const Objective: ObjectiveResolvers = {
  __resolveReference: (ref) => ({ number: ref.number }),
  resources: (objective, args, ctx) => resourcesUnder('objective', objective.number, args, ctx),
};

export const Organization: OrganizationResolvers = {
  __resolveReference: (ref) => ({ id: ref.id }),
  resources: (org, args, ctx) => resourcesUnder('organization', org.id, args, ctx),
};

export const Country: CountryResolvers = {
  __resolveReference: (ref) => ({ iso3: ref.iso3.toUpperCase() }),
  resources: (country, args, ctx) => resourcesUnder('country', country.iso3, args, ctx),
};

export const SupportRequest: SupportRequestResolvers = {
  // The gateway sends the key and the @requires fields (country, objectives) in the representation.
  __resolveReference: (ref) => ({ id: ref.id, country: ref.country ?? null, objectives: ref.objectives ?? null }),
  relatedPractices: async (request, { filter: given, first, after }, { data }) => {
    pageSize(first);
    const filter = relatedPracticeFilter(given);
    const conn = await data.loaders.relatedPractices.load({
      key: request.id,
      iso3: request.country?.iso3?.toUpperCase() ?? null,
      objectives: [...new Set((request.objectives ?? []).map((o) => o.number))],
      filter,
      page: { first, after },
    });
    // Facets of related practices count published practices sharing the objectives (the list before ranking).
    return connectionModel(conn, { objectives: [...new Set((request.objectives ?? []).map((o) => o.number))].sort((a, b) => a - b), types: ['PRACTICE'], reviewStatuses: ['PUBLISHED'], ...filter }, null, null);
  },
};
