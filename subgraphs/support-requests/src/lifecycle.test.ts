// The state machine table, without a server.
import { describe, expect, it } from 'vitest';
import { LIFECYCLE, transition, type Action } from './lifecycle.js';
import { STATUSES, type Status } from './data/models.js';

describe('lifecycle', () => {
  it('reaches every status from SUBMITTED and leaves no final status', () => {
    const reachable = new Set<Status>(['SUBMITTED']);
    for (let changed = true; changed;) {
      changed = false;
      for (const rule of Object.values(LIFECYCLE)) {
        for (const [from, to] of Object.entries(rule.from) as [Status, Status][]) {
          if (reachable.has(from) && !reachable.has(to)) { reachable.add(to); changed = true; }
        }
      }
    }
    expect(reachable).toEqual(new Set(STATUSES));
    for (const final of ['DECLINED', 'COMPLETED', 'WITHDRAWN'] as Status[]) {
      expect(Object.values(LIFECYCLE).some((rule) => final in rule.from)).toBe(false);
    }
  });

  it('never allows withdrawal once implementation started', () => {
    for (const s of ['IN_IMPLEMENTATION', 'COMPLETED', 'DECLINED', 'WITHDRAWN'] as Status[]) {
      expect(() => transition('SR-2026-0001', s, 'withdraw')).toThrow(/moving it to WITHDRAWN is allowed only from SUBMITTED or UNDER_ASSESSMENT or PARTNERS_IDENTIFIED/);
    }
  });

  it('names the current and the requested status in the refusal', () => {
    try {
      transition('SR-2026-0007', 'DECLINED', 'match');
      expect.unreachable();
    } catch (error: any) {
      expect(error.extensions).toMatchObject({ code: 'CONFLICT', currentStatus: 'DECLINED', requestedStatus: 'PARTNERS_IDENTIFIED', action: 'match' as Action });
      expect(error.message).toBe('Cannot match partners to support request SR-2026-0007: its status is DECLINED; moving it to PARTNERS_IDENTIFIED is allowed only from UNDER_ASSESSMENT or PARTNERS_IDENTIFIED. DECLINED is final.');
    }
  });
});
