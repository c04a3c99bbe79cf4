// Every mutation as every persona (README "Roles"): the roles that may write get their change and its history event
// naming them; everyone else gets UNAUTHENTICATED (anonymous) or FORBIDDEN and the write leaves nothing behind.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestSubgraph, type TestSubgraph } from '@unmn/shared/testing';
import { supportRequestsSubgraph } from '../src/index.js';
import {
  ASSESS, COMPLETE, DECLINE, MATCH, PROGRESS, RESPOND, SUBMIT, UPDATE, VIEWERS, WITHDRAW,
  footprint, must, requestAt, stored, submission, type Made, type Status, type Who,
} from './fixtures.js';

let sub: TestSubgraph;
beforeAll(async () => {
  sub = await startTestSubgraph(supportRequestsSubgraph);
});
afterAll(() => sub?.stop());

// The graph's personas (tests/authz/types.ts): requests are Mexico's, matched to IOM (lead) and ILO.
const PERSONAS: Who[] = ['anonymous', 'iom', 'unicef', 'mex', 'phl', 'secretariat', 'fundManager', 'steeringCommittee'];

interface WriteCase {
  mutation: string;
  query: string;
  /** The status of the fresh request the write acts on; null for a submission. */
  at: Status | null;
  input: (r: Made | null) => Record<string, unknown>;
  allowed: Who[];
  /** What the allowed write must have done, given its payload. */
  check: (payload: any) => void;
}

const on = (r: Made | null, rest: Record<string, unknown>) => ({ id: r!.id, version: r!.version, ...rest });

const CASES: WriteCase[] = [
  { mutation: 'submitSupportRequest', query: SUBMIT, at: null, input: () => submission('MEX'), allowed: ['mex', 'secretariat'],
    check: (r) => expect(r).toMatchObject({ status: 'SUBMITTED', version: 1, country: { iso3: 'MEX' } }) },
  { mutation: 'updateSupportRequest', query: UPDATE, at: 'SUBMITTED', input: (r) => on(r, { title: 'Edited title' }), allowed: ['mex', 'secretariat'],
    check: (r) => expect(r.history.at(-1)).toMatchObject({ kind: 'EDITED', changes: ['title'] }) },
  { mutation: 'assessSupportRequest', query: ASSESS, at: 'SUBMITTED', input: (r) => on(r, { notes: 'Notes', recommendedResponses: ['ADVICE'] }), allowed: ['secretariat'],
    check: (r) => expect(r).toMatchObject({ status: 'UNDER_ASSESSMENT', assessment: { notes: 'Notes' } }) },
  { mutation: 'matchPartners', query: MATCH, at: 'UNDER_ASSESSMENT', input: (r) => on(r, { partners: [{ organization: 'iom', role: 'Lead' }], lead: 'iom' }), allowed: ['secretariat'],
    check: (r) => expect(r).toMatchObject({ status: 'PARTNERS_IDENTIFIED', leadPartner: { id: 'iom' } }) },
  { mutation: 'declineSupportRequest', query: DECLINE, at: 'UNDER_ASSESSMENT', input: (r) => on(r, { reason: 'Out of scope' }), allowed: ['secretariat'],
    check: (r) => expect(r).toMatchObject({ status: 'DECLINED', closedAt: expect.any(String) }) },
  { mutation: 'respondToMatch', query: RESPOND, at: 'PARTNERS_IDENTIFIED', input: (r) => on(r, { accept: true }), allowed: ['iom'],
    check: (r) => expect(r.partners.find((p: any) => p.organization.id === 'iom').response).toBe('ACCEPTED') },
  { mutation: 'recordProgress', query: PROGRESS, at: 'IN_IMPLEMENTATION', input: (r) => on(r, { note: 'Workshop held' }), allowed: ['iom', 'secretariat'],
    check: (r) => expect(r.history.at(-1)).toMatchObject({ kind: 'PROGRESS_RECORDED', comment: 'Workshop held' }) },
  { mutation: 'completeSupportRequest', query: COMPLETE, at: 'IN_IMPLEMENTATION', input: (r) => on(r, { summary: 'Delivered' }), allowed: ['iom', 'secretariat'],
    check: (r) => expect(r).toMatchObject({ status: 'COMPLETED', closedAt: expect.any(String) }) },
  { mutation: 'withdrawSupportRequest', query: WITHDRAW, at: 'SUBMITTED', input: (r) => on(r, { reason: 'Not needed' }), allowed: ['mex'],
    check: (r) => expect(r.status).toBe('WITHDRAWN') },
];

const ROLE: Record<string, string> = { anonymous: 'ANONYMOUS', member: 'MEMBER', country: 'COUNTRY', secretariat: 'SECRETARIAT' };

describe('who may write', () => {
  it.each(CASES.map((c) => [c.mutation, c] as const))('%s', async (_, c) => {
    const fresh = async () => (c.at ? requestAt(sub, c.at) : null);
    let target = await fresh();
    for (const who of PERSONAS) {
      const label = `${c.mutation} as ${who}`;
      const before = await footprint(sub);
      const row = target && (await stored(sub, target.id));
      const { body } = await sub.query(c.query, { input: c.input(target) }, { viewer: VIEWERS[who] });
      if (c.allowed.includes(who)) {
        expect(body.errors, `${label}: ${JSON.stringify(body.errors)}`).toBeUndefined();
        const payload = body.data[c.mutation];
        c.check(payload);
        // The change is in the history, naming who made it, with exactly one new event.
        expect(payload.history.at(-1).actor, label).toMatchObject({ role: ROLE[VIEWERS[who].role], subject: VIEWERS[who].subject });
        expect((await footprint(sub)).support_request_events, label).toBe(before.support_request_events + 1);
        target = await fresh();
      } else {
        expect(body.errors?.[0]?.extensions?.code, `${label}: ${JSON.stringify(body.errors)}`).toBe(who === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN');
        expect(body.data?.[c.mutation] ?? null, label).toBeNull();
        // Refused means nothing written: no row, child row or event anywhere, and the request itself untouched.
        expect(await footprint(sub), `${label} wrote nothing`).toEqual(before);
        if (target) expect(await stored(sub, target.id), `${label} left the request as it was`).toEqual(row);
      }
    }
  });

  it('a country may submit only for itself, and the refusal names both countries', async () => {
    const before = await footprint(sub);
    const { body } = await sub.query(SUBMIT, { input: submission('MEX') }, { viewer: VIEWERS.phl });
    expect(body.errors[0].extensions.code).toBe('FORBIDDEN');
    expect(body.errors[0].message).toMatch(/you act for PHL, input.country is MEX/);
    expect(await footprint(sub)).toEqual(before);
    const own = await must(sub, SUBMIT, submission('PHL', { idempotencyKey: randomUUID() }), 'phl');
    expect(own.country.iso3).toBe('PHL');
  });

  it('a matched partner that is not the lead may answer its match but not report progress or complete', async () => {
    const started = await requestAt(sub, 'IN_IMPLEMENTATION');
    for (const query of [PROGRESS, COMPLETE]) {
      const before = await footprint(sub);
      const row = await stored(sub, started.id);
      const input = query === PROGRESS ? { id: started.id, version: started.version, note: 'x' } : { id: started.id, version: started.version, summary: 'x' };
      const { body } = await sub.query(query, { input }, { viewer: VIEWERS.ilo });
      expect(body.errors[0].extensions.code).toBe('FORBIDDEN');
      expect(body.errors[0].message).toMatch(/lead partner \(iom\)/);
      expect(await footprint(sub)).toEqual(before);
      expect(await stored(sub, started.id)).toEqual(row);
    }
    const matched = await requestAt(sub, 'PARTNERS_IDENTIFIED');
    const r = await must(sub, RESPOND, { id: matched.id, version: matched.version, accept: false, comment: 'No capacity this year' }, 'ilo');
    expect(r.partners.find((p: any) => p.organization.id === 'ilo').response).toBe('DECLINED');
    expect(r.history.at(-1)).toMatchObject({ kind: 'MATCH_DECLINED', comment: 'No capacity this year', actor: { role: 'MEMBER', organization: { id: 'ilo' } } });
  });

  it('an organization not matched may not answer a match, even before matching', async () => {
    for (const status of ['UNDER_ASSESSMENT', 'PARTNERS_IDENTIFIED'] as const) {
      const r = await requestAt(sub, status);
      const before = await footprint(sub);
      const { body } = await sub.query(RESPOND, { input: { id: r.id, version: r.version, accept: true } }, { viewer: VIEWERS.unicef });
      expect(body.errors[0].extensions.code, status).toBe('FORBIDDEN');
      expect(body.errors[0].message).toMatch(/unicef is not matched/);
      expect(await footprint(sub)).toEqual(before);
    }
  });
});
