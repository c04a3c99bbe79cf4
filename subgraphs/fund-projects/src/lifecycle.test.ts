import { describe, expect, it } from 'vitest';
import type { FundProjectStatus } from './data/models.js';
import { APPROVED_STATUSES, LIFECYCLE, lifecycle, transition, type Action } from './lifecycle.js';

const STATUSES: FundProjectStatus[] = ['CONCEPT_NOTE', 'PIPELINE', 'APPROVED', 'ACTIVE', 'CLOSED', 'NOT_SELECTED'];

describe('fund project lifecycle', () => {
  it('allows exactly the transitions of the table', () => {
    const allowed = (action: Action) => STATUSES.filter((s) => lifecycle.allows(s, action));
    expect(allowed('moveToPipeline')).toEqual(['CONCEPT_NOTE']);
    expect(allowed('approve')).toEqual(['CONCEPT_NOTE', 'PIPELINE']);
    expect(allowed('notSelect')).toEqual(['CONCEPT_NOTE', 'PIPELINE']);
    expect(allowed('close')).toEqual(['APPROVED', 'ACTIVE']);
    expect(allowed('update')).toEqual(['CONCEPT_NOTE', 'PIPELINE', 'APPROVED', 'ACTIVE']);
    expect(allowed('recordTransfer')).toEqual(['APPROVED', 'ACTIVE']);
    expect(allowed('reportProgress')).toEqual(['APPROVED', 'ACTIVE', 'CLOSED']);
    expect(APPROVED_STATUSES).toEqual(['APPROVED', 'ACTIVE', 'CLOSED']);
  });

  it('the first transfer activates an approved programme; edits and reports keep the status', () => {
    expect(transition('JP-1', 'APPROVED', 'recordTransfer')).toBe('ACTIVE');
    expect(transition('JP-1', 'ACTIVE', 'recordTransfer')).toBe('ACTIVE');
    expect(transition('JP-1', 'PIPELINE', 'update')).toBe('PIPELINE');
    expect(transition('JP-1', 'CLOSED', 'reportProgress')).toBe('CLOSED');
  });

  it('refuses every other (status, action) pair with one CONFLICT shape', () => {
    for (const action of Object.keys(LIFECYCLE) as Action[]) {
      for (const status of STATUSES.filter((s) => !lifecycle.allows(s, action))) {
        let error: any;
        try {
          transition('JP-2020-X', status, action);
        } catch (e) {
          error = e;
        }
        expect(error?.extensions, `${action} from ${status}`).toMatchObject({
          code: 'CONFLICT', reason: 'ILLEGAL_TRANSITION', currentStatus: status, requestedStatus: LIFECYCLE[action].requested ?? status, action,
        });
        expect(error.message).toContain(`fund project JP-2020-X: its status is ${status}`);
      }
    }
  });

  it('says when a status is final', () => {
    expect(() => transition('JP-1', 'NOT_SELECTED', 'approve')).toThrow(/NOT_SELECTED is final/);
    expect(() => transition('JP-1', 'CLOSED', 'recordTransfer')).toThrow(/allowed only from APPROVED or ACTIVE\. CLOSED is final/);
  });
});
