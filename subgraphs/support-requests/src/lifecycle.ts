// The request state machine, as data. Every mutation names an action; the server refuses an action from a status not
// listed here, naming the current and the requested status. Pure: no I/O, so the table itself is unit-tested.
//
//   SUBMITTED --assess--> UNDER_ASSESSMENT --match--> PARTNERS_IDENTIFIED --recordProgress--> IN_IMPLEMENTATION --complete--> COMPLETED
//                                 \--decline--> DECLINED
//   SUBMITTED | UNDER_ASSESSMENT | PARTNERS_IDENTIFIED --withdraw--> WITHDRAWN
import { defineLifecycle, type TransitionRule } from '@unmn/shared/state-machine';
import type { Status } from './data/models.js';

export type Action = 'update' | 'assess' | 'match' | 'decline' | 'respondToMatch' | 'recordProgress' | 'complete' | 'withdraw';

export const LIFECYCLE: Record<Action, TransitionRule<Status>> = {
  update: { label: 'edit', requested: null, from: { SUBMITTED: 'SUBMITTED', UNDER_ASSESSMENT: 'UNDER_ASSESSMENT' } },
  assess: { label: 'assess', requested: 'UNDER_ASSESSMENT', from: { SUBMITTED: 'UNDER_ASSESSMENT', UNDER_ASSESSMENT: 'UNDER_ASSESSMENT' } },
  match: { label: 'match partners to', requested: 'PARTNERS_IDENTIFIED', from: { UNDER_ASSESSMENT: 'PARTNERS_IDENTIFIED', PARTNERS_IDENTIFIED: 'PARTNERS_IDENTIFIED' } },
  decline: { label: 'decline', requested: 'DECLINED', from: { UNDER_ASSESSMENT: 'DECLINED' } },
  respondToMatch: { label: 'respond to the match of', requested: null, from: { PARTNERS_IDENTIFIED: 'PARTNERS_IDENTIFIED' } },
  recordProgress: { label: 'record progress on', requested: 'IN_IMPLEMENTATION', from: { PARTNERS_IDENTIFIED: 'IN_IMPLEMENTATION', IN_IMPLEMENTATION: 'IN_IMPLEMENTATION' } },
  complete: { label: 'complete', requested: 'COMPLETED', from: { IN_IMPLEMENTATION: 'COMPLETED' } },
  withdraw: { label: 'withdraw', requested: 'WITHDRAWN', from: { SUBMITTED: 'WITHDRAWN', UNDER_ASSESSMENT: 'WITHDRAWN', PARTNERS_IDENTIFIED: 'WITHDRAWN' } },
};

export const FINAL_STATUSES: readonly Status[] = ['DECLINED', 'COMPLETED', 'WITHDRAWN'];

const lifecycle = defineLifecycle<Status, Action>('support request', LIFECYCLE, FINAL_STATUSES);

/** The status after `action` from `current`; throws CONFLICT naming both when the action is not allowed. */
export const transition = (code: string, current: Status, action: Action): Status => lifecycle.transition(code, current, action);
