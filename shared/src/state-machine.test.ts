// defineLifecycle: the next status for allowed actions, and one CONFLICT shape (docs/errors.md) for the rest.
import { describe, expect, it } from 'vitest';
import { GraphQLError } from 'graphql';
import { defineLifecycle } from './state-machine.js';

type Status = 'DRAFT' | 'SUBMITTED' | 'PUBLISHED' | 'WITHDRAWN';
const lifecycle = defineLifecycle<Status, 'submit' | 'publish' | 'edit'>(
  'test record',
  {
    submit: { label: 'submit', requested: 'SUBMITTED', from: { DRAFT: 'SUBMITTED' } },
    publish: { label: 'publish', requested: 'PUBLISHED', from: { SUBMITTED: 'PUBLISHED' } },
    edit: { label: 'edit', requested: null, from: { DRAFT: 'DRAFT', SUBMITTED: 'SUBMITTED' } },
  },
  ['PUBLISHED', 'WITHDRAWN'],
);

const refusal = (fn: () => unknown): GraphQLError => {
  try {
    fn();
  } catch (error) {
    return error as GraphQLError;
  }
  throw new Error('expected a refusal');
};

describe('defineLifecycle', () => {
  it('answers the next status of an allowed action, and whether an action is allowed', () => {
    expect(lifecycle.transition('r-1', 'DRAFT', 'submit')).toBe('SUBMITTED');
    expect(lifecycle.transition('r-1', 'SUBMITTED', 'edit')).toBe('SUBMITTED');
    expect(lifecycle.allows('SUBMITTED', 'publish')).toBe(true);
    expect(lifecycle.allows('DRAFT', 'publish')).toBe(false);
  });

  it('refuses an illegal transition with CONFLICT, reason ILLEGAL_TRANSITION, both statuses and the action', () => {
    const error = refusal(() => lifecycle.transition('r-1', 'DRAFT', 'publish'));
    expect(error.extensions).toEqual({ code: 'CONFLICT', reason: 'ILLEGAL_TRANSITION', currentStatus: 'DRAFT', requestedStatus: 'PUBLISHED', action: 'publish' });
    expect(error.message).toBe('Cannot publish test record r-1: its status is DRAFT; moving it to PUBLISHED is allowed only from SUBMITTED.');
  });

  it('names a final status as final, and gives an action that keeps the status the current status as requested', () => {
    const error = refusal(() => lifecycle.transition('r-2', 'PUBLISHED', 'edit'));
    expect(error.extensions).toMatchObject({ currentStatus: 'PUBLISHED', requestedStatus: 'PUBLISHED', action: 'edit' });
    expect(error.message).toBe('Cannot edit test record r-2: its status is PUBLISHED; edit is allowed only from DRAFT or SUBMITTED. PUBLISHED is final.');
  });
});
