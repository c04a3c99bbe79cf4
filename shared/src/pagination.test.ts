// Cursor pagination on the real database (SQLite, or PostgreSQL when DATABASE_URL is set).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { paginate, paginateByParent, type OrderColumn } from './pagination.js';
import { testDatabase } from '../../tests/harness.js';

const db = testDatabase('pagination');
const ORDER: OrderColumn[] = [
  { column: 'items.score', direction: 'desc', value: (r) => r.score },
  { column: 'items.id', direction: 'asc', value: (r) => r.id },
];

beforeAll(async () => {
  if (db.schema) await db.knex.raw('create schema if not exists ??', [db.schema]);
  await db.knex.schema.createTable('items', (t) => {
    t.string('id').primary();
    t.string('parent').notNullable();
    t.integer('score').notNullable();
  });
  // 3 parents with 0..24 items; many equal scores so the id tie-breaker matters.
  const rows = [];
  for (let i = 0; i < 50; i += 1) rows.push({ id: `i${String(i).padStart(2, '0')}`, parent: `p${i % 2}`, score: i % 5 });
  await db.knex('items').insert(rows);
});
afterAll(() => db.dispose());

describe('paginate', () => {
  it('walks every row exactly once in a stable order across pages', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let guard = 0; guard < 20; guard += 1) {
      const page: any = await paginate(db.knex('items').select('*'), ORDER, { first: 7, after });
      expect(page.totalCount).toBe(50);
      seen.push(...page.edges.map((e: any) => e.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(50);
    expect(new Set(seen).size).toBe(50);
    const all = await db.knex('items').orderBy([{ column: 'score', order: 'desc' }, { column: 'id', order: 'asc' }]).pluck('id');
    expect(seen).toEqual(all);
  });

  it('refuses a page size beyond the cap and a cursor it did not issue', async () => {
    await expect(paginate(db.knex('items'), ORDER, { first: 101 })).rejects.toThrow(/first.*0 to 100/);
    await expect(paginate(db.knex('items'), ORDER, { first: -1 })).rejects.toThrow(/first/);
    await expect(paginate(db.knex('items'), ORDER, { after: 'garbage' })).rejects.toThrow(/after.*not a cursor/);
  });
});

describe('paginateByParent', () => {
  it('pages each parent separately with two statements in all', async () => {
    const before = db.statementCount;
    const pages = await paginateByParent(db.knex, db.knex('items').select('items.*', { parent_key: 'items.parent' }), 'items.parent', ['p0', 'p1', 'p2'], ORDER, { first: 3 });
    expect(db.statementCount - before).toBe(2);
    for (const p of ['p0', 'p1']) {
      const expected = await db.knex('items').where('parent', p).orderBy([{ column: 'score', order: 'desc' }, { column: 'id', order: 'asc' }]).limit(3).pluck('id');
      expect(pages.get(p)!.edges.map((e: any) => e.node.id)).toEqual(expected);
      expect(pages.get(p)!.totalCount).toBe(25);
      expect(pages.get(p)!.pageInfo.hasNextPage).toBe(true);
    }
    expect(pages.get('p2')).toMatchObject({ totalCount: 0, edges: [], pageInfo: { hasNextPage: false } });
    const next = await paginateByParent(db.knex, db.knex('items').select('items.*', { parent_key: 'items.parent' }), 'items.parent', ['p0'], ORDER, { first: 3, after: pages.get('p0')!.pageInfo.endCursor });
    const expected = await db.knex('items').where('parent', 'p0').orderBy([{ column: 'score', order: 'desc' }, { column: 'id', order: 'asc' }]).offset(3).limit(3).pluck('id');
    expect(next.get('p0')!.edges.map((e: any) => e.node.id)).toEqual(expected);
  });
});
