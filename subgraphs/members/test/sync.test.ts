// Syncing members' reference data the way a partner system does: every list takes `updatedSince` (strictly after) and
// the paged ones sort by last change, stable under paging. Reference data changes when a release updates its records;
// here a few rows are touched in the database to stand for that.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countStatementsOf, startTestSubgraph, type TestSubgraph } from '@unmn/shared/testing';
import { membersSubgraph } from '../src/index.js';

let sub: TestSubgraph;
/** The instants the touched rows changed at, oldest first, all after the seed. */
const LATER = ['2099-01-01T00:00:00.000Z', '2099-02-01T00:00:00.000Z', '2099-03-01T00:00:00.000Z'];
const touch = (table: string, key: string, ids: string[]) =>
  Promise.all(ids.map((id, i) => sub.db.knex(table).where(key, id).update({ updated_at: LATER[i] })));

beforeAll(async () => {
  sub = await startTestSubgraph(membersSubgraph);
  // Touched out of key order, so "by last change" and "by key" differ.
  await touch('organizations', 'id', ['who', 'ilo', 'unicef']);
  await touch('countries', 'iso3', ['URY', 'BOL', 'MEX']);
  const networks: string[] = await sub.db.knex('un_networks').orderBy('id').pluck('id');
  await touch('un_networks', 'id', [networks.at(-1)!, networks[0]!, networks[1]!]);
});
afterAll(() => sub?.stop());

const LISTS = [
  { field: 'organizations', key: 'id', sort: 'OrganizationSort', byKey: 'ID_ASC', filter: 'OrganizationFilter', total: 38 },
  { field: 'countries', key: 'iso3', sort: 'CountrySort', byKey: 'ISO3_ASC', filter: 'CountryFilter', total: 195 },
  { field: 'unNetworks', key: 'id', sort: 'UnNetworkSort', byKey: 'ID_ASC', filter: 'UnNetworkFilter', total: 0 },
] as const;

async function page(list: (typeof LISTS)[number], variables: Record<string, unknown>) {
  const q = `query($sort: ${list.sort}, $f: ${list.filter}, $first: Int, $after: String) {
    ${list.field}(sort: $sort, filter: $f, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { ${list.key} updatedAt } } } }`;
  return (await sub.data(q, variables))[list.field];
}
/** Every node of the list in `sort`, walked in pages of 7. */
async function walk(list: (typeof LISTS)[number], sort: string | undefined, f?: Record<string, unknown>) {
  const nodes: any[] = [];
  let after: string | null = null;
  do {
    const p = await page(list, { sort, f, first: 7, after });
    nodes.push(...p.edges.map((e: any) => e.node));
    after = p.pageInfo.hasNextPage ? p.pageInfo.endCursor : null;
  } while (after);
  return nodes;
}

describe('root lists: updatedSince and sort by last change', () => {
  for (const list of LISTS) {
    it(`${list.field}: by key by default, by last change on request (ties by key), stable when paged`, async () => {
      const byKey = await walk(list, undefined);
      const keys = byKey.map((n) => n[list.key]);
      if (list.total) expect(keys).toHaveLength(list.total);
      expect(keys).toEqual([...keys].sort());
      expect((await walk(list, list.byKey)).map((n) => n[list.key])).toEqual(keys);

      const compare = (a: any, b: any) => (a.updatedAt < b.updatedAt ? -1 : a.updatedAt > b.updatedAt ? 1 : a[list.key] < b[list.key] ? -1 : 1);
      const ascending = [...byKey].sort(compare).map((n) => n[list.key]);
      const asc = (await walk(list, 'UPDATED_ASC')).map((n) => n[list.key]);
      expect(asc).toEqual(ascending);
      expect(asc.slice(-3)).toEqual(byKey.filter((n) => LATER.includes(n.updatedAt)).sort(compare).map((n) => n[list.key]));
      expect((await walk(list, 'UPDATED_DESC')).map((n) => n[list.key])).toEqual([...ascending].reverse());
    });

    it(`${list.field}: updatedSince gives the records changed strictly after the instant, oldest change first`, async () => {
      const since = await page(list, { sort: 'UPDATED_ASC', f: { updatedSince: LATER[0] }, first: 100 });
      expect(since.edges.map((e: any) => e.node.updatedAt)).toEqual(LATER.slice(1));
      expect(since.totalCount).toBe(2);
      const all = await page(list, { sort: 'UPDATED_DESC', f: { updatedSince: '2099-01-01T00:00:00.000+00:01' }, first: 100 });
      expect(all.edges.map((e: any) => e.node.updatedAt)).toEqual([...LATER].reverse());
    });
  }
});

describe('nested and unpaged lists take updatedSince', () => {
  it('Organization.networkRoles: only roles changed after the instant, in one statement for every organization', async () => {
    const roleId: number = (await sub.db.knex('network_roles').where({ organization_id: 'iom', kind: 'EXECUTIVE_COMMITTEE' }).first('id')).id;
    await sub.db.knex('network_roles').where({ id: roleId }).update({ updated_at: LATER[2] });
    const q = `query($since: DateTime) { organizations(first: 100) { edges { node { id
      all: networkRoles { kind updatedAt createdAt } recent: networkRoles(updatedSince: $since) { kind since updatedAt } } } } }`;
    let data: any;
    const statements = await countStatementsOf(sub.db, async () => (data = await sub.data(q, { since: LATER[1] })));
    const nodes = data.organizations.edges.map((e: any) => e.node);
    expect(nodes.filter((n: any) => n.recent.length).map((n: any) => [n.id, n.recent.map((r: any) => [r.kind, r.updatedAt])]))
      .toEqual([['iom', [['EXECUTIVE_COMMITTEE', LATER[2]]]]]);
    expect(nodes.find((n: any) => n.id === 'iom').all.length).toBeGreaterThan(1);
    // page and count, the roles for `all`, the roles for `recent`.
    expect(statements).toBe(4);
  });

  it('Network.executiveCommitteeHistory and unNetworkTotals: only records changed after the instant, with their timestamps', async () => {
    const seat = await sub.db.knex('network_roles').where({ kind: 'EXECUTIVE_COMMITTEE' }).whereNot('organization_id', 'iom').orderBy('id').first('id', 'organization_id');
    await sub.db.knex('network_roles').where({ id: seat.id }).update({ updated_at: LATER[1] });
    const total = await sub.db.knex('un_network_totals').orderBy('id').first('id');
    await sub.db.knex('un_network_totals').where({ id: total.id }).update({ updated_at: LATER[1] });
    const data = await sub.data(`query($since: DateTime) {
      network { all: executiveCommitteeHistory { organization { id } } recent: executiveCommitteeHistory(updatedSince: $since) { organization { id } updatedAt } }
      allTotals: unNetworkTotals { count createdAt updatedAt } recentTotals: unNetworkTotals(updatedSince: $since) { count updatedAt } }`, { since: LATER[0] });
    expect(data.network.all.length).toBeGreaterThan(8);
    expect(data.network.recent.map((r: any) => [r.organization.id, r.updatedAt]).sort()).toEqual([[seat.organization_id, LATER[1]], ['iom', LATER[2]]].sort());
    expect(data.allTotals.length).toBeGreaterThan(1);
    expect(data.allTotals.every((t: any) => t.createdAt && t.updatedAt >= t.createdAt)).toBe(true);
    expect(data.recentTotals).toEqual([{ count: expect.any(Number), updatedAt: LATER[1] }]);
    expect(await sub.badInput('query($s: DateTime) { unNetworkTotals(updatedSince: $s) { count } }', { s: 'soon' })).toMatch(/DateTime/);
  });
});
