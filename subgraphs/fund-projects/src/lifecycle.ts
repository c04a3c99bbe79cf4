// A joint programme's lifecycle, as data (shared/state-machine.ts): every write names an action, and an action from a
// status not listed here is a CONFLICT with `reason: 'ILLEGAL_TRANSITION'`, `currentStatus` and `requestedStatus`.
// Pure: the table itself is unit-tested (lifecycle.test.ts).
//
//   CONCEPT_NOTE --moveToPipeline--> PIPELINE
//   CONCEPT_NOTE | PIPELINE --approve--> APPROVED --recordTransfer (the first)--> ACTIVE
//   CONCEPT_NOTE | PIPELINE --notSelect--> NOT_SELECTED
//   APPROVED | ACTIVE --close--> CLOSED
// Edits (update) keep the status and are refused once CLOSED or NOT_SELECTED; progress is reported on APPROVED,
// ACTIVE or CLOSED programmes.
import { defineLifecycle, type TransitionRule } from '@unmn/shared/state-machine';
import { FUND_PROJECT_STATUSES, type FundProjectStatus } from './data/models.js';

export type Action = 'moveToPipeline' | 'approve' | 'notSelect' | 'close' | 'update' | 'recordTransfer' | 'reportProgress';

export const LIFECYCLE: Record<Action, TransitionRule<FundProjectStatus>> = {
  moveToPipeline: { label: 'advance', requested: 'PIPELINE', from: { CONCEPT_NOTE: 'PIPELINE' } },
  approve: { label: 'approve', requested: 'APPROVED', from: { CONCEPT_NOTE: 'APPROVED', PIPELINE: 'APPROVED' } },
  notSelect: { label: 'decline', requested: 'NOT_SELECTED', from: { CONCEPT_NOTE: 'NOT_SELECTED', PIPELINE: 'NOT_SELECTED' } },
  close: { label: 'close', requested: 'CLOSED', from: { APPROVED: 'CLOSED', ACTIVE: 'CLOSED' } },
  update: { label: 'edit', requested: null, from: { CONCEPT_NOTE: 'CONCEPT_NOTE', PIPELINE: 'PIPELINE', APPROVED: 'APPROVED', ACTIVE: 'ACTIVE' } },
  // The first transfer starts implementation.
  recordTransfer: { label: 'record a transfer to', requested: 'ACTIVE', from: { APPROVED: 'ACTIVE', ACTIVE: 'ACTIVE' } },
  reportProgress: { label: 'report progress on', requested: null, from: { APPROVED: 'APPROVED', ACTIVE: 'ACTIVE', CLOSED: 'CLOSED' } },
};

export const FINAL_STATUSES: readonly FundProjectStatus[] = ['CLOSED', 'NOT_SELECTED'];

export const lifecycle = defineLifecycle<FundProjectStatus, Action>('fund project', LIFECYCLE, FINAL_STATUSES);

/** The status after `action` from `current`; throws CONFLICT naming both when the action is not allowed. */
export const transition = (code: string, current: FundProjectStatus, action: Action): FundProjectStatus => lifecycle.transition(code, current, action);

/** Statuses whose budget counts as approved (thematic balance): those progress is reported on. */
export const APPROVED_STATUSES: readonly FundProjectStatus[] = FUND_PROJECT_STATUSES.filter((s) => lifecycle.allows(s, 'reportProgress'));
