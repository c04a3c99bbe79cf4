import { BadUserInputError } from '../../../shared/errors.js';
import type { SupportRequestFilter } from '../generated/resolvers-types.js';
import type { RequestFilter } from '../data/store.js';

/** Checks a list filter; objective numbers out of range are refused (an unknown country simply matches nothing). */
export function filterFrom(filter: SupportRequestFilter | null | undefined, argument = 'filter'): RequestFilter {
  if (!filter) return {};
  const bad = filter.objectives?.find((n) => n < 1 || n > 23);
  if (bad !== undefined) throw new BadUserInputError(`${argument}.objectives`, `GCM objectives are numbered 1 to 23; got ${bad}`);
  if (filter.submittedFrom && filter.submittedBefore && filter.submittedFrom >= filter.submittedBefore) {
    throw new BadUserInputError(`${argument}.submittedBefore`, `must be later than submittedFrom (${filter.submittedFrom})`);
  }
  return filter;
}
