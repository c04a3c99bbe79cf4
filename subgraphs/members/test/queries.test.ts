// The members subgraph's lists and lookups, queried on the subgraph alone: organizations and countries with their
// filters, cursor paging and errors.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestSubgraph, type TestSubgraph } from '@unmn/shared/testing';
import { membersSubgraph } from '../src/index.js';

let sub: TestSubgraph;
beforeAll(async () => {
  sub = await startTestSubgraph(membersSubgraph);
});
afterAll(() => sub?.stop());

const organizationIds = async (filter: unknown) =>
  (await sub.data('query($f: OrganizationFilter) { organizations(filter: $f, first: 100) { edges { node { id } } } }', { f: filter })).organizations.edges.map((e: any) => e.node.id);
const countryCodes = async (filter: unknown) =>
  (await sub.data('query($f: CountryFilter) { countries(filter: $f, first: 100) { totalCount edges { node { iso3 } } } }', { f: filter })).countries.edges.map((e: any) => e.node.iso3);

describe('organizations', () => {
  it('answers one organization by id with its details, and null for an unknown id', async () => {
    const found = await sub.data('{ iom: organization(id: "iom") { id acronym name kind headquarters website isNetworkMember networkMembership { since provenance { confidence sample } } createdAt updatedAt } nope: organization(id: "nope") { id } }');
    expect(found.iom).toMatchObject({
      id: 'iom', acronym: 'IOM', name: 'International Organization for Migration', kind: 'RELATED_ORGANIZATION', headquarters: 'Geneva',
      website: 'https://www.iom.int', isNetworkMember: true, networkMembership: { since: '2019-02-27', provenance: { confidence: 'CERTAIN', sample: false } },
    });
    expect(Date.parse(found.iom.updatedAt)).toBeGreaterThanOrEqual(Date.parse(found.iom.createdAt));
    expect(found.nope).toBeNull();
  });

  it('pages through every organization by id with cursors, each once', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const { organizations }: any = await sub.data('query($after: String) { organizations(first: 10, after: $after) { totalCount edges { node { id } } pageInfo { hasNextPage hasPreviousPage endCursor } } }', { after });
      expect(organizations.totalCount).toBe(38);
      expect(organizations.pageInfo.hasPreviousPage).toBe(after !== null);
      seen.push(...organizations.edges.map((e: any) => e.node.id));
      after = organizations.pageInfo.hasNextPage ? organizations.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toHaveLength(38);
    expect(seen).toEqual([...seen].sort());
    expect(new Set(seen).size).toBe(38);
  });

  it('filters combine with AND, search text literally, and sync with updatedSince', async () => {
    expect(await organizationIds({ search: 'women' })).toEqual(['un-women']);
    expect(await organizationIds({ search: 'UNICEF' })).toEqual(['unicef']);
    // A search for a SQL wildcard finds the character, not everything.
    expect(await organizationIds({ search: '%' })).toEqual([]);
    expect(await organizationIds({ search: '_' })).toEqual([]);
    expect(await organizationIds({ kinds: ['REGIONAL_COMMISSION'], membershipConfidence: ['CERTAIN'] })).toEqual(['eca', 'ece', 'eclac', 'escap', 'escwa']);
    expect(await organizationIds({ executiveCommitteeOn: '2019-12-31', kinds: ['SPECIALIZED_AGENCY'] })).toEqual(['ilo']);
    expect(await organizationIds({ ids: ['unhcr', 'iom', 'nope'] })).toEqual(['iom', 'unhcr']);
    expect(await organizationIds({ updatedSince: new Date(Date.now() + 60_000).toISOString() })).toEqual([]);
    expect(await organizationIds({ updatedSince: '2000-01-01T00:00:00Z' })).toHaveLength(38);
  });

  it('refuses a page size above the cap and a cursor it did not issue, naming the argument', async () => {
    expect(await sub.badInput('{ organizations(first: 101) { totalCount } }')).toMatch(/first.*0 to 100/);
    expect(await sub.badInput('{ organizations(after: "bm90LWEtY3Vyc29y") { totalCount } }')).toMatch(/after.*not a cursor returned by this list/);
  });
});

describe('countries', () => {
  it('lists 193 Member States and 2 observer States from package data, paged with cursors', async () => {
    const seen: any[] = [];
    let after: string | null = null;
    do {
      const { countries }: any = await sub.data(
        'query($after: String) { countries(first: 100, after: $after) { totalCount edges { node { iso3 unStatus name hubRegion regionalCommission { id } } } pageInfo { hasNextPage endCursor } } }',
        { after },
      );
      expect(countries.totalCount).toBe(195);
      seen.push(...countries.edges.map((e: any) => e.node));
      after = countries.pageInfo.hasNextPage ? countries.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toHaveLength(195);
    expect(new Set(seen.map((c) => c.iso3)).size).toBe(195);
    expect(seen.filter((c) => c.unStatus === 'OBSERVER_STATE').map((c) => c.iso3).sort()).toEqual(['PSE', 'VAT']);
    expect(seen.find((c) => c.iso3 === 'BOL')).toMatchObject({ name: 'Bolivia (Plurinational State of)', hubRegion: 'AMERICAS', regionalCommission: { id: 'eclac' } });
  });

  it('answers one country by ISO alpha-3 in any case, with its M49 areas, and null for an unknown code', async () => {
    const found = await sub.data(`{
      bol: country(iso3: "bol") { iso3 iso2 m49Code name commonName officialName unStatus region { code name } subRegion { code name } intermediateRegion { code name } }
      mex: country(iso3: "MEX") { gcmChampion gcmChampionProvenance { confidence } regionalCommission { id acronym } regionalCommissionProvenance { confidence } }
      xxx: country(iso3: "XXX") { iso3 }
    }`);
    expect(found.bol).toEqual({
      iso3: 'BOL', iso2: 'BO', m49Code: '068', name: 'Bolivia (Plurinational State of)', commonName: 'Bolivia', officialName: 'Plurinational State of Bolivia', unStatus: 'MEMBER_STATE',
      region: { code: '019', name: 'Americas' }, subRegion: { code: '419', name: 'Latin America and the Caribbean' }, intermediateRegion: { code: '005', name: 'South America' },
    });
    expect(found.mex).toEqual({
      gcmChampion: true, gcmChampionProvenance: { confidence: 'CERTAIN' }, regionalCommission: { id: 'eclac', acronym: 'ECLAC' },
      // The commission is assigned by a documented rule over M49 regions (memberships overlap): likely, not certain.
      regionalCommissionProvenance: { confidence: 'LIKELY' },
    });
    expect(found.xxx).toBeNull();
  });

  it('filters by region, area, commission, status, Champion status and name, combined with AND', async () => {
    expect(await countryCodes({ m49Area: '005' })).toEqual(['ARG', 'BOL', 'BRA', 'CHL', 'COL', 'ECU', 'GUY', 'PER', 'PRY', 'SUR', 'URY', 'VEN']);
    // Arab States in Africa: DZA EGY LBY MRT MAR SOM SDN TUN.
    expect((await countryCodes({ regionalCommission: 'escwa', hubRegions: ['AFRICA'] })).sort()).toEqual(['DZA', 'EGY', 'LBY', 'MAR', 'MRT', 'SDN', 'SOM', 'TUN']);
    expect(await countryCodes({ unStatus: 'OBSERVER_STATE' })).toEqual(['PSE', 'VAT']);
    expect(await countryCodes({ search: 'bolivia' })).toEqual(['BOL']);
    expect(await countryCodes({ iso3: ['mex', 'BOL'] })).toEqual(['BOL', 'MEX']);
    expect(await countryCodes({ gcmChampion: true, m49Area: '005' })).toEqual(['COL', 'ECU', 'PER']);
    expect(await countryCodes({ updatedSince: new Date(Date.now() + 60_000).toISOString() })).toEqual([]);
    const champions = await sub.data('{ yes: countries(filter: { gcmChampion: true }) { totalCount } no: countries(filter: { gcmChampion: false }) { totalCount } }');
    expect(champions).toEqual({ yes: { totalCount: 29 }, no: { totalCount: 166 } });
  });

  it('refuses a page size above the cap, naming the argument and the cap', async () => {
    expect(await sub.badInput('{ countries(first: 100000) { totalCount } }')).toMatch(/first.*0 to 100/);
  });
});
