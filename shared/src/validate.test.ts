// The shared input validators: one wording (`Invalid <argument>: ...`) and the exact path of the offending value in
// `extensions.argument`, list positions included (docs/errors.md, BAD_USER_INPUT).
import { describe, expect, it } from 'vitest';
import type { GraphQLError } from 'graphql';
import { boundedText, countryCodes, objectiveNumbers, optionalBoundedText, organizationIds } from './validate.js';

const refusal = (fn: () => unknown): GraphQLError => {
  try {
    fn();
  } catch (error) {
    return error as GraphQLError;
  }
  throw new Error('expected a refusal');
};

describe('validators', () => {
  it('normalize what they accept', () => {
    expect(objectiveNumbers([20, 1], 'input.objectives')).toEqual([20, 1]);
    expect(countryCodes([' mex', 'PHL'], 'filter.countries')).toEqual(['MEX', 'PHL']);
    expect(organizationIds(['IOM '], 'input.publishers')).toEqual(['iom']);
    expect(boundedText('  A title ', 'input.title', 20)).toBe('A title');
    expect(optionalBoundedText('   ', 'input.note', 20)).toBeNull();
  });

  it.each([
    [() => objectiveNumbers([20, 24], 'filter.numbers'), 'filter.numbers[1]', /GCM objectives are numbered 1 to 23; got 24/],
    [() => objectiveNumbers([], 'input.objectives', { required: true }), 'input.objectives', /name at least one GCM objective/],
    [() => countryCodes(['MEX', 'MXE'], 'filter.countries'), 'filter.countries[1]', /"MXE" is not the ISO alpha-3 code/],
    [() => countryCodes(['MEX', 'mex'], 'input.countries', { unique: true }), 'input.countries[1]', /"MEX" is listed twice/],
    [() => organizationIds(['nope'], 'input.publishers'), 'input.publishers[0]', /"nope" is not the id of an organization/],
    [() => boundedText('   ', 'input.title', 10), 'input.title', /must not be empty/],
    [() => boundedText('x'.repeat(11), 'input.title', 10), 'input.title', /is 11 characters long; the limit is 10/],
  ])('refuses bad input with BAD_USER_INPUT naming %#', (fn, argument, reason) => {
    const error = refusal(fn);
    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', argument });
    expect(error.message.startsWith(`Invalid ${argument}: `), error.message).toBe(true);
    expect(error.message).toMatch(reason);
  });
});
