// Syncing reviews the way a partner system does: `updatedSince` (strictly after) with the sort by last change, stable
// under paging. Reference data changes when a release updates its records; a few rows are touched here to stand for it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestSubgraph, type TestSubgraph } from '@unmn/shared/testing';
import { gcmObjectivesSubgraph } from '../src/index.js';

let sub: TestSubgraph;
const LATER = ['2099-01-01T00:00:00.000Z', '2099-02-01T00:00:00.000Z'];
let touched: string[];
beforeAll(async () => {
  sub = await startTestSubgraph(gcmObjectivesSubgraph);
  const ids: string[] = await sub.db.knex('reviews').orderBy('id').pluck('id');
  // The last id changes first, then the first: by last change and by id differ.
  touched = [ids.at(-1)!, ids[0]!];
  for (const [i, id] of touched.entries()) await sub.db.knex('reviews').where({ id }).update({ updated_at: LATER[i] });
});
afterAll(() => sub?.stop());

const PAGE = `query($sort: ReviewSort, $f: ReviewFilter, $first: Int, $after: String) { reviews(sort: $sort, filter: $f, first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } edges { node { id year updatedAt } } } }`;
async function walk(sort?: string, f?: Record<string, unknown>) {
  const nodes: any[] = [];
  let after: string | null = null;
  do {
    const { reviews }: any = await sub.data(PAGE, { sort, f, first: 2, after });
    nodes.push(...reviews.edges.map((e: any) => e.node));
    after = reviews.pageInfo.hasNextPage ? reviews.pageInfo.endCursor : null;
  } while (after);
  return nodes;
}

describe('reviews: updatedSince and sort by last change', () => {
  it('are by year by default and by last change on request (ties by id), the same walked in pages of 2', async () => {
    const byYear = await walk();
    expect(byYear.length).toBeGreaterThan(4);
    expect((await walk('YEAR_ASC')).map((n) => n.id)).toEqual(byYear.map((n) => n.id));
    const compare = (a: any, b: any) => (a.updatedAt < b.updatedAt ? -1 : a.updatedAt > b.updatedAt ? 1 : a.id < b.id ? -1 : 1);
    const ascending = [...byYear].sort(compare).map((n) => n.id);
    expect(ascending.slice(-2)).toEqual(touched);
    expect((await walk('UPDATED_ASC')).map((n) => n.id)).toEqual(ascending);
    expect((await walk('UPDATED_DESC')).map((n) => n.id)).toEqual([...ascending].reverse());
  });

  it('with updatedSince gives only the reviews changed strictly after the instant', async () => {
    expect((await walk('UPDATED_ASC', { updatedSince: LATER[0] })).map((n) => n.id)).toEqual([touched[1]]);
    expect((await walk('UPDATED_ASC', { updatedSince: '2098-12-31T23:59:59.999Z' })).map((n) => n.id)).toEqual(touched);
  });
});
