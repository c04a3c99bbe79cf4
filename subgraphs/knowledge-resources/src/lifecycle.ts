// The review lifecycle, as data. A submitter moves a DRAFT to SUBMITTED (submitResource, or updateResource with
// `submit`); the secretariat decides reviews. A decision from a status not listed here is a CONFLICT naming the
// current and the requested status (shared/state-machine.ts, the same shape every lifecycle in the graph has).
//
//   DRAFT --submit--> SUBMITTED --START_REVIEW--> UNDER_REVIEW
//   SUBMITTED | UNDER_REVIEW --PUBLISH--> PUBLISHED, --REJECT--> REJECTED, --REQUEST_CHANGES--> DRAFT
//   PUBLISHED --UNPUBLISH--> UNDER_REVIEW (off the public platform, back with the secretariat, which then publishes it
//   again, requests changes or rejects it; the change feed tells readers who lose sight of it LEFT_VIEW)
import { defineLifecycle, type TransitionRule } from '@unmn/shared/state-machine';
import type { ReviewStatus } from './data/models.js';

export type ReviewDecision = 'START_REVIEW' | 'PUBLISH' | 'REQUEST_CHANGES' | 'REJECT' | 'UNPUBLISH';
export type ReviewAction = ReviewDecision | 'SUBMIT';

export const LIFECYCLE: Record<ReviewAction, TransitionRule<ReviewStatus>> = {
  SUBMIT: { label: 'submit', requested: 'SUBMITTED', from: { DRAFT: 'SUBMITTED' } },
  START_REVIEW: { label: 'start the review of', requested: 'UNDER_REVIEW', from: { SUBMITTED: 'UNDER_REVIEW' } },
  PUBLISH: { label: 'publish', requested: 'PUBLISHED', from: { SUBMITTED: 'PUBLISHED', UNDER_REVIEW: 'PUBLISHED' } },
  REQUEST_CHANGES: { label: 'request changes to', requested: 'DRAFT', from: { SUBMITTED: 'DRAFT', UNDER_REVIEW: 'DRAFT' } },
  REJECT: { label: 'reject', requested: 'REJECTED', from: { SUBMITTED: 'REJECTED', UNDER_REVIEW: 'REJECTED' } },
  UNPUBLISH: { label: 'unpublish', requested: 'UNDER_REVIEW', from: { PUBLISHED: 'UNDER_REVIEW' } },
};

/** No review decision leaves these. */
export const FINAL_STATUSES: readonly ReviewStatus[] = ['REJECTED'];

export const reviewLifecycle = defineLifecycle<ReviewStatus, ReviewAction>('knowledge resource', LIFECYCLE, FINAL_STATUSES);
