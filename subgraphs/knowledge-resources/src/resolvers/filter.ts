// Turns a ResourceFilter argument into a validated, normalized spec for the store; bad values are BAD_USER_INPUT
// naming the field (e.g. `filter.languages`). Shared by every field that takes a ResourceFilter.
import type { ResourceFilterSpec } from '../data/store.js';
import { countryCodes, languageCodes, objectiveNumbers, organizationIds, principleLetters, searchText } from '../data/validate.js';
import { BadUserInputError } from '@unmn/shared/errors';
import type { ResourceFilter } from '../generated/resolvers-types.js';

export function filterSpec(filter: ResourceFilter | null | undefined, path = 'filter'): ResourceFilterSpec {
  if (!filter) return {};
  const spec: ResourceFilterSpec = {};
  // Only keys that are set, so equal filters serialize equally (per-parent batching groups by the JSON).
  if (filter.search !== null && filter.search !== undefined) spec.search = searchText(filter.search, `${path}.search`);
  if (filter.objectives) spec.objectives = objectiveNumbers(filter.objectives, `${path}.objectives`);
  if (filter.principles) spec.principles = principleLetters(filter.principles, `${path}.principles`);
  if (filter.regions) spec.regions = [...new Set(filter.regions)].sort();
  if (filter.countries) spec.countries = countryCodes(filter.countries, `${path}.countries`);
  if (filter.languages) spec.languages = languageCodes(filter.languages, `${path}.languages`).sort();
  if (filter.publishers) spec.publishers = organizationIds(filter.publishers, `${path}.publishers`).sort();
  if (filter.types) spec.types = [...new Set(filter.types)].sort();
  if (filter.scopes) spec.scopes = [...new Set(filter.scopes)].sort();
  if (filter.publishedFrom) spec.publishedFrom = filter.publishedFrom;
  if (filter.publishedTo) spec.publishedTo = filter.publishedTo;
  if (spec.publishedFrom && spec.publishedTo && spec.publishedFrom > spec.publishedTo) {
    throw new BadUserInputError(`${path}.publishedTo`, `${spec.publishedTo} is before publishedFrom ${spec.publishedFrom}`);
  }
  if (filter.reviewStatuses) spec.reviewStatuses = [...new Set(filter.reviewStatuses)].sort();
  if (filter.mine) spec.mine = true;
  if (filter.updatedSince) spec.updatedSince = filter.updatedSince;
  return spec;
}
