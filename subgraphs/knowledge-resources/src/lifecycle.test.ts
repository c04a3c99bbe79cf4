// The review lifecycle table, without a database: every decision from every status.
import { describe, expect, it } from 'vitest';
import { REVIEW_STATUSES, type ReviewStatus } from './data/models.js';
import { reviewLifecycle, type ReviewAction } from './lifecycle.js';

const EXPECTED: Record<ReviewAction, Partial<Record<ReviewStatus, ReviewStatus>>> = {
  SUBMIT: { DRAFT: 'SUBMITTED' },
  START_REVIEW: { SUBMITTED: 'UNDER_REVIEW' },
  PUBLISH: { SUBMITTED: 'PUBLISHED', UNDER_REVIEW: 'PUBLISHED' },
  REQUEST_CHANGES: { SUBMITTED: 'DRAFT', UNDER_REVIEW: 'DRAFT' },
  REJECT: { SUBMITTED: 'REJECTED', UNDER_REVIEW: 'REJECTED' },
  UNPUBLISH: { PUBLISHED: 'UNDER_REVIEW' },
};

describe('review lifecycle', () => {
  for (const [action, allowed] of Object.entries(EXPECTED) as [ReviewAction, Partial<Record<ReviewStatus, ReviewStatus>>][]) {
    for (const status of REVIEW_STATUSES) {
      const next = allowed[status];
      if (next) {
        it(`${action} from ${status} leads to ${next}`, () => {
          expect(reviewLifecycle.allows(status, action)).toBe(true);
          expect(reviewLifecycle.transition('kr-1', status, action)).toBe(next);
        });
      } else {
        it(`${action} from ${status} is a CONFLICT naming both statuses`, () => {
          expect(reviewLifecycle.allows(status, action)).toBe(false);
          let error: unknown;
          try {
            reviewLifecycle.transition('kr-1', status, action);
          } catch (e) {
            error = e;
          }
          expect(error).toMatchObject({
            extensions: { code: 'CONFLICT', reason: 'ILLEGAL_TRANSITION', currentStatus: status, requestedStatus: reviewLifecycle.rules[action].requested, action },
          });
          expect(String((error as Error).message)).toContain('kr-1');
        });
      }
    }
  }
});
