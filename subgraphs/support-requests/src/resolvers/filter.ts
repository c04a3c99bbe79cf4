import { BadUserInputError } from '@unmn/shared/errors';
import { countryCodes, objectiveNumbers, organizationIds } from '@unmn/shared/validate';
import type { SupportRequestFilter } from '../generated/resolvers-types.js';
import type { RequestFilter } from '../data/reads.js';

/**
 * Checks a list filter with the graph's shared validators: an objective outside 1 to 23, an unknown country or an
 * unknown partner organization is a BAD_USER_INPUT naming the value (`filter.countries[0]`), never a silent empty
 * list. Codes come back normalized (countries upper-cased, organization ids lower-cased).
 */
export function filterFrom(filter: SupportRequestFilter | null | undefined, argument = 'filter'): RequestFilter {
  if (!filter) return {};
  const out: RequestFilter = { ...filter };
  if (filter.objectives) out.objectives = objectiveNumbers(filter.objectives, `${argument}.objectives`);
  if (filter.countries) out.countries = countryCodes(filter.countries, `${argument}.countries`);
  if (filter.partners) out.partners = organizationIds(filter.partners, `${argument}.partners`);
  if (filter.submittedFrom && filter.submittedBefore && filter.submittedFrom >= filter.submittedBefore) {
    throw new BadUserInputError(`${argument}.submittedBefore`, `must be later than submittedFrom (${filter.submittedFrom})`);
  }
  return out;
}
