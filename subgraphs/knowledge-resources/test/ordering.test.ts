// The orders of a resource list as clients page through them: the default (no search, no sort) lists real resources
// before the illustrative samples, each newest first (issue 13); `includeSamples: false` leaves samples out;
// UPDATED_ASC / UPDATED_DESC order by last change for syncing with `updatedSince`. Every order pages without gaps or
// repeats, at the root, under a tag filter (read from the tag tables) and under a parent, against the database's own
// order of the same rows.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestSubgraph, type TestSubgraph } from '@unmn/shared/testing';
import { knowledgeResourcesSubgraph } from '../src/index.js';
import { AS, type As, ENTITIES, submit, update } from './helpers.js';

let sub: TestSubgraph;
beforeAll(async () => {
  sub = await startTestSubgraph(knowledgeResourcesSubgraph);
});
afterAll(() => sub?.stop());

interface Node { id: string; publishedOn: string; updatedAt: string; provenance: { sample: boolean } }
const NODE = 'id publishedOn updatedAt provenance { sample }';

/** Every page of Query.resources with `first` per page, as a client walks it. */
async function walk(args: { filter?: Record<string, unknown>; sort?: string }, first: number, as?: As): Promise<Node[]> {
  const nodes: Node[] = [];
  let after: string | null = null;
  for (;;) {
    const data: any = await sub.data(
      `query($filter: ResourceFilter, $sort: ResourceSort, $first: Int, $after: String) {
        resources(filter: $filter, sort: $sort, first: $first, after: $after) { totalCount edges { node { ${NODE} } } pageInfo { hasNextPage endCursor } } }`,
      { ...args, first, after },
      { viewer: as },
    );
    nodes.push(...data.resources.edges.map((e: { node: Node }) => e.node));
    if (!data.resources.pageInfo.hasNextPage) {
      expect(nodes).toHaveLength(data.resources.totalCount);
      return nodes;
    }
    after = data.resources.pageInfo.endCursor;
  }
}

/** Every page of one objective's resources (the nested connection), through `_entities` as the gateway asks. */
async function walkObjective(number: number, args: { filter?: Record<string, unknown>; sort?: string }, first: number): Promise<Node[]> {
  const nodes: Node[] = [];
  let after: string | null = null;
  for (;;) {
    const data: any = await sub.data(
      ENTITIES(`... on Objective { resources(filter: $filter, sort: $sort, first: $first, after: $after) { totalCount edges { node { ${NODE} } } pageInfo { hasNextPage endCursor } } }`)
        .replace('query($r: [_Any!]!)', 'query($r: [_Any!]!, $filter: ResourceFilter, $sort: ResourceSort, $first: Int, $after: String)'),
      { r: [{ __typename: 'Objective', number }], ...args, first, after },
    );
    const conn = data._entities[0].resources;
    nodes.push(...conn.edges.map((e: { node: Node }) => e.node));
    if (!conn.pageInfo.hasNextPage) {
      expect(nodes).toHaveLength(conn.totalCount);
      return nodes;
    }
    after = conn.pageInfo.endCursor;
  }
}

/** The published resources' ids in the database's own order (`seq` breaks ties, as the lists do). */
async function expected(order: 'real-first' | 'updated-asc' | 'updated-desc', where: (q: any) => void = () => {}): Promise<string[]> {
  const q = sub.db.knex('resources').where('review_status', 'PUBLISHED').select('id');
  where(q);
  if (order === 'real-first') q.orderBy([{ column: 'sample', order: 'asc' }, { column: 'published_on', order: 'desc' }, { column: 'seq', order: 'desc' }]);
  else q.orderBy([{ column: 'updated_at', order: order === 'updated-asc' ? 'asc' : 'desc' }, { column: 'seq', order: order === 'updated-asc' ? 'asc' : 'desc' }]);
  return (await q).map((r: { id: string }) => r.id);
}

const isSample = (n: Node) => n.provenance.sample;

describe('the default order: real resources first, then samples, each newest first', () => {
  it('the first page of Query.resources is real resources; samples follow them, and paging in 7s gives the database order', async () => {
    const first = await sub.data(`{ resources(first: 10) { edges { node { ${NODE} } } } }`);
    expect(first.resources.edges.map((e: { node: Node }) => isSample(e.node))).toEqual(Array(10).fill(false));
    const all = await walk({}, 7);
    const boundary = all.findIndex(isSample);
    expect(boundary).toBeGreaterThan(0);
    expect(all.slice(boundary).every(isSample)).toBe(true); // no real resource after the first sample
    expect(all.map((n) => n.id)).toEqual(await expected('real-first'));
    expect(new Set(all.map((n) => n.id)).size).toBe(all.length);
  });

  it('a tag-filtered list and a parent\'s list (read from the tag tables) page the same way across the real/sample boundary', async () => {
    // An objective with real resources, so the boundary falls inside its list.
    const row: any = await sub.db.knex('resource_objectives as o').join('resources as r', 'r.seq', 'o.resource_seq')
      .where({ 'r.sample': false, 'r.review_status': 'PUBLISHED' }).groupBy('o.objective_number').select('o.objective_number as n').count({ c: '*' }).orderBy('c', 'desc').first();
    const n = Number(row.n);
    const under = (q: any) => q.whereIn('seq', sub.db.knex('resource_objectives').where('objective_number', n).select('resource_seq'));
    const want = await expected('real-first', under);
    const filtered = await walk({ filter: { objectives: [n] } }, 3);
    expect(filtered.map((x) => x.id)).toEqual(want);
    expect(filtered.findIndex(isSample)).toBeGreaterThan(0);
    expect((await walkObjective(n, {}, 4)).map((x) => x.id)).toEqual(want);
    // Real only, under the parent too.
    expect((await walkObjective(n, { filter: { includeSamples: false } }, 2)).map((x) => x.id)).toEqual(want.slice(0, filtered.findIndex(isSample)));
  });

  it('includeSamples: false gives only the real resources, in the same order', async () => {
    const real = await walk({ filter: { includeSamples: false } }, 9);
    expect(real.length).toBeGreaterThan(0);
    expect(real.some(isSample)).toBe(false);
    expect(real.map((n) => n.id)).toEqual(await expected('real-first', (q) => q.where('sample', false)));
  });

  it('an explicit NEWEST mixes real resources and samples by date', async () => {
    const newest = await walk({ sort: 'NEWEST' }, 100);
    const dates = newest.map((n) => n.publishedOn);
    expect(dates).toEqual([...dates].sort().reverse());
    const firstSample = newest.findIndex(isSample);
    expect(newest.slice(firstSample).some((n) => !isSample(n))).toBe(true);
  });

  it('a submitter sees its own unpublished resources in the same order, real first', async () => {
    const mine = await submit(sub, AS.iom, { draft: true, title: 'An unpublished real resource', publishedOn: '1990-01-01' });
    const seen = await walk({}, 50, AS.iom);
    const sampleAt = seen.findIndex(isSample);
    const at = seen.findIndex((n) => n.id === mine.id);
    expect(at).toBeGreaterThanOrEqual(0);
    expect(at).toBeLessThan(sampleAt); // the oldest real resource, still before every sample
  });
});

describe('UPDATED_ASC and UPDATED_DESC: by last change, for syncing with updatedSince', () => {
  it('page in the database order of updatedAt, ties broken stably', async () => {
    const asc = await walk({ sort: 'UPDATED_ASC' }, 13);
    expect(asc.map((n) => n.id)).toEqual(await expected('updated-asc'));
    const desc = await walk({ sort: 'UPDATED_DESC' }, 13);
    expect(desc.map((n) => n.id)).toEqual(await expected('updated-desc'));
  });

  it('under a search too: the matches by last change, paging in the database order', async () => {
    const matches = await walk({ filter: { search: 'migration' } }, 100);
    expect(matches.length).toBeGreaterThan(5);
    const ids = new Set(matches.map((n) => n.id));
    const want = (await expected('updated-desc')).filter((id) => ids.has(id));
    expect((await walk({ filter: { search: 'migration' }, sort: 'UPDATED_DESC' }, 4)).map((n) => n.id)).toEqual(want);
  });

  it('a changed resource moves to the end of UPDATED_ASC; walking from the last sync with updatedSince finds exactly the changes, nested lists too', async () => {
    const before = await walk({ sort: 'UPDATED_ASC' }, 100);
    const since = before.at(-1)!.updatedAt;
    // Change an old published resource and publish a new one.
    const old = before[0];
    const version = (await sub.data('query($id: ID!) { resource(id: $id) { version objectives { number } } }', { id: old.id })).resource;
    const { body } = await update(sub, AS.secretariat, { id: old.id, version: version.version, title: 'Corrected title, so it changed' });
    expect(body.errors).toBeUndefined();
    const after = await walk({ sort: 'UPDATED_ASC' }, 100);
    expect(after.at(-1)!.id).toBe(old.id);
    expect(after.slice(0, -1).map((n) => n.id)).toEqual(before.slice(1).map((n) => n.id));
    const changes = await walk({ sort: 'UPDATED_ASC', filter: { updatedSince: since } }, 5);
    expect(changes.map((n) => n.id)).toEqual([old.id]);
    const objective = version.objectives[0].number;
    expect((await walkObjective(objective, { sort: 'UPDATED_DESC', filter: { updatedSince: since } }, 5)).map((n) => n.id)).toEqual([old.id]);
    expect((await walkObjective(objective, { sort: 'UPDATED_DESC' }, 100))[0].id).toBe(old.id);
  });
});

describe('every list of resources takes updatedSince and includeSamples', () => {
  it('SupportRequest.relatedPractices: only the practices changed since, or only the real ones', async () => {
    const representation = { __typename: 'SupportRequest', id: 'sr-ordering-1', country: { iso3: 'MEX' }, objectives: [{ number: 20 }, { number: 6 }] };
    const related = async (filter?: Record<string, unknown>) =>
      (await sub.data(
        `query($r: [_Any!]!, $filter: RelatedPracticeFilter) { _entities(representations: $r) { ... on SupportRequest { relatedPractices(first: 100, filter: $filter) { totalCount edges { node { ${NODE} type } } } } } }`,
        { r: [representation], filter },
      ))._entities[0].relatedPractices;
    const all = await related();
    expect(all.totalCount).toBeGreaterThan(0);
    const since = [...all.edges.map((e: { node: Node }) => e.node.updatedAt)].sort().at(-1);
    expect((await related({ updatedSince: since })).totalCount).toBe(0);
    // A practice on objective 20 changes: it alone is listed since then.
    const practice = await submit(sub, AS.secretariat, { type: 'PRACTICE', objectives: [20], publishers: ['undp'], practice: { completed: true }, title: 'A practice changed after the sync' });
    const { body } = await sub.query('mutation($input: ReviewResourceInput!) { reviewResource(input: $input) { id } }', { input: { id: practice.id, version: practice.version, decision: 'PUBLISH' } }, { viewer: AS.secretariat });
    expect(body.errors).toBeUndefined();
    const changed = await related({ updatedSince: since });
    expect(changed.edges.map((e: { node: Node }) => e.node.id)).toEqual([practice.id]);
    expect(changed.totalCount).toBe(1);
    const real = await related({ includeSamples: false });
    expect(real.edges.every((e: { node: Node }) => !e.node.provenance.sample)).toBe(true);
    expect(real.edges.map((e: { node: Node }) => e.node.id)).toContain(practice.id);
    expect(real.totalCount).toBeLessThan(all.totalCount + 1);
  });
});
