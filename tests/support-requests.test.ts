// The support-requests subgraph end to end: through the gateway over real HTTP, with real development tokens, on the
// test database (SQLite, or PostgreSQL with DATABASE_URL).
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIdentity, IDENTITY_HEADER, ANONYMOUS } from '@unmn/shared/viewer';
import { countStatements, startTestGraph, type TestGraph } from './harness.js';
import {
  ASSESS, COMPLETE, DECLINE, MATCH, PROGRESS, READ, RESPOND, SUBMIT, UPDATE, WITHDRAW,
  must, requestAt, submission, tokens, type Status, type Tokens,
} from './fixtures/support-requests.js';

let graph: TestGraph;
let t: Tokens;
const db = () => graph.subgraphs['support-requests'].db.knex;

beforeAll(async () => {
  // The visibility sweep below reads every request through every nested path in a few large queries; that is not
  // what the cost limit is for, so this file raises it (tests/limits.test.ts covers the limit itself).
  graph = await startTestGraph({ env: { LIMIT_COST: "5000000" } });
  t = await tokens(graph);
});
afterAll(async () => graph?.stop());

const STATUSES: Status[] = ['SUBMITTED', 'UNDER_ASSESSMENT', 'DECLINED', 'PARTNERS_IDENTIFIED', 'IN_IMPLEMENTATION', 'COMPLETED', 'WITHDRAWN'];
const PUBLIC: Status[] = ['PARTNERS_IDENTIFIED', 'IN_IMPLEMENTATION', 'COMPLETED'];

describe('the lifecycle through the gateway', () => {
  it('goes from a country submission to completion, every step in the history, joined with the other subgraphs', async () => {
    // Mexico submits for itself.
    let r = await must(graph, SUBMIT, submission('MEX'), t.mex);
    expect(r).toMatchObject({ status: 'SUBMITTED', version: 1, viewerAccess: 'FULL', country: { iso3: 'MEX' }, priority: 'HIGH' });
    expect(r.code).toMatch(/^SR-\d{4}-\d{4}$/);
    expect(r.objectives.map((o: any) => o.number)).toEqual([1, 20]);
    const step = async (query: string, input: Record<string, unknown>, bearer: string) => {
      r = await must(graph, query, { id: r.id, version: r.version, ...input }, bearer);
      return r;
    };
    await step(UPDATE, { title: 'Remittance cost reduction and financial inclusion', comment: 'Broadened' }, t.mex);
    expect(r).toMatchObject({ status: 'SUBMITTED', version: 2 });
    await step(ASSESS, { notes: 'Strong fit; IOM and ILO have remittance expertise.', recommendedResponses: ['ADVICE', 'PEER_EXCHANGE'] }, t.secretariat);
    expect(r).toMatchObject({ status: 'UNDER_ASSESSMENT', version: 3, assessment: { notes: 'Strong fit; IOM and ILO have remittance expertise.', recommendedResponses: ['ADVICE', 'PEER_EXCHANGE'] } });
    await step(MATCH, { partners: [{ organization: 'ilo', role: 'Labour migration statistics' }, { organization: 'iom', role: 'Lead: remittance corridors' }], lead: 'iom', comment: 'Matched' }, t.secretariat);
    expect(r.status).toBe('PARTNERS_IDENTIFIED');
    expect(r.partners).toEqual([
      { organization: { id: 'iom' }, isLead: true, role: 'Lead: remittance corridors', response: 'PENDING' },
      { organization: { id: 'ilo' }, isLead: false, role: 'Labour migration statistics', response: 'PENDING' },
    ]);
    await step(RESPOND, { accept: true, comment: 'IOM takes the lead' }, t.iom);
    await step(RESPOND, { accept: false, comment: 'No capacity' }, t.ilo);
    expect(r.partners.map((p: any) => p.response)).toEqual(['ACCEPTED', 'DECLINED']);
    await step(PROGRESS, { note: 'Inception mission held' }, t.iom);
    expect(r.status).toBe('IN_IMPLEMENTATION');
    await step(PROGRESS, { note: 'Corridor study drafted' }, t.iom);
    await step(COMPLETE, { summary: 'Plan adopted by the government' }, t.iom);
    expect(r).toMatchObject({ status: 'COMPLETED', version: 9 });

    // The country reads the whole history back, oldest first, one event per version.
    const { body } = await graph.query(READ, { id: r.id }, { token: t.mex });
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

    // The gateway joins the request with members (country, partners) and gcm-objectives (objective titles).
    const joined = await graph.query(
      `query($id: ID!) { supportRequest(id: $id) { country { name hubRegion } region objectives { number shortTitle }
         leadPartner { acronym onExecutiveCommittee } partners { organization { acronym } } partnersIdentifiedAt implementationStartedAt closedAt } }`,
      { id: r.id },
    );
    expect(joined.body.errors).toBeUndefined();
    expect(joined.body.data.supportRequest).toMatchObject({
      country: { name: 'Mexico', hubRegion: 'AMERICAS' },
      region: 'AMERICAS',
      objectives: [{ number: 1, shortTitle: expect.any(String) }, { number: 20, shortTitle: 'Remittances' }],
      leadPartner: { acronym: 'IOM', onExecutiveCommittee: true },
      partners: [{ organization: { acronym: 'IOM' } }, { organization: { acronym: 'ILO' } }],
    });
    const s = joined.body.data.supportRequest;
    expect(s.partnersIdentifiedAt < s.implementationStartedAt && s.implementationStartedAt <= s.closedAt).toBe(true);

    // And it appears under the country, the objective and the lead organization (public once past assessment).
    const extended = await graph.query(
      `query($f: SupportRequestFilter) { country(iso3: "MEX") { supportRequests(filter: $f) { edges { node { id } } } }
         objective(number: 20) { supportRequests(filter: $f) { edges { node { id } } } }
         organization(id: "ilo") { supportRequests(filter: $f) { edges { node { id } } } } }`,
      { f: { statuses: ['COMPLETED'], updatedSince: new Date(Date.now() - 3_600_000).toISOString() } },
    );
    expect(extended.body.errors).toBeUndefined();
    for (const root of ['country', 'objective', 'organization']) {
      expect(extended.body.data[root].supportRequests.edges.map((e: any) => e.node.id)).toContain(r.id);
    }
  });

  it('withdrawal by the submitting country closes a request before implementation', async () => {
    const made = await requestAt(graph, 'UNDER_ASSESSMENT');
    const r = await must(graph, WITHDRAW, { id: made.id, version: made.version, reason: 'Handled nationally' }, t.mex);
    expect(r).toMatchObject({ status: 'WITHDRAWN', version: made.version + 1 });
    expect(r.history.at(-1)).toMatchObject({ kind: 'WITHDRAWN', fromStatus: 'UNDER_ASSESSMENT', toStatus: 'WITHDRAWN', comment: 'Handled nationally' });
  });

  it('does not start implementation before the lead partner accepted', async () => {
    const made = await requestAt(graph, 'PARTNERS_IDENTIFIED');
    const { body } = await graph.query(PROGRESS, { input: { id: made.id, version: made.version, note: 'Go' } }, { token: t.secretariat });
    expect(body.errors[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'LEAD_NOT_ACCEPTED' });
    expect(body.errors[0].message).toMatch(/lead partner iom has not accepted/);
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
  const ACTIONS: Record<string, { query: string; input: Record<string, unknown>; who: keyof Tokens; requested: Status | null }> = {
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
    const requests = Object.fromEntries(await Promise.all(STATUSES.map(async (s) => [s, await requestAt(graph, s)] as const)));
    const eventsBefore = Number((await db()('support_request_events').count({ n: '*' }).first())?.n);
    let refused = 0;
    for (const [action, a] of Object.entries(ACTIONS)) {
      for (const status of STATUSES) {
        if (LEGAL.has(`${action}:${status}`)) continue;
        // IOM is matched only from PARTNERS_IDENTIFIED on; before that its answer is refused as FORBIDDEN (authz test).
        if (action === 'respondToMatch' && ['SUBMITTED', 'UNDER_ASSESSMENT', 'DECLINED'].includes(status)) continue;
        const r = requests[status];
        const { body } = await graph.query(a.query, { input: { id: r.id, version: r.version, ...a.input } }, { token: t[a.who] });
        const label = `${action} from ${status}`;
        expect(body.errors?.[0]?.extensions, label).toMatchObject({ code: 'CONFLICT', reason: 'ILLEGAL_TRANSITION', currentStatus: status, requestedStatus: a.requested ?? status });
        expect(body.errors[0].message, label).toContain(`status is ${status}`);
        if (a.requested) expect(body.errors[0].message, label).toContain(`moving it to ${a.requested}`);
        expect(body.errors[0].message, label).toContain(r.code);
        refused += 1;
      }
    }
    expect(refused).toBe(8 * 7 - LEGAL.size - 3);
    // Nothing moved: every request keeps its status and version, and no event was written.
    for (const status of STATUSES) {
      const row = await db()('support_requests').where({ id: requests[status].id }).first();
      expect([row.status, Number(row.version)]).toEqual([status, requests[status].version]);
    }
    expect(Number((await db()('support_request_events').count({ n: '*' }).first())?.n)).toBe(eventsBefore);
  });
});

describe('concurrency', () => {
  it('20 concurrent transitions from the same version: exactly one wins, 19 get CONFLICT, one event is written', async () => {
    const made = await requestAt(graph, 'SUBMITTED');
    const attempts = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        graph.query(ASSESS, { input: { id: made.id, version: made.version, notes: `Assessment by officer ${i}`, recommendedResponses: ['ADVICE'] } }, { token: t.secretariat }),
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
});

describe('idempotent submission', () => {
  it('a submission retried with the same key creates one request, even when the retries race', async () => {
    const input = submission('PHL');
    const first = await must(graph, SUBMIT, input, t.phl);
    const again = await must(graph, SUBMIT, input, t.phl);
    const racing = await Promise.all(Array.from({ length: 5 }, () => must(graph, SUBMIT, input, t.phl)));
    for (const r of [again, ...racing]) expect([r.id, r.code, r.version]).toEqual([first.id, first.code, 1]);
    expect(await db()('support_requests').where({ idempotency_key: input.idempotencyKey })).toHaveLength(1);
    expect(await db()('support_request_events').where({ request_id: first.id })).toHaveLength(1);
  });

  it('the key races on a fresh key too: concurrent first submissions still create one request', async () => {
    const input = submission('PHL');
    const results = await Promise.all(Array.from({ length: 8 }, () => graph.query(SUBMIT, { input }, { token: t.phl })));
    for (const r of results) expect(r.body.errors).toBeUndefined();
    expect(new Set(results.map((r) => r.body.data.submitSupportRequest.id)).size).toBe(1);
    expect(await db()('support_requests').where({ idempotency_key: input.idempotencyKey })).toHaveLength(1);
  });

  it('reusing a key for different content is a CONFLICT naming the key; another submitter has its own keys', async () => {
    const input = submission('MEX');
    const first = await must(graph, SUBMIT, input, t.mex);
    const { body } = await graph.query(SUBMIT, { input: { ...input, title: 'Something else' } }, { token: t.mex });
    expect(body.errors[0].extensions.code).toBe('CONFLICT');
    expect(body.errors[0].message).toContain('input.idempotencyKey');
    expect(body.errors[0].message).toContain(first.code);
    const bySecretariat = await must(graph, SUBMIT, input, t.secretariat);
    expect(bySecretariat.id).not.toBe(first.id);
  });
});

describe('bad input: BAD_USER_INPUT naming the field, nothing half-written', () => {
  async function footprint() {
    const count = async (table: string) => Number((await db()(table).count({ n: '*' }).first())?.n);
    return Promise.all(['support_requests', 'support_request_events', 'support_request_objectives', 'support_request_partners'].map(count));
  }

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
  ])('submission with %s', async (_, overrides, field) => {
    const before = await footprint();
    const { body } = await graph.query(SUBMIT, { input: submission('MEX', overrides) }, { token: t.mex });
    expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(body.errors[0].message).toContain(field);
    expect(await footprint()).toEqual(before);
  });

  it('a description of 1 MB is BAD_USER_INPUT naming input.description, and a body over the request limit is 413', async () => {
    const before = await footprint();
    const oneMb = await graph.query(SUBMIT, { input: submission('MEX', { description: 'x'.repeat(1_048_576) }) }, { token: t.mex });
    expect(oneMb.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(oneMb.body.errors[0].message).toContain('input.description');
    const res = await fetch(graph.gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${t.mex}` },
      body: JSON.stringify({ query: SUBMIT, variables: { input: submission('MEX', { description: 'x'.repeat(2_100_000) }) } }),
    });
    expect(res.status).toBe(413);
    expect((await res.json()).errors[0].message).toMatch(/Body size limit exceeded.*the limit is \d+/);
    expect(await footprint()).toEqual(before);
  });

  it.each([
    ['a partner that does not exist', [{ organization: 'iom', role: 'Lead' }, { organization: 'acme', role: 'x' }], 'iom', 'input.partners[1].organization'],
    ['a duplicate partner', [{ organization: 'iom', role: 'Lead' }, { organization: 'iom', role: 'again' }], 'iom', 'input.partners[1]'],
    ['a lead that is not among the partners', [{ organization: 'iom', role: 'Lead' }, { organization: 'ilo', role: 'x' }], 'undp', 'input.lead'],
    ['no partner', [], 'iom', 'input.partners'],
    ['an empty partner role', [{ organization: 'iom', role: '' }], 'iom', 'input.partners[0].role'],
  ])('matching with %s', async (_, partners, lead, field) => {
    const made = await requestAt(graph, 'UNDER_ASSESSMENT');
    const before = await footprint();
    const { body } = await graph.query(MATCH, { input: { id: made.id, version: made.version, partners, lead } }, { token: t.secretariat });
    expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(body.errors[0].message).toContain(field);
    expect(await footprint()).toEqual(before);
    const row = await db()('support_requests').where({ id: made.id }).first();
    expect([row.status, Number(row.version), row.lead_organization_id]).toEqual(['UNDER_ASSESSMENT', made.version, null]);
  });

  it('refuses an unknown request id with NOT_FOUND and an out-of-range objective filter with BAD_USER_INPUT', async () => {
    const missing = await graph.query(ASSESS, { input: { id: randomUUID(), version: 1, notes: 'n', recommendedResponses: [] } }, { token: t.secretariat });
    expect(missing.body.errors[0].extensions.code).toBe('NOT_FOUND');
    const filter = await graph.query('{ supportRequests(filter: { objectives: [30] }) { totalCount } }');
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
      `{ country(iso3: "MEX") { supportRequests(filter: ${filter}) { totalCount } } }`,
    ]) {
      const { body } = await graph.query(query, {}, { token: t.secretariat });
      expect(body.errors?.[0]?.extensions, query).toMatchObject({ code: 'BAD_USER_INPUT', argument });
      expect(body.errors[0].message).toMatch(message);
    }
  });

  it('accepts known values in any case: codes are normalized', async () => {
    const lower = await graph.query('{ supportRequests(filter: { countries: ["mex"], partners: ["IOM"] }) { totalCount } }', {}, { token: t.secretariat });
    const upper = await graph.query('{ supportRequests(filter: { countries: ["MEX"], partners: ["iom"] }) { totalCount } }', {}, { token: t.secretariat });
    expect(lower.body.errors).toBeUndefined();
    expect(lower.body.data.supportRequests.totalCount).toBe(upper.body.data.supportRequests.totalCount);
  });
});

describe('anonymous readers', () => {
  const RESTRICTED = 'requestingAuthority description contact { name email phone } priority assessment { notes } history { kind comment actor { subject } }';
  const NODE = `id status viewerAccess ${RESTRICTED}`;

  it('never receive a restricted field or a non-public request through any path', async () => {
    // Make sure every status exists beyond the seed, including requests created through the API.
    for (const s of STATUSES) await requestAt(graph, s);
    const all = await db()('support_requests').select('id', 'code', 'status', 'contact_email', 'assessment_notes', 'description');
    const publicIds = new Set(all.filter((r) => PUBLIC.includes(r.status)).map((r) => r.id));
    expect(publicIds.size).toBeGreaterThan(0);
    expect(all.length - publicIds.size).toBeGreaterThan(0);

    const responses: any[] = [];
    // 1. The root list, every page.
    let after: string | null = null;
    const listed = new Set<string>();
    do {
      const { body }: any = await graph.query(`query($after: String) { supportRequests(first: 100, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { ${NODE} } } } }`, { after });
      responses.push(body);
      for (const e of body.data.supportRequests.edges) listed.add(e.node.id);
      after = body.data.supportRequests.pageInfo.hasNextPage ? body.data.supportRequests.pageInfo.endCursor : null;
    } while (after);
    expect(listed).toEqual(publicIds);
    // 2. One by id and by code, for every request that exists.
    const byId = all.map((r, i) => `r${i}: supportRequest(id: "${r.id}") { ${NODE} } c${i}: supportRequestByCode(code: "${r.code}") { id }`);
    for (let i = 0; i < byId.length; i += 10) responses.push((await graph.query(`{ ${byId.slice(i, i + 10).join(' ')} }`)).body);
    // 3. Under countries, objectives and organizations.
    responses.push((await graph.query(`{ countries(first: 100) { edges { node { supportRequests(first: 100) { totalCount edges { node { ${NODE} } } } } } } }`)).body);
    responses.push((await graph.query(`{ objectives { supportRequests(first: 100) { totalCount edges { node { ${NODE} } } } } }`)).body);
    responses.push((await graph.query(`{ organizations(first: 100) { edges { node { supportRequests(first: 100) { edges { node { ${NODE} } } } } } } }`)).body);
    // 4. Federation's _entities on the subgraph itself, for every id (what the gateway would ask for any request).
    const identity = await signIdentity(ANONYMOUS, graph.config.auth.identitySecret);
    const entities = await fetch(graph.subgraphs['support-requests'].url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [IDENTITY_HEADER]: identity },
      body: JSON.stringify({ query: `query($r: [_Any!]!) { _entities(representations: $r) { ... on SupportRequest { ${NODE} } } }`, variables: { r: all.map((r) => ({ __typename: 'SupportRequest', id: r.id })) } }),
    });
    const entitiesBody = await entities.json();
    responses.push(entitiesBody);
    expect(entitiesBody.data._entities.filter(Boolean).map((e: any) => e.id).sort()).toEqual([...publicIds].sort());

    const seen = new Set<string>();
    const walk = (v: any) => {
      if (Array.isArray(v)) return v.forEach(walk);
      if (v && typeof v === 'object') {
        if ('viewerAccess' in v) {
          seen.add(v.id);
          expect(PUBLIC).toContain(v.status);
          expect(v.viewerAccess).toBe('SUMMARY');
          for (const f of ['requestingAuthority', 'description', 'contact', 'priority', 'assessment', 'history']) expect(v[f], `${v.id}.${f}`).toBeNull();
        }
        Object.values(v).forEach(walk);
      }
    };
    for (const body of responses) {
      expect(body.errors).toBeUndefined();
      walk(body.data);
    }
    expect(seen).toEqual(publicIds);
    // Belt and braces: no stored restricted text appears anywhere in what anonymous readers got.
    const text = JSON.stringify(responses);
    for (const r of all) {
      expect(text).not.toContain(r.contact_email);
      expect(text).not.toContain(r.description);
      if (r.assessment_notes) expect(text).not.toContain(r.assessment_notes);
    }
  });
});

describe('SQL statements', () => {
  const LIST = `query($first: Int) { supportRequests(first: $first, sort: SUBMITTED_ASC) { totalCount edges { node {
    id code status country { iso3 name hubRegion } objectives { number shortTitle } guidingPrinciples { letter } supportKinds
    partners { isLead response organization { id acronym } } } } } }`;

  it('listing 50 requests with country, objectives and partners runs the same few statements as listing 5', async () => {
    for (const [who, bearer] of [['secretariat', t.secretariat], ['anonymous', undefined], ['member', t.iom]] as const) {
      let small: any;
      let large: any;
      const few = await countStatements(graph, 'support-requests', async () => { small = (await graph.query(LIST, { first: 5 }, { token: bearer })).body; });
      const many = await countStatements(graph, 'support-requests', async () => { large = (await graph.query(LIST, { first: 50 }, { token: bearer })).body; });
      expect(small.errors).toBeUndefined();
      expect(large.errors).toBeUndefined();
      expect(large.data.supportRequests.edges.length, who).toBe(who === 'secretariat' ? 50 : Math.min(50, large.data.supportRequests.totalCount));
      expect(large.data.supportRequests.edges.length).toBeGreaterThan(5);
      // page + count, then one batch each for objectives, principles, kinds and partners.
      expect(many, who).toBe(few);
      expect(many, who).toBeLessThanOrEqual(6);
    }
  });

  it('requests under all 23 objectives, with their partners, cost a constant number of statements', async () => {
    const q = `query($first: Int) { objectives { number supportRequests(first: $first) { totalCount edges { node { id objectives { number } partners { organization { id } } } } } } }`;
    const few = await countStatements(graph, 'support-requests', () => graph.query(q, { first: 1 }, { token: t.secretariat }));
    const many = await countStatements(graph, 'support-requests', () => graph.query(q, { first: 20 }, { token: t.secretariat }));
    expect(many).toBe(few);
    expect(many).toBeLessThanOrEqual(4);
  });
});

describe('analyst aggregates', () => {
  const STATS = `query($f: SupportRequestFilter) { supportRequestStats(filter: $f) { total byStatus { status count } byRegion { region count }
    byObjective { objective { number shortTitle } count } bySupportKind { kind count }
    daysToPartnersIdentified { count medianDays p90Days } daysToCompletion { count medianDays p90Days } } }`;

  it('counts what the viewer may see by status, region, objective and kind, with median and p90 days', async () => {
    const { body } = await graph.query(STATS, {}, { token: t.secretariat });
    expect(body.errors).toBeUndefined();
    const s = body.data.supportRequestStats;
    const rows = await db()('support_requests').select('status', 'region');
    expect(s.total).toBe(rows.length);
    for (const { status, count } of s.byStatus) expect(count, status).toBe(rows.filter((r) => r.status === status).length);
    for (const { region, count } of s.byRegion) expect(count, region).toBe(rows.filter((r) => r.region === region).length);
    expect(s.byRegion.every((r: any) => r.count > 0)).toBe(true);
    const objectiveRows = await db()('support_request_objectives').where('objective_number', 20);
    expect(s.byObjective.find((o: any) => o.objective.number === 20)).toMatchObject({ count: objectiveRows.length, objective: { shortTitle: 'Remittances' } });
    expect(s.daysToPartnersIdentified.count).toBe((await db()('support_requests').whereNotNull('partners_identified_at')).length);
    expect(s.daysToPartnersIdentified.medianDays).toBeGreaterThan(0);
    expect(s.daysToPartnersIdentified.p90Days).toBeGreaterThanOrEqual(s.daysToPartnersIdentified.medianDays);
    expect(s.daysToCompletion.count).toBe(rows.filter((r) => r.status === 'COMPLETED').length);
    expect(s.daysToCompletion.p90Days).toBeGreaterThanOrEqual(s.daysToCompletion.medianDays);

    // Anonymous readers get the same aggregates over public requests only.
    const anon = (await graph.query(STATS, {})).body.data.supportRequestStats;
    expect(anon.total).toBe(rows.filter((r) => PUBLIC.includes(r.status)).length);
    expect(anon.byStatus.filter((x: any) => !PUBLIC.includes(x.status)).every((x: any) => x.count === 0)).toBe(true);

    // Filters apply: one region.
    const africa = (await graph.query(STATS, { f: { regions: ['AFRICA'] } }, { token: t.secretariat })).body.data.supportRequestStats;
    expect(africa.total).toBe(rows.filter((r) => r.region === 'AFRICA').length);
  });

  it('the seed has at least 60 sample requests across every region and status, each with a history that ends at its status', async () => {
    const sample = await db()('support_requests').where('sample', true);
    expect(sample.length).toBeGreaterThanOrEqual(60);
    expect(new Set(sample.map((r) => r.status))).toEqual(new Set(STATUSES));
    expect(new Set(sample.map((r) => r.region))).toEqual(new Set(['AFRICA', 'AMERICAS', 'ASIA', 'EUROPE', 'OCEANIA']));
    const events = await db()('support_request_events').whereIn('request_id', sample.map((r) => r.id)).orderBy(['request_id', 'version']);
    for (const r of sample) {
      const mine = events.filter((e) => e.request_id === r.id);
      expect(mine.map((e) => Number(e.version))).toEqual(mine.map((_, i) => i + 1));
      expect(mine.at(-1).to_status).toBe(r.status);
      expect(Number(r.version)).toBe(mine.length);
    }
  });
});

describe('delta sync', () => {
  it('updatedSince returns only the requests changed after the instant', async () => {
    const since = new Date().toISOString();
    const made = await requestAt(graph, 'PARTNERS_IDENTIFIED');
    const { body } = await graph.query('query($s: DateTime) { supportRequests(filter: { updatedSince: $s }, sort: UPDATED_ASC, first: 100) { edges { node { id updatedAt } } } }', { s: since }, { token: t.secretariat });
    const ids = body.data.supportRequests.edges.map((e: any) => e.node.id);
    expect(ids).toContain(made.id);
    expect(body.data.supportRequests.edges.every((e: any) => e.node.updatedAt > since)).toBe(true);
    expect(ids.some((id: string) => id.startsWith('sample-'))).toBe(false);
  });
});

describe('Country references', () => {
  it('upper-case the ISO code like every other subgraph, so a lower-case reference finds the country\'s requests', async () => {
    const identity = await signIdentity(ANONYMOUS, graph.config.auth.identitySecret);
    const res = await fetch(graph.subgraphs['support-requests'].url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [IDENTITY_HEADER]: identity },
      body: JSON.stringify({
        query: 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Country { iso3 supportRequests(first: 100) { totalCount } } } }',
        variables: { r: [{ __typename: 'Country', iso3: 'mex' }, { __typename: 'Country', iso3: 'MEX' }] },
      }),
    });
    const body = await res.json();
    expect(body.errors).toBeUndefined();
    const [lower, upper] = body.data._entities;
    expect(lower.iso3).toBe('MEX');
    expect(upper.supportRequests.totalCount).toBeGreaterThan(0);
    expect(lower.supportRequests.totalCount).toBe(upper.supportRequests.totalCount);
  });
});
