// The foundation (members and gcm-objectives) end to end through the gateway over real HTTP: only what needs the
// gateway (joins across the two subgraphs, the gateway's own answers, tokens, the IDE, metrics). Everything either
// subgraph answers alone (the 23 objectives, the 38 organizations, the 193 Member States, filters, _entities
// batching, unknown ids, bad arguments, forged identity headers) is tested in subgraphs/members/test and
// subgraphs/gcm-objectives/test. Only those two subgraphs are started.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { print } from 'graphql';
import { membersSubgraph } from '@unmn/members';
import { gcmObjectivesSubgraph } from '@unmn/gcm-objectives';
import { countStatements, startTestGraph, token, type TestGraph } from './harness.js';
import { ReviewsWithOrganizersDocument, MeDocument } from './generated/graphql.js';

let graph: TestGraph;
beforeAll(async () => {
  graph = await startTestGraph({ modules: [membersSubgraph, gcmObjectivesSubgraph] });
});
afterAll(async () => graph?.stop());

describe('the composed graph', () => {
  it('answers a cross-subgraph query: reviews (gcm-objectives) with organizers resolved in members', async () => {
    const { status, body } = await graph.query(print(ReviewsWithOrganizersDocument), { first: 10 });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    const reviews = body.data.reviews.edges.map((e: any) => e.node);
    const lac = reviews.find((r: any) => r.id === 'rr-eclac-2021');
    expect(lac.organizers.map((o: any) => o.acronym)).toEqual(['ECLAC', 'IOM']);
    expect(lac.organizers[0].name).toBe('Economic Commission for Latin America and the Caribbean');
    expect(lac.organizers[1].onExecutiveCommittee).toBe(true);
    expect(lac.regionalCommission).toEqual({ id: 'eclac', acronym: 'ECLAC', name: 'Economic Commission for Latin America and the Caribbean' });
    const imrf = reviews.find((r: any) => r.id === 'imrf-2022');
    expect(imrf).toMatchObject({ kind: 'INTERNATIONAL_MIGRATION_REVIEW_FORUM', startDate: '2022-05-17', organizers: [] });
  });
});

describe('batching', () => {
  it('answers organizers of every review plus their committee seats with a constant number of statements', async () => {
    const few = await countStatements(graph, 'members', () => graph.query(print(ReviewsWithOrganizersDocument), { first: 1 }));
    const all = await countStatements(graph, 'members', () => graph.query(print(ReviewsWithOrganizersDocument), { first: 100 }));
    // The gateway fetches regional commissions and organizers in parallel (one organizations statement each), then
    // the committee seats of all of them in one statement.
    expect(all).toBe(few);
    expect(all).toBeLessThanOrEqual(3);
  });
});

describe('bad input gets a clear error and nothing breaks', () => {
  it('answers a malformed JSON body with 400 and a message', async () => {
    const res = await fetch(graph.gateway.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": "{ compact { name } "' });
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.errors[0].message).toMatch(/Malformed JSON body/);
  });

  it('names a field that does not exist', async () => {
    const { status, body } = await graph.query('{ objectives { number colour } }');
    expect(status).toBe(400);
    expect(body.errors[0].message).toContain('Cannot query field "colour" on type "Objective"');
  });

  it('refuses a page size above the cap, naming the argument and the cap', async () => {
    const { body } = await graph.query('{ countries(first: 100000) { totalCount } }');
    expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(body.errors[0].message).toMatch(/first.*0 to 100/);
  });

  it('still answers normally after all of that, and every process is healthy', async () => {
    const { body } = await graph.query('{ objective(number: 20) { shortTitle } }');
    expect(body.data.objective.shortTitle).toBe('Remittances');
    for (const url of [graph.gateway.url, ...Object.values(graph.subgraphs).map((s) => s.url)]) {
      const res = await fetch(url.replace('/graphql', '/health'));
      expect(res.status).toBe(200);
    }
  });
});

describe('identity', () => {
  it('passes a verified token through to the subgraphs as the viewer', async () => {
    const t = await token(graph.config, { role: 'member', org: 'unicef', sub: 'alice' });
    const { body } = await graph.query(print(MeDocument), {}, { token: t });
    expect(body.data.viewer).toEqual({ role: 'MEMBER', subject: 'alice', organization: { id: 'unicef' }, country: null });
    const anon = await graph.query(print(MeDocument));
    expect(anon.body.data.viewer).toEqual({ role: 'ANONYMOUS', subject: null, organization: null, country: null });
  });

  it('answers a bad token with 401 and says why', async () => {
    const forged = await token({ ...graph.config, auth: { ...graph.config.auth, jwtSecret: 'x'.repeat(40) } }, { role: 'secretariat' });
    for (const [auth, reason] of [
      [`Bearer ${forged}`, /signature does not verify/],
      ['Bearer not-a-jwt', /Invalid bearer token/],
      ['Basic abc', /must be "Bearer <token>"/],
    ] as const) {
      const res = await fetch(graph.gateway.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: auth }, body: JSON.stringify({ query: '{ viewer { role } }' }) });
      expect(res.status).toBe(401);
      const body = await res.json();
      expect(body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
      expect(body.errors[0].message).toMatch(reason);
    }
    const incomplete = await token(graph.config, { role: 'member' });
    const res = await graph.query('{ viewer { role } }', {}, { token: incomplete });
    expect(res.status).toBe(401);
    expect(res.body.errors[0].message).toMatch(/needs claim "org"/);
  });

});

describe('the IDE', () => {
  it('serves GraphiQL and its assets from the project itself (no CDN)', async () => {
    const page = await fetch(graph.gateway.url, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    const html = await page.text();
    for (const asset of html.match(/\/ide\/[\w.-]+\.(js|css)/g)!) {
      const res = await fetch(new URL(asset, graph.gateway.url));
      expect(res.status, asset).toBe(200);
      expect((await res.arrayBuffer()).byteLength).toBeGreaterThan(1000);
    }
    expect(html).not.toMatch(/https?:\/\/(cdn|unpkg|embeddable)/);
  });

  it("keeps @apollo/gateway's usage telemetry to Apollo off unless configured on", () => {
    // The gateway checks this variable when constructed; set by startGateway from config.apolloTelemetry.
    expect(graph.config.apolloTelemetry).toBe(false);
    expect(process.env.APOLLO_TELEMETRY_DISABLED).toBe('true');
  });
});

describe('metrics', () => {
  it('serves Prometheus text with request durations, and SQL statement counts on subgraphs', async () => {
    const gatewayMetrics = await (await fetch(graph.gateway.url.replace('/graphql', '/metrics'))).text();
    expect(gatewayMetrics).toMatch(/http_request_duration_seconds_count\{.*route="\/graphql".*\} [1-9]/);
    const members = await (await fetch(graph.subgraphs.members.url.replace('/graphql', '/metrics'))).text();
    const sql = /sql_statements_total\{service="members"\} (\d+)/.exec(members);
    expect(Number(sql?.[1])).toBeGreaterThan(0);
  });
});
