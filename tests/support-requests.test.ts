// Support requests across the graph: what only the gateway and the other subgraphs can show. Real development tokens
// reach the subgraph as the identities its history records, the gateway joins requests with members and
// gcm-objectives, lists them under Country, Objective and Organization, and enforces its body limit. Everything the
// subgraph does alone (lifecycle, transitions, races, bad input, visibility, statement counts) is tested in
// subgraphs/support-requests/test/.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGraph, type TestGraph } from './harness.js';
import { READ, SUBMIT, must, requestAt, submission, tokens, type Tokens } from './fixtures/support-requests.js';

let graph: TestGraph;
let t: Tokens;
const db = () => graph.subgraphs['support-requests'].db.knex;

beforeAll(async () => {
  graph = await startTestGraph();
  t = await tokens(graph);
});
afterAll(async () => graph?.stop());

describe('support requests through the gateway', () => {
  it('records the token holders as the actors: a country, the secretariat and a member', async () => {
    const submitted = await must(graph, SUBMIT, submission('MEX'), t.mex);
    expect(submitted).toMatchObject({ status: 'SUBMITTED', viewerAccess: 'FULL' });
    expect(submitted.history[0].actor).toEqual({ role: 'COUNTRY', subject: 'mex-focal', organization: null, country: { iso3: 'MEX' } });

    const done = await requestAt(graph, 'COMPLETED');
    const { body } = await graph.query(READ, { id: done.id }, { token: t.iom });
    expect(body.errors).toBeUndefined();
    const history = body.data.supportRequest.history;
    expect(history[0].actor).toEqual({ role: 'SECRETARIAT', subject: 'sec-officer', organization: null, country: null });
    expect(history.find((e: any) => e.kind === 'MATCH_ACCEPTED').actor).toEqual({ role: 'MEMBER', subject: 'iom-staff', organization: { id: 'iom' }, country: null });
  });

  it('joins a request with members and gcm-objectives, and lists it under its country, objective and lead organization', async () => {
    const r = await requestAt(graph, 'COMPLETED');
    // Anonymous: a completed request is public, as a summary.
    const joined = await graph.query(
      `query($id: ID!) { supportRequest(id: $id) { viewerAccess description country { name hubRegion } region objectives { number shortTitle }
         leadPartner { acronym onExecutiveCommittee } partners { organization { acronym } } } }`,
      { id: r.id },
    );
    expect(joined.body.errors).toBeUndefined();
    expect(joined.body.data.supportRequest).toEqual({
      viewerAccess: 'SUMMARY',
      description: null,
      country: { name: 'Mexico', hubRegion: 'AMERICAS' },
      region: 'AMERICAS',
      objectives: [{ number: 1, shortTitle: expect.any(String) }, { number: 20, shortTitle: 'Remittances' }],
      leadPartner: { acronym: 'IOM', onExecutiveCommittee: true },
      partners: [{ organization: { acronym: 'IOM' } }, { organization: { acronym: 'ILO' } }],
    });

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

    // A request under assessment is not public: anonymous readers get null through the gateway too.
    const hidden = await requestAt(graph, 'UNDER_ASSESSMENT');
    const none = await graph.query('query($id: ID!) { supportRequest(id: $id) { id } }', { id: hidden.id });
    expect(none.body.errors).toBeUndefined();
    expect(none.body.data.supportRequest).toBeNull();
  });

  it('names the objectives in the analyst aggregates', async () => {
    const { body } = await graph.query('{ supportRequestStats { byObjective { objective { number shortTitle } count } } }', {}, { token: t.secretariat });
    expect(body.errors).toBeUndefined();
    const objectiveRows = await db()('support_request_objectives').where('objective_number', 20);
    expect(body.data.supportRequestStats.byObjective.find((o: any) => o.objective.number === 20)).toEqual({ count: objectiveRows.length, objective: { number: 20, shortTitle: 'Remittances' } });
  });

  it('answers 413 to a body over the gateway\'s limit, and nothing is written', async () => {
    const count = async () => {
      const tables = ['support_requests', 'support_request_events', 'support_request_objectives', 'support_request_partners'];
      return Promise.all(tables.map(async (table) => Number((await db()(table).count({ n: '*' }).first())?.n)));
    };
    const before = await count();
    const res = await fetch(graph.gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${t.mex}` },
      body: JSON.stringify({ query: SUBMIT, variables: { input: submission('MEX', { description: 'x'.repeat(2_100_000) }) } }),
    });
    expect(res.status).toBe(413);
    expect((await res.json()).errors[0].message).toMatch(/Body size limit exceeded.*the limit is \d+/);
    expect(await count()).toEqual(before);
  });
});
