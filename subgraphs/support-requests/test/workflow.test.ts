// The request's life on the subgraph alone: the state machine with its history, every illegal transition, races on
// one version and on one idempotency key, and bad input refused before anything is written.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestSubgraph, type TestSubgraph } from '@unmn/shared/testing';
import { supportRequestsSubgraph } from '../src/index.js';
import {
  ASSESS, COMPLETE, DECLINE, MATCH, PROGRESS, READ, RESPOND, STATUSES, SUBMIT, UPDATE, VIEWERS, WITHDRAW,
  footprint, must, requestAt, stored, submission, type Status, type Who,
} from './fixtures.js';

let sub: TestSubgraph;
const db = () => sub.db.knex;
beforeAll(async () => {
  sub = await startTestSubgraph(supportRequestsSubgraph);
});
afterAll(() => sub?.stop());

const ask = (query: string, input: Record<string, unknown>, who: Who) => sub.query(query, { input }, { viewer: VIEWERS[who] });

describe('the lifecycle', () => {
  it('goes from a country submission to completion, every step in the history with who did it', async () => {
    // Mexico submits for itself.
    let r = await must(sub, SUBMIT, submission('MEX', { objectives: [20, 1] }), 'mex');
    expect(r).toMatchObject({ status: 'SUBMITTED', version: 1, viewerAccess: 'FULL', country: { iso3: 'MEX' }, priority: 'HIGH' });
    expect(r.code).toMatch(/^SR-\d{4}-\d{4}$/);
    expect(r.objectives.map((o: any) => o.number)).toEqual([1, 20]);
    expect(r.guidingPrinciples.map((p: any) => p.letter)).toEqual(['a', 'e']);
    expect([r.partnersIdentifiedAt, r.implementationStartedAt, r.closedAt, r.leadPartner]).toEqual([null, null, null, null]);
    const step = async (query: string, input: Record<string, unknown>, who: Who) => {
      r = await must(sub, query, { id: r.id, version: r.version, ...input }, who);
      return r;
    };
    await step(UPDATE, { title: 'Remittance cost reduction and financial inclusion', comment: 'Broadened' }, 'mex');
    expect(r).toMatchObject({ status: 'SUBMITTED', version: 2 });
    await step(ASSESS, { notes: 'Strong fit; IOM and ILO have remittance expertise.', recommendedResponses: ['ADVICE', 'PEER_EXCHANGE'] }, 'secretariat');
    expect(r).toMatchObject({ status: 'UNDER_ASSESSMENT', version: 3, assessment: { notes: 'Strong fit; IOM and ILO have remittance expertise.', recommendedResponses: ['ADVICE', 'PEER_EXCHANGE'] } });
    await step(MATCH, { partners: [{ organization: 'ilo', role: 'Labour migration statistics' }, { organization: 'iom', role: 'Lead: remittance corridors' }], lead: 'iom', comment: 'Matched' }, 'secretariat');
    expect(r.status).toBe('PARTNERS_IDENTIFIED');
    expect(r.leadPartner).toEqual({ id: 'iom' });
    expect(r.partners).toEqual([
      { organization: { id: 'iom' }, isLead: true, role: 'Lead: remittance corridors', response: 'PENDING' },
      { organization: { id: 'ilo' }, isLead: false, role: 'Labour migration statistics', response: 'PENDING' },
    ]);
    await step(RESPOND, { accept: true, comment: 'IOM takes the lead' }, 'iom');
    await step(RESPOND, { accept: false, comment: 'No capacity' }, 'ilo');
    expect(r.partners.map((p: any) => p.response)).toEqual(['ACCEPTED', 'DECLINED']);
    await step(PROGRESS, { note: 'Inception mission held' }, 'iom');
    expect(r.status).toBe('IN_IMPLEMENTATION');
    await step(PROGRESS, { note: 'Corridor study drafted' }, 'iom');
    await step(COMPLETE, { summary: 'Plan adopted by the government' }, 'iom');
    expect(r).toMatchObject({ status: 'COMPLETED', version: 9 });
    expect(r.partnersIdentifiedAt < r.implementationStartedAt && r.implementationStartedAt <= r.closedAt).toBe(true);

    // The country reads the whole history back, oldest first, one event per version.
    const { body } = await sub.query(READ, { id: r.id }, { viewer: VIEWERS.mex });
    const history = body.data.supportRequest.history;
    expect(history.map((e: any) => [e.kind, e.fromStatus, e.toStatus, e.version])).toEqual([
      ['SUBMITTED', null, 'SUBMITTED', 1],
      ['EDITED', 'SUBMITTED', 'SUBMITTED', 2],
      ['ASSESSED', 'SUBMITTED', 'UNDER_ASSESSMENT', 3],
      ['PARTNERS_MATCHED', 'UNDER_ASSESSMENT', 'PARTNERS_IDENTIFIED', 4],
      ['MATCH_ACCEPTED', 'PARTNERS_IDENTIFIED', 'PARTNERS_IDENTIFIED', 5],
      ['MATCH_DECLINED', 'PARTNERS_IDENTIFIED', 'PARTNERS_IDENTIFIED', 6],
      ['PROGRESS_RECORDED', 'PARTNERS_IDENTIFIED', 'IN_IMPLEMENTATION', 7],
      ['PROGRESS_RECORDED', 'IN_IMPLEMENTATION', 'IN_IMPLEMENTATION', 8],
      ['COMPLETED', 'IN_IMPLEMENTATION', 'COMPLETED', 9],
    ]);
    expect(history[0].actor).toEqual({ role: 'COUNTRY', subject: 'mex-focal', organization: null, country: { iso3: 'MEX' } });
    expect(history[1]).toMatchObject({ comment: 'Broadened', changes: ['title'] });
    expect(history[2].actor).toMatchObject({ role: 'SECRETARIAT', subject: 'sec-officer' });
    expect(history[2].changes).toEqual(['status', 'assessment']);
    expect(history[5]).toMatchObject({ comment: 'No capacity', actor: { role: 'MEMBER', organization: { id: 'ilo' } } });
    expect(history[8]).toMatchObject({ comment: 'Plan adopted by the government', actor: { organization: { id: 'iom' } } });

    // Once completed it is public, and listed under its country, objective and lead organization.
    const extended = await sub.query(
      `query($r: [_Any!]!, $f: SupportRequestFilter) { _entities(representations: $r) {
         ... on Country { supportRequests(filter: $f) { edges { node { id } } } }
         ... on Objective { supportRequests(filter: $f) { edges { node { id } } } }
         ... on Organization { supportRequests(filter: $f) { edges { node { id } } } } } }`,
      {
        r: [{ __typename: 'Country', iso3: 'MEX' }, { __typename: 'Objective', number: 20 }, { __typename: 'Organization', id: 'ilo' }],
        f: { statuses: ['COMPLETED'], updatedSince: new Date(Date.now() - 3_600_000).toISOString() },
      },
    );
    expect(extended.body.errors).toBeUndefined();
    for (const parent of extended.body.data._entities) expect(parent.supportRequests.edges.map((e: any) => e.node.id)).toContain(r.id);
  });

  it('withdrawal by the submitting country closes a request before implementation', async () => {
    const made = await requestAt(sub, 'UNDER_ASSESSMENT');
    const r = await must(sub, WITHDRAW, { id: made.id, version: made.version, reason: 'Handled nationally' }, 'mex');
    expect(r).toMatchObject({ status: 'WITHDRAWN', version: made.version + 1 });
    expect(r.closedAt).toEqual(expect.any(String));
    expect(r.history.at(-1)).toMatchObject({ kind: 'WITHDRAWN', fromStatus: 'UNDER_ASSESSMENT', toStatus: 'WITHDRAWN', comment: 'Handled nationally' });
  });

  it('does not start implementation before the lead partner accepted', async () => {
    const made = await requestAt(sub, 'PARTNERS_IDENTIFIED');
    const before = await stored(sub, made.id);
    const { body } = await ask(PROGRESS, { id: made.id, version: made.version, note: 'Go' }, 'secretariat');
    expect(body.errors[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'LEAD_NOT_ACCEPTED' });
    expect(body.errors[0].message).toMatch(/lead partner iom has not accepted/);
    expect(await stored(sub, made.id)).toEqual(before);
  });
});

describe('illegal transitions', () => {
  // Every (action, status) pair the state machine allows; everything else must be refused.
  const LEGAL = new Set([
    'update:SUBMITTED', 'update:UNDER_ASSESSMENT',
    'assess:SUBMITTED', 'assess:UNDER_ASSESSMENT',
    'match:UNDER_ASSESSMENT', 'match:PARTNERS_IDENTIFIED',
    'decline:UNDER_ASSESSMENT',
    'respondToMatch:PARTNERS_IDENTIFIED',
    'recordProgress:PARTNERS_IDENTIFIED', 'recordProgress:IN_IMPLEMENTATION',
    'complete:IN_IMPLEMENTATION',
    'withdraw:SUBMITTED', 'withdraw:UNDER_ASSESSMENT', 'withdraw:PARTNERS_IDENTIFIED',
  ]);
  // Action -> (mutation, input, an actor allowed to act on a Mexican request matched to IOM, the status it asks for).
  const ACTIONS: Record<string, { query: string; input: Record<string, unknown>; who: Who; requested: Status | null }> = {
    update: { query: UPDATE, input: { title: 'New title' }, who: 'secretariat', requested: null },
    assess: { query: ASSESS, input: { notes: 'n', recommendedResponses: [] }, who: 'secretariat', requested: 'UNDER_ASSESSMENT' },
    match: { query: MATCH, input: { partners: [{ organization: 'iom', role: 'Lead' }], lead: 'iom' }, who: 'secretariat', requested: 'PARTNERS_IDENTIFIED' },
    decline: { query: DECLINE, input: { reason: 'r' }, who: 'secretariat', requested: 'DECLINED' },
    respondToMatch: { query: RESPOND, input: { accept: true }, who: 'iom', requested: null },
    recordProgress: { query: PROGRESS, input: { note: 'n' }, who: 'secretariat', requested: 'IN_IMPLEMENTATION' },
    complete: { query: COMPLETE, input: { summary: 's' }, who: 'secretariat', requested: 'COMPLETED' },
    withdraw: { query: WITHDRAW, input: {}, who: 'mex', requested: 'WITHDRAWN' },
  };

  it('refuses each one with CONFLICT naming the current and the requested status, and writes nothing', async () => {
    const requests: Partial<Record<Status, Awaited<ReturnType<typeof requestAt>>>> = {};
    for (const s of STATUSES) requests[s] = await requestAt(sub, s);
    const before = await footprint(sub);
    let refused = 0;
    for (const [action, a] of Object.entries(ACTIONS)) {
      for (const status of STATUSES) {
        if (LEGAL.has(`${action}:${status}`)) continue;
        // IOM is matched only from PARTNERS_IDENTIFIED on; before that its answer is refused as FORBIDDEN (authz test).
        if (action === 'respondToMatch' && ['SUBMITTED', 'UNDER_ASSESSMENT', 'DECLINED'].includes(status)) continue;
        const r = requests[status]!;
        const { body } = await ask(a.query, { id: r.id, version: r.version, ...a.input }, a.who);
        const label = `${action} from ${status}`;
        expect(body.errors?.[0]?.extensions, label).toMatchObject({ code: 'CONFLICT', reason: 'ILLEGAL_TRANSITION', currentStatus: status, requestedStatus: a.requested ?? status });
        expect(body.errors[0].message, label).toContain(`status is ${status}`);
        if (a.requested) expect(body.errors[0].message, label).toContain(`moving it to ${a.requested}`);
        expect(body.errors[0].message, label).toContain(r.code);
        refused += 1;
      }
    }
    expect(refused).toBe(8 * 7 - LEGAL.size - 3);
    // Nothing moved: every request keeps its status and version, and no row or event was written.
    for (const status of STATUSES) {
      const row = await db()('support_requests').where({ id: requests[status]!.id }).first();
      expect([row.status, Number(row.version)]).toEqual([status, requests[status]!.version]);
    }
    expect(await footprint(sub)).toEqual(before);
  });
});

describe('concurrency', () => {
  it('20 concurrent transitions from the same version: exactly one wins, 19 get CONFLICT, one event is written', async () => {
    const made = await requestAt(sub, 'SUBMITTED');
    const attempts = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        ask(ASSESS, { id: made.id, version: made.version, notes: `Assessment by officer ${i}`, recommendedResponses: ['ADVICE'] }, 'secretariat'),
      ),
    );
    const won = attempts.filter((a) => !a.body.errors);
    const lost = attempts.filter((a) => a.body.errors);
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(19);
    for (const l of lost) {
      // The graph-wide stale-version shape (shared/versioning.ts), whether the check before or the guarded UPDATE caught it.
      expect(l.body.errors[0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2, reason: 'STALE_VERSION' });
      expect(l.body.errors[0].message).toMatch(/version 2, not 1|changed since you read it/);
    }
    const winner = won[0].body.data.assessSupportRequest;
    expect(winner).toMatchObject({ status: 'UNDER_ASSESSMENT', version: 2 });
    const events = await db()('support_request_events').where({ request_id: made.id }).orderBy('version');
    expect(events.map((e) => e.kind)).toEqual(['SUBMITTED', 'ASSESSED']);
    // The stored assessment is the winner's, not a mix.
    const row = await db()('support_requests').where({ id: made.id }).first();
    expect(row.assessment_notes).toBe(winner.assessment.notes);
    expect(Number(row.version)).toBe(2);
  });

  it('a write with a stale version is a CONFLICT naming the current version, and changes nothing', async () => {
    const made = await requestAt(sub, 'UNDER_ASSESSMENT');
    const before = await stored(sub, made.id);
    const { body } = await ask(UPDATE, { id: made.id, version: made.version - 1, title: 'Late edit' }, 'secretariat');
    expect(body.errors[0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: made.version, reason: 'STALE_VERSION' });
    expect(await stored(sub, made.id)).toEqual(before);
  });
});

describe('idempotent submission', () => {
  it('a submission retried with the same key creates one request, even when the retries race', async () => {
    const input = submission('PHL');
    const first = await must(sub, SUBMIT, input, 'phl');
    const again = await must(sub, SUBMIT, input, 'phl');
    const racing = await Promise.all(Array.from({ length: 5 }, () => must(sub, SUBMIT, input, 'phl')));
    for (const r of [again, ...racing]) expect([r.id, r.code, r.version]).toEqual([first.id, first.code, 1]);
    expect(await db()('support_requests').where({ idempotency_key: input.idempotencyKey })).toHaveLength(1);
    expect(await db()('support_request_events').where({ request_id: first.id })).toHaveLength(1);
  });

  it('the key races on a fresh key too: concurrent first submissions still create one request', async () => {
    const input = submission('PHL');
    const results = await Promise.all(Array.from({ length: 8 }, () => ask(SUBMIT, input, 'phl')));
    for (const r of results) expect(r.body.errors).toBeUndefined();
    expect(new Set(results.map((r) => r.body.data.submitSupportRequest.id)).size).toBe(1);
    expect(await db()('support_requests').where({ idempotency_key: input.idempotencyKey })).toHaveLength(1);
  });

  it('reusing a key for different content is a CONFLICT naming the key; another submitter has its own keys', async () => {
    const input = submission('MEX');
    const first = await must(sub, SUBMIT, input, 'mex');
    const before = await footprint(sub);
    const { body } = await ask(SUBMIT, { ...input, title: 'Something else' }, 'mex');
    // docs/errors.md: the reason and fields a client handles this on.
    expect(body.errors[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'IDEMPOTENCY_KEY_REUSED', argument: 'input.idempotencyKey', existingCode: first.code });
    expect(body.errors[0].message).toContain('input.idempotencyKey');
    expect(body.errors[0].message).toContain(first.code);
    expect(await footprint(sub)).toEqual(before);
    const bySecretariat = await must(sub, SUBMIT, input, 'secretariat');
    expect(bySecretariat.id).not.toBe(first.id);
  });
});

describe('bad input: BAD_USER_INPUT naming the field, nothing half-written', () => {
  it.each([
    ['an unknown country', { country: 'XXX' }, 'input.country'],
    ['an objective above 23', { objectives: [20, 24] }, 'input.objectives[1]'],
    ['objective 0', { objectives: [0] }, 'input.objectives[0]'],
    ['no objective', { objectives: [] }, 'input.objectives'],
    ['a duplicate objective', { objectives: [3, 3] }, 'input.objectives[1]'],
    ['an empty title', { title: '   ' }, 'input.title'],
    ['an unknown guiding principle', { guidingPrinciples: ['k'] }, 'input.guidingPrinciples[0]'],
    ['a bad e-mail', { contact: { name: 'A', email: 'not-an-address' } }, 'input.contact.email'],
    ['a description of nearly 1 MB', { description: 'x'.repeat(990_000) }, 'input.description'],
    ['a description of 1 MB', { description: 'x'.repeat(1_048_576) }, 'input.description'],
  ])('submission with %s', async (_, overrides, field) => {
    const before = await footprint(sub);
    const { body } = await ask(SUBMIT, submission('MEX', overrides), 'mex');
    expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(body.errors[0].message).toContain(field);
    expect(await footprint(sub)).toEqual(before);
  });

  it.each([
    ['a partner that does not exist', [{ organization: 'iom', role: 'Lead' }, { organization: 'acme', role: 'x' }], 'iom', 'input.partners[1].organization'],
    ['a duplicate partner', [{ organization: 'iom', role: 'Lead' }, { organization: 'iom', role: 'again' }], 'iom', 'input.partners[1]'],
    ['a lead that is not among the partners', [{ organization: 'iom', role: 'Lead' }, { organization: 'ilo', role: 'x' }], 'undp', 'input.lead'],
    ['no partner', [], 'iom', 'input.partners'],
    ['an empty partner role', [{ organization: 'iom', role: '' }], 'iom', 'input.partners[0].role'],
  ])('matching with %s', async (_, partners, lead, field) => {
    const made = await requestAt(sub, 'UNDER_ASSESSMENT');
    const before = await footprint(sub);
    const { body } = await ask(MATCH, { id: made.id, version: made.version, partners, lead }, 'secretariat');
    expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(body.errors[0].message).toContain(field);
    expect(await footprint(sub)).toEqual(before);
    const row = await db()('support_requests').where({ id: made.id }).first();
    expect([row.status, Number(row.version), row.lead_organization_id]).toEqual(['UNDER_ASSESSMENT', made.version, null]);
  });

  it('refuses an unknown request id with NOT_FOUND and an out-of-range objective filter with BAD_USER_INPUT', async () => {
    const before = await footprint(sub);
    const missing = await ask(ASSESS, { id: randomUUID(), version: 1, notes: 'n', recommendedResponses: [] }, 'secretariat');
    expect(missing.body.errors[0].extensions.code).toBe('NOT_FOUND');
    expect(await footprint(sub)).toEqual(before);
    const filter = await sub.query('{ supportRequests(filter: { objectives: [30] }) { totalCount } }');
    expect(filter.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(filter.body.errors[0].message).toContain('filter.objectives[0]');
  });

  it.each([
    ['an unknown country', '{ countries: ["MEX", "XXX"] }', 'filter.countries[1]', /"XXX" is not the ISO alpha-3 code/],
    ['an unknown partner', '{ partners: ["acme"] }', 'filter.partners[0]', /"acme" is not the id of an organization the graph knows/],
    ['an objective out of range', '{ objectives: [20, 0] }', 'filter.objectives[1]', /GCM objectives are numbered 1 to 23; got 0/],
  ])('refuses a list filter with %s, naming the value, on every list that takes the filter', async (_, filter, argument, message) => {
    // Never a silent totalCount 0: a typo must not read as "no requests".
    for (const query of [
      `{ supportRequests(filter: ${filter}) { totalCount } }`,
      `{ supportRequestStats(filter: ${filter}) { total } }`,
      `{ _entities(representations: [{ __typename: "Country", iso3: "MEX" }]) { ... on Country { supportRequests(filter: ${filter}) { totalCount } } } }`,
      `{ _entities(representations: [{ __typename: "Objective", number: 20 }]) { ... on Objective { supportRequests(filter: ${filter}) { totalCount } } } }`,
      `{ _entities(representations: [{ __typename: "Organization", id: "iom" }]) { ... on Organization { supportRequests(filter: ${filter}) { totalCount } } } }`,
    ]) {
      const { body } = await sub.query(query, {}, { viewer: VIEWERS.secretariat });
      expect(body.errors?.[0]?.extensions, query).toMatchObject({ code: 'BAD_USER_INPUT', argument });
      expect(body.errors[0].message).toMatch(message);
    }
  });

  it('refuses submittedBefore not after submittedFrom, naming it', async () => {
    const { body } = await sub.query('{ supportRequests(filter: { submittedFrom: "2026-01-02T00:00:00Z", submittedBefore: "2026-01-01T00:00:00Z" }) { totalCount } }');
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'filter.submittedBefore' });
  });

  it('accepts known values in any case: codes are normalized', async () => {
    const lower = await sub.query('{ supportRequests(filter: { countries: ["mex"], partners: ["IOM"] }) { totalCount } }', {}, { viewer: VIEWERS.secretariat });
    const upper = await sub.query('{ supportRequests(filter: { countries: ["MEX"], partners: ["iom"] }) { totalCount } }', {}, { viewer: VIEWERS.secretariat });
    expect(lower.body.errors).toBeUndefined();
    expect(lower.body.data.supportRequests.totalCount).toBeGreaterThan(0);
    expect(lower.body.data.supportRequests.totalCount).toBe(upper.body.data.supportRequests.totalCount);
  });
});
