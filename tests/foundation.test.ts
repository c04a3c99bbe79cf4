// End to end through the gateway over real HTTP: the foundation's acceptance items.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { print } from 'graphql';
import { countStatements, startTestGraph, token, type TestGraph } from './harness.js';
import { NetworkOnDocument, ObjectivesAndPrinciplesDocument, ReviewsWithOrganizersDocument, CountriesPageDocument, MeDocument } from './generated/graphql.js';
import { signIdentity, IDENTITY_HEADER } from '@unmn/shared/viewer';

let graph: TestGraph;
beforeAll(async () => {
  graph = await startTestGraph();
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

  it('has the 23 objectives with their titles, the 10 principles and the adoption facts', async () => {
    const { body } = await graph.query(print(ObjectivesAndPrinciplesDocument));
    const { objectives, guidingPrinciples, compact } = body.data;
    expect(objectives).toHaveLength(23);
    expect(objectives.map((o: any) => o.number)).toEqual(Array.from({ length: 23 }, (_, i) => i + 1));
    expect(objectives[0].title).toBe('Collect and utilize accurate and disaggregated data as a basis for evidence-based policies');
    expect(objectives[19]).toMatchObject({ number: 20, shortTitle: 'Remittances', paragraph: 36, hubTermId: 298 });
    expect(objectives[22].title).toBe('Strengthen international cooperation and global partnerships for safe, orderly and regular migration');
    expect(objectives.every((o: any) => o.paragraph === 16 + o.number)).toBe(true);
    expect(guidingPrinciples.map((p: any) => p.letter)).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j']);
    expect(guidingPrinciples[0]).toMatchObject({ code: 'PEOPLE_CENTRED', title: 'People-centred' });
    // Every record carries its timestamps (delta sync and audit rely on them), principles included.
    for (const p of guidingPrinciples) {
      expect(p.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/);
      expect(Date.parse(p.updatedAt)).toBeGreaterThanOrEqual(Date.parse(p.createdAt));
    }
    expect(compact).toEqual({ resolution: 'A/RES/73/195', adoptedOn: '2018-12-10', adoptedAt: 'Marrakech, Morocco', endorsedOn: '2018-12-19', objectiveCount: 23 });
  });

  it('knows at least 38 member organizations, IOM as coordinator, and 8 Executive Committee members on 2019-12-31', async () => {
    const { body } = await graph.query(print(NetworkOnDocument), { on: '2019-12-31' });
    expect(body.errors).toBeUndefined();
    const { network, organizations } = body.data;
    expect(organizations.totalCount).toBeGreaterThanOrEqual(38);
    expect(network.memberCount).toBe(organizations.totalCount);
    const counts = await graph.query('{ network { certain: memberCount(minConfidence: CERTAIN) likely: memberCount(minConfidence: LIKELY) all: memberCount } }');
    // 8 founding ExCom members + WHO + 5 regional commissions are certain; the rest are marked, never silently certain.
    expect(counts.body.data.network).toEqual({ certain: 14, likely: 30, all: 38 });
    expect(network.coordinator).toEqual({ id: 'iom', acronym: 'IOM' });
    expect(network.secretariat).toEqual({ id: 'iom' });
    expect(network.executiveCommittee.map((o: any) => o.id).sort()).toEqual(['desa', 'ilo', 'iom', 'ohchr', 'undp', 'unhcr', 'unicef', 'unodc']);
    const later = await graph.query(print(NetworkOnDocument), { on: '2022-01-01' });
    expect(later.body.data.network.executiveCommittee.map((o: any) => o.id)).toContain('who');
    expect(later.body.data.network.executiveCommittee).toHaveLength(9);
    // Seats are documented up to A/76/642 (27 Dec 2021); the API says so rather than implying later certainty.
    const seats = await graph.query('{ network { executiveCommitteeHistory { organization { id } since lastConfirmedOn provenance { confidence } } } }');
    const who = seats.body.data.network.executiveCommitteeHistory.find((r: any) => r.organization.id === 'who');
    expect(who).toEqual({ organization: { id: 'who' }, since: '2021-12-27', lastConfirmedOn: '2021-12-27', provenance: { confidence: 'LIKELY' } });
    expect(seats.body.data.network.executiveCommitteeHistory.every((r: any) => r.lastConfirmedOn === '2021-12-27')).toBe(true);
    // Every member carries a confidence; uncertain ones are marked, not silently certain.
    const confidences = new Set(organizations.edges.map((e: any) => e.node.networkMembership.provenance.confidence));
    expect(confidences).toEqual(new Set(['CERTAIN', 'LIKELY', 'UNCERTAIN']));
  });

  it('lists 193 Member States and 2 observer States from package data, paged with cursors', async () => {
    const seen: any[] = [];
    let after: string | null = null;
    do {
      const { body }: any = await graph.query(print(CountriesPageDocument), { first: 100, after });
      expect(body.data.countries.totalCount).toBe(195);
      seen.push(...body.data.countries.edges.map((e: any) => e.node));
      after = body.data.countries.pageInfo.hasNextPage ? body.data.countries.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toHaveLength(195);
    expect(new Set(seen.map((c) => c.iso3)).size).toBe(195);
    expect(seen.filter((c) => c.unStatus === 'OBSERVER_STATE').map((c) => c.iso3).sort()).toEqual(['PSE', 'VAT']);
    expect(seen.find((c) => c.iso3 === 'BOL')).toMatchObject({ name: 'Bolivia (Plurinational State of)', hubRegion: 'AMERICAS', regionalCommission: { id: 'eclac' } });
    const champions = await graph.query(print(CountriesPageDocument), { first: 100, filter: { gcmChampion: true } });
    expect(champions.body.data.countries.totalCount).toBe(29);
  });
});

describe('filters', () => {
  it('combine with AND, search text literally, and sync with updatedSince', async () => {
    const q = 'query($f: OrganizationFilter) { organizations(filter: $f, first: 100) { totalCount edges { node { id } } } }';
    const ids = async (f: unknown) => (await graph.query(q, { f })).body.data.organizations.edges.map((e: any) => e.node.id);
    expect(await ids({ search: 'women' })).toEqual(['un-women']);
    expect(await ids({ search: '%' })).toEqual([]);
    expect(await ids({ kinds: ['REGIONAL_COMMISSION'], membershipConfidence: ['CERTAIN'] })).toEqual(['eca', 'ece', 'eclac', 'escap', 'escwa']);
    expect(await ids({ executiveCommitteeOn: '2019-12-31', kinds: ['SPECIALIZED_AGENCY'] })).toEqual(['ilo']);
    expect(await ids({ updatedSince: new Date(Date.now() + 60_000).toISOString() })).toEqual([]);
    const countries = await graph.query('{ countries(filter: { regionalCommission: "escwa", hubRegions: [AFRICA] }, first: 100) { totalCount } }');
    expect(countries.body.data.countries.totalCount).toBe(8); // Arab States in Africa: DZA EGY LBY MRT MAR SOM SDN TUN
  });
});

describe('batching', () => {
  it('resolves 100 Organizations through _entities with 1 SQL statement', async () => {
    const members = graph.subgraphs.members;
    // Top up to 100 real organizations (marked sample) so every representation finds a row.
    const at = new Date().toISOString();
    const existing = (await members.db.knex('organizations').pluck('id')) as string[];
    const extra = Array.from({ length: 100 - existing.length }, (_, i) => ({
      id: `sample-org-${i}`, acronym: `S${i}`, name: `Sample organization ${i}`, kind: 'OTHER_UN_ENTITY', network_member: false, sample: true, created_at: at, updated_at: at,
    }));
    await members.db.knex.batchInsert('organizations', extra, 50);
    const ids = [...existing, ...extra.map((e) => e.id)];
    expect(ids).toHaveLength(100);
    const identity = await signIdentity({ role: 'anonymous', subject: null, organizationId: null, countryIso3: null }, graph.config.auth.identitySecret);
    let body: any;
    const statements = await countStatements(graph, 'members', async () => {
      const res = await fetch(members.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [IDENTITY_HEADER]: identity },
        body: JSON.stringify({
          query: 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Organization { id acronym } } }',
          variables: { r: ids.map((id) => ({ __typename: 'Organization', id })) },
        }),
      });
      body = await res.json();
    });
    expect(body.errors).toBeUndefined();
    expect(body.data._entities).toHaveLength(100);
    expect(body.data._entities.map((e: any) => e.id)).toEqual(ids);
    expect(statements).toBe(1);
    await members.db.knex('organizations').whereIn('id', extra.map((e) => e.id)).delete();
  });

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
  it('returns null for an unknown objective or organization', async () => {
    const { body } = await graph.query('{ objective(number: 99) { title } organization(id: "nope") { name } country(iso3: "XXX") { name } }');
    expect(body.errors).toBeUndefined();
    expect(body.data).toEqual({ objective: null, organization: null, country: null });
  });

  it.each([0, 99])('refuses objective number %i in a filter with BAD_USER_INPUT naming the argument', async (n) => {
    const { body } = await graph.query('query($n: Int!) { objectives(filter: { numbers: [$n] }) { title } }', { n });
    expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(body.errors[0].message).toContain('filter.numbers');
    expect(body.errors[0].message).toContain(String(n));
  });

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

  it('refuses an impossible date', async () => {
    const { body } = await graph.query('{ network { executiveCommittee(on: "2019-02-30") { id } } }');
    expect(body.errors[0].message).toMatch(/2019-02-30 does not exist/);
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

  it('a subgraph rejects an unsigned or forged identity header with 401', async () => {
    const unsigned = Buffer.from(JSON.stringify({ role: 'secretariat' })).toString('base64url');
    const alg = Buffer.from(JSON.stringify({ alg: 'none' })).toString('base64url');
    const forged = await signIdentity({ role: 'secretariat', subject: 'mallory', organizationId: null, countryIso3: null }, 'a-different-secret-of-sufficient-length!!');
    for (const header of [unsigned, `${alg}.${unsigned}.`, forged]) {
      const res = await fetch(graph.subgraphs.members.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [IDENTITY_HEADER]: header },
        body: JSON.stringify({ query: '{ viewer { role } }' }),
      });
      expect(res.status).toBe(401);
      const body = await res.json();
      expect(body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
      expect(body.errors[0].message).toMatch(/not validly signed by the gateway|not a signed identity/);
      expect(body.data).toBeUndefined();
    }
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
