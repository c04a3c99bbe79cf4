import { describe, expect, it } from 'vitest';
import type { MatchedPartnerModel } from '../data/models.js';
import { assertLeadAccepted, rematch } from './partners.js';

const partner = (organizationId: string, over: Partial<MatchedPartnerModel> = {}): MatchedPartnerModel => ({
  organizationId, isLead: false, role: 'support', response: 'PENDING', respondedAt: null, matchedAt: '2026-01-01T00:00:00.000Z', ...over,
});

describe('assertLeadAccepted', () => {
  const request = { code: 'SR-2026-0001', status: 'PARTNERS_IDENTIFIED' as const };

  it('lets implementation start once the lead accepted, whatever the other partners said', () => {
    expect(() => assertLeadAccepted(request, [partner('iom', { isLead: true, response: 'ACCEPTED' }), partner('ilo', { response: 'DECLINED' })], 'IN_IMPLEMENTATION')).not.toThrow();
  });

  it('refuses with CONFLICT LEAD_NOT_ACCEPTED while the lead is pending or declined, naming the lead and its answer', () => {
    for (const response of ['PENDING', 'DECLINED'] as const) {
      try {
        assertLeadAccepted(request, [partner('ilo', { response: 'ACCEPTED' }), partner('iom', { isLead: true, response })], 'IN_IMPLEMENTATION');
        expect.unreachable();
      } catch (error: any) {
        expect(error.extensions).toMatchObject({ code: 'CONFLICT', reason: 'LEAD_NOT_ACCEPTED', currentStatus: 'PARTNERS_IDENTIFIED', requestedStatus: 'IN_IMPLEMENTATION' });
        expect(error.message).toContain(`lead partner iom has not accepted the match (it is ${response})`);
      }
    }
  });

  it('does not check again once implementation started', () => {
    expect(() => assertLeadAccepted({ ...request, status: 'IN_IMPLEMENTATION' }, [], 'IN_IMPLEMENTATION')).not.toThrow();
  });
});

describe('rematch', () => {
  it('keeps the answers and match dates of organizations that stay, starts new ones PENDING, marks the named lead', () => {
    const before = [partner('iom', { isLead: true, response: 'ACCEPTED', respondedAt: '2026-01-02T00:00:00.000Z' }), partner('ilo', { response: 'DECLINED' })];
    const after = rematch(before, { partners: [{ organization: 'iom', role: 'co-lead' }, { organization: 'undp', role: 'data' }], lead: 'undp' }, '2026-02-01T00:00:00.000Z');
    expect(after).toEqual([
      { organizationId: 'iom', isLead: false, role: 'co-lead', response: 'ACCEPTED', respondedAt: '2026-01-02T00:00:00.000Z', matchedAt: '2026-01-01T00:00:00.000Z' },
      { organizationId: 'undp', isLead: true, role: 'data', response: 'PENDING', respondedAt: null, matchedAt: '2026-02-01T00:00:00.000Z' },
    ]);
  });
});
