// Country and regional UN networks on migration through the gateway: Country.unNetwork, and the country network that
// carries each support request and joint programme (members resolves them from the countries the owning subgraph
// passes, @requires), with the same number of SQL statements in members for one row as for a hundred.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countStatements, startTestGraph, token, type TestGraph } from './harness.js';
import { conceptNote } from './fund-projects-fixtures.js';

let graph: TestGraph;
let secretariat: string;
let fundManager: string;
beforeAll(async () => {
  graph = await startTestGraph();
  secretariat = await token(graph.config, { role: 'secretariat' });
  fundManager = await token(graph.config, { role: 'fund-manager' });
});
afterAll(() => graph?.stop());

async function run(query: string, variables: Record<string, unknown> = {}, as = secretariat) {
  let body: any;
  const members = await countStatements(graph, 'members', async () => {
    const res = await graph.query(query, variables, { token: as });
    expect(res.status).toBe(200);
    body = res.body;
  });
  expect(body.errors).toBeUndefined();
  return { data: body.data, members };
}

const expectedNetwork = (iso3: string | undefined, networks: Set<string>) => (iso3 && networks.has(`country-${iso3.toLowerCase()}`) ? { id: `country-${iso3.toLowerCase()}` } : null);

describe('UN networks on migration through the gateway', () => {
  it('answers Country.unNetwork with its source, and the support requests of that country', async () => {
    const { data } = await run(`{ country(iso3: "UGA") {
      name
      unNetwork { id kind establishedOn leads { acronym onExecutiveCommittee(on: "2022-01-21") } entryPoint provenance { source confidence } }
      supportRequests(first: 5) { edges { node { country { iso3 } unNetwork { id } } } }
    } }`);
    expect(data.country.unNetwork).toEqual({
      id: 'country-uga', kind: 'COUNTRY', establishedOn: '2022-01-21', leads: [{ acronym: 'IOM', onExecutiveCommittee: true }],
      entryPoint: "UN Resident Coordinator's Office in Uganda",
      provenance: { source: 'https://uganda.iom.int/news/united-nations-uganda-launches-network-migration', confidence: 'CERTAIN' },
    });
    expect(data.country.supportRequests.edges.length).toBeGreaterThan(0);
    for (const e of data.country.supportRequests.edges) expect(e.node.unNetwork).toEqual({ id: 'country-uga' });
  });

  it('links support requests to the country network that carries them, in constant SQL for 1 or 100 requests', async () => {
    const networks = new Set<string>((await run('{ unNetworks(first: 100) { edges { node { id } } } }')).data.unNetworks.edges.map((e: any) => e.node.id));
    const query = 'query($n: Int) { supportRequests(first: $n) { edges { node { id country { iso3 } unNetwork { id kind } } } } }';
    const one = await run(query, { n: 1 });
    const many = await run(query, { n: 100 });
    const nodes = many.data.supportRequests.edges.map((e: any) => e.node);
    expect(nodes.length).toBeGreaterThan(10);
    for (const r of nodes) {
      const expected = expectedNetwork(r.country?.iso3, networks);
      expect(r.unNetwork).toEqual(expected && { ...expected, kind: 'COUNTRY' });
    }
    expect(nodes.some((r: any) => r.unNetwork)).toBe(true);
    expect(nodes.some((r: any) => !r.unNetwork)).toBe(true);
    expect(many.members).toBe(one.members);
    expect(many.members).toBe(1);
  });

  it('links joint programmes to the country networks of their countries, in constant SQL for 1 or 100 programmes', async () => {
    const networks = new Set<string>((await run('{ unNetworks(first: 100) { edges { node { id } } } }')).data.unNetworks.edges.map((e: any) => e.node.id));
    // The seeded programmes cover no country whose network a source names, so the test submits one that does.
    const submitted = await run(
      'mutation($input: SubmitConceptNoteInput!) { submitConceptNote(input: $input) { id unNetworks { id } } }',
      { input: conceptNote({ scope: 'MULTI_COUNTRY', countries: ['MEX', 'UGA', 'TUR'] }) },
      fundManager,
    );
    expect(submitted.data.submitConceptNote.unNetworks).toEqual([{ id: 'country-uga' }, { id: 'country-tur' }]);
    const query = 'query($n: Int) { fundProjects(first: $n) { edges { node { id countries { iso3 } unNetworks { id country { iso3 name } } } } } }';
    const one = await run(query, { n: 1 }, fundManager);
    const many = await run(query, { n: 100 }, fundManager);
    const nodes = many.data.fundProjects.edges.map((e: any) => e.node);
    expect(nodes.length).toBeGreaterThan(1);
    for (const p of nodes) {
      const expected = (p.countries ?? []).map((c: any) => expectedNetwork(c.iso3, networks)).filter(Boolean);
      expect(p.unNetworks.map((n: any) => ({ id: n.id }))).toEqual(expected);
      for (const n of p.unNetworks) expect(n.country.name).toBeTruthy();
    }
    expect(nodes.some((p: any) => p.unNetworks.length > 0)).toBe(true);
    // Members answers the networks (one statement) and their countries (one), however many programmes.
    expect(many.members).toBe(2);
    expect(one.members).toBeLessThanOrEqual(many.members);
  });

  it('answers the published totals of country networks over time', async () => {
    const { data } = await run('{ unNetworkTotals(kind: COUNTRY) { count reachedBy notBefore provenance { source } } }');
    expect(data.unNetworkTotals.map((t: any) => t.count)).toEqual([45, 50, 52]);
    expect(data.unNetworkTotals.every((t: any, i: number, all: any[]) => i === 0 || all[i - 1].reachedBy <= t.reachedBy)).toBe(true);
  });
});
