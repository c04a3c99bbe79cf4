// One way to write a lifecycle: a transition table in, a CONFLICT with one shape out. Every subgraph with a status
// (support requests, knowledge resources' review, fund projects) declares its table with defineLifecycle and asks it
// for the next status; clients then handle every illegal transition on one path:
// `extensions: { code: 'CONFLICT', reason: 'ILLEGAL_TRANSITION', currentStatus, requestedStatus, action }`.
import { ConflictError } from './errors.js';

export interface TransitionRule<S extends string> {
  /** What the action is called in messages ("assess", "publish", "record progress on"). */
  label: string;
  /** The status the action asks for; null for edits and responses that never change the status. */
  requested: S | null;
  /** Status -> status after the action, for every status the action is allowed from. */
  from: Partial<Record<S, S>>;
}

export interface Lifecycle<S extends string, A extends string> {
  readonly rules: Readonly<Record<A, TransitionRule<S>>>;
  readonly finals: readonly S[];
  /** Whether `action` is allowed from `current` (for UIs and policies that only ask). */
  allows(current: S, action: A): boolean;
  /**
   * The status after `action` from `current`; throws CONFLICT naming both when the action is not allowed. `label`
   * names the record for people (an id or a human code such as SR-2026-0042).
   */
  transition(label: string, current: S, action: A): S;
}

/** `what` names the kind of record in messages: "support request", "knowledge resource", "fund project". */
export function defineLifecycle<S extends string, A extends string>(
  what: string,
  rules: Record<A, TransitionRule<S>>,
  finals: readonly S[] = [],
): Lifecycle<S, A> {
  return {
    rules,
    finals,
    allows: (current, action) => rules[action].from[current] !== undefined,
    transition(label, current, action) {
      const rule = rules[action];
      const next = rule.from[current];
      if (next) return next;
      const allowed = Object.keys(rule.from).join(' or ');
      const asked = rule.requested ? `moving it to ${rule.requested}` : action;
      throw new ConflictError(
        `Cannot ${rule.label} ${what} ${label}: its status is ${current}; ${asked} is allowed only from ${allowed}.` +
          (finals.includes(current) ? ` ${current} is final.` : ''),
        { reason: 'ILLEGAL_TRANSITION', currentStatus: current, requestedStatus: rule.requested ?? current, action },
      );
    },
  };
}
