// Country and regional UN networks on migration, on the members subgraph alone: every network a source names with
// that source, lookups and filters, the published totals over time, and the networks found for support requests and
// fund projects from the countries the gateway passes (@requires) in a constant number of statements.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countStatementsOf, startTestSubgraph, type TestSubgraph } from '@unmn/shared/testing';
import { membersSubgraph } from '../src/index.js';
import { UN_NETWORKS } from '../src/data/seeds/un-networks.js';

let sub: TestSubgraph;
beforeAll(async () => {
  sub = await startTestSubgraph(membersSubgraph);
});
afterAll(() => sub?.stop());

async function counted(query: string, variables?: Record<string, unknown>) {
  let result: any;
  const statements = await countStatementsOf(sub.db, async () => (result = await sub.data(query, variables)));
  return { data: result, statements };
}

const NETWORK_FIELDS = 'id kind name country { iso3 } region regionalCommission { id } establishedOn leads { id acronym } workplanUrl entryPoint provenance { source confidence note sample }';

describe('UN networks on migration', () => {
  it('lists every seeded network, each real one with a public source URL and a confidence', async () => {
    const { unNetworks } = await sub.data(`{ unNetworks(first: 100) { totalCount edges { node { ${NETWORK_FIELDS} } } } }`);
    expect(unNetworks.totalCount).toBe(UN_NETWORKS.length);
    const nodes = unNetworks.edges.map((e: any) => e.node);
    expect(nodes.map((n: any) => n.id)).toEqual([...nodes.map((n: any) => n.id)].sort());
    for (const n of nodes) {
      expect(n.provenance.sample).toBe(false);
      expect(n.provenance.source).toMatch(/^https:\/\/\S+$/);
      expect(['CERTAIN', 'LIKELY']).toContain(n.provenance.confidence);
      expect(n.provenance.note.length).toBeGreaterThan(20);
      // A country network has a country and no region; a regional one the reverse.
      if (n.kind === 'COUNTRY') expect([n.country?.iso3, n.region]).toEqual([n.id.slice('country-'.length).toUpperCase(), null]);
      else expect([n.country, typeof n.region]).toEqual([null, 'string']);
    }
  });

  it('answers a network by id with its dated founding, leads and entry point, and null for an unknown id', async () => {
    const found = await sub.data(`{ uga: unNetwork(id: "country-uga") { ${NETWORK_FIELDS} } lac: unNetwork(id: "regional-latin-america-caribbean") { ${NETWORK_FIELDS} } zmb: unNetwork(id: "country-zmb") { establishedOn leads { id } } nope: unNetwork(id: "country-xxx") { id } }`);
    expect(found.uga).toMatchObject({
      kind: 'COUNTRY', country: { iso3: 'UGA' }, establishedOn: '2022-01-21', leads: [{ id: 'iom', acronym: 'IOM' }],
      entryPoint: "UN Resident Coordinator's Office in Uganda",
      provenance: { source: 'https://uganda.iom.int/news/united-nations-uganda-launches-network-migration', confidence: 'CERTAIN' },
    });
    expect(found.lac).toMatchObject({ kind: 'REGIONAL', regionalCommission: { id: 'eclac' }, leads: [{ id: 'iom' }, { id: 'eclac' }], workplanUrl: expect.stringMatching(/^https:/) });
    // The release naming Zambia's network is undated: the date stays unknown rather than guessed.
    expect(found.zmb).toEqual({ establishedOn: null, leads: [] });
    expect(found.nope).toBeNull();
  });

  it('filters by kind, country, lead, commission and founding date, and refuses an unknown country by name', async () => {
    const ids = async (filter: unknown) => (await sub.data('query($f: UnNetworkFilter) { unNetworks(filter: $f, first: 100) { edges { node { id } } } }', { f: filter })).unNetworks.edges.map((e: any) => e.node.id);
    expect(await ids({ kinds: ['REGIONAL'], lead: 'unhcr' })).toEqual(['regional-europe-central-asia']);
    expect(await ids({ countries: ['uga', 'TUR', 'MEX'] })).toEqual(['country-tur', 'country-uga']);
    expect(await ids({ regionalCommission: 'escwa' })).toEqual(['regional-arab-states']);
    expect(await ids({ establishedFrom: '2021-01-01', establishedTo: '2022-12-31' })).toEqual(['country-tur', 'country-uga']);
    expect(await ids({ confidence: ['LIKELY'] })).toEqual(['country-pak']);
    const { body } = await sub.query('{ unNetworks(filter: { countries: ["XYZ"] }) { totalCount } }');
    expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(body.errors[0].message).toMatch(/filter\.countries\[0\].*XYZ/);
    // An inverted range is refused by name (as publishedFrom/To of resources), not answered with an empty page.
    const inverted = await sub.query('{ unNetworks(filter: { establishedFrom: "2022-12-31", establishedTo: "2021-01-01" }) { totalCount } }');
    expect(inverted.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'filter.establishedTo' });
    expect(inverted.body.errors[0].message).toMatch(/2021-01-01 is before establishedFrom 2022-12-31/);
  });

  it('gives the Network\'s published totals as dated facts, oldest first, each with its source', async () => {
    const { all, window } = await sub.data('{ all: unNetworkTotals(kind: COUNTRY) { count reachedBy notBefore provenance { source confidence } } window: unNetworkTotals(from: "2021-06-01", to: "2021-12-31") { count } }');
    expect(all.map((t: any) => [t.count, t.reachedBy, t.notBefore])).toEqual([[45, '2021-03-18', null], [50, '2021-06-24', '2021-03-18'], [52, '2021-06-24', null]]);
    expect(all.every((t: any) => t.provenance.source.startsWith('https://migrationnetwork.un.org/'))).toBe(true);
    expect(window.map((t: any) => t.count)).toEqual([50, 52]);
    const inverted = await sub.query('{ unNetworkTotals(from: "2021-12-31", to: "2021-06-01") { count } }');
    expect(inverted.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'to' });
    expect(inverted.body.errors[0].message).toMatch(/2021-06-01 is before from 2021-12-31/);
  });

  it('resolves Country.unNetwork for 1 country and for every country in the same number of statements', async () => {
    const one = await counted('{ countries(filter: { iso3: ["UGA"] }) { edges { node { iso3 unNetwork { id leads { acronym } } } } } }');
    // Every country that has a network (some with leads, some without) plus countries without one.
    const iso3 = [...UN_NETWORKS.flatMap((n) => (n.countryIso3 ? [n.countryIso3] : [])), 'MEX', 'BRA', 'FRA', 'IND'];
    const many = await counted('query($iso3: [ID!]) { countries(filter: { iso3: $iso3 }, first: 100) { edges { node { iso3 unNetwork { id leads { acronym } } } } } }', { iso3 });
    expect(one.data.countries.edges[0].node.unNetwork).toEqual({ id: 'country-uga', leads: [{ acronym: 'IOM' }] });
    const withNetwork = many.data.countries.edges.filter((e: any) => e.node.unNetwork).length;
    expect(withNetwork).toBe(iso3.length - 4);
    expect(many.statements).toBe(one.statements);
  });

  it('finds the country network of support requests and fund projects from their countries, in constant statements', async () => {
    const query = `query($r: [_Any!]!) { _entities(representations: $r) {
      ... on SupportRequest { id unNetwork { id } }
      ... on FundProject { id unNetworks { id } }
    } }`;
    const few = [{ __typename: 'SupportRequest', id: 'r1', country: { iso3: 'UGA' } }];
    const lots = [
      ...Array.from({ length: 50 }, (_, i) => ({ __typename: 'SupportRequest', id: `r${i}`, country: { iso3: ['UGA', 'TUR', 'MEX', 'JOR'][i % 4] } })),
      { __typename: 'SupportRequest', id: 'no-country', country: null },
      { __typename: 'FundProject', id: 'p1', countries: [{ iso3: 'TUR' }, { iso3: 'MEX' }, { iso3: 'IRQ' }] },
      { __typename: 'FundProject', id: 'p2', countries: [] },
    ];
    const a = await counted(query, { r: few });
    const b = await counted(query, { r: lots });
    expect(a.data._entities).toEqual([{ id: 'r1', unNetwork: { id: 'country-uga' } }]);
    const byId = Object.fromEntries(b.data._entities.map((e: any) => [e.id, e]));
    expect(byId.r1.unNetwork).toEqual({ id: 'country-tur' });
    expect(byId.r2.unNetwork).toBeNull(); // Mexico: no network a source names
    expect(byId['no-country'].unNetwork).toBeNull();
    expect(byId.p1.unNetworks).toEqual([{ id: 'country-tur' }, { id: 'country-irq' }]);
    expect(byId.p2.unNetworks).toEqual([]);
    expect(a.statements).toBeLessThanOrEqual(1);
    expect(b.statements).toBe(1);
  });
});
