// SQLite and PostgreSQL search alike: the same data (seed plus the deterministic generator) on both stores, then
// (1) both full-text indexes hold exactly the tokens the application wrote for every resource, and (2) the benchmark's
// searches, in both modes and with a language filter, find the same resources on both, with the same totals and
// each resource in the same matched-word tier, so the ranked pages agree tier by tier. Within a tier the order may
// differ: SQLite ranks by bm25, PostgreSQL by ts_rank (bench/search-parity.ts lists those differences).
// Needs both databases, so it runs in the PostgreSQL pass (DATABASE_URL) beside an in-memory SQLite database.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase, migrateLatest, type Database } from '@unmn/shared/db';
import { DATABASE_URL, testDatabase, type TestDatabase } from '@unmn/shared/testing';
import { ANONYMOUS } from '@unmn/shared/viewer';
import { matched, readContext } from '../src/data/filter.js';
import { migrations } from '../src/data/migrations/index.js';
import type { ResourceFilterSpec } from '../src/data/models.js';
import { insertGenerated } from '../src/data/seeds/generate.js';
import { benchmarkOptions, seed } from '../src/data/seeds/index.js';

const SIZE = 1500;
// bench/knowledge-resources.ts's searches, the and the relevance benchmark's hardest, and other languages.
const SEARCHES = [
  'remittance costs', 'fair recruitment', 'migration data', 'border management', 'social cohesion', 'trafficking victims',
  'skills recognition', 'consular assistance', 'alternatives to detention children', 'return reintegration',
  'impact of covid-19 on migrants', 'search and rescue at sea', 'travailleurs migrants', 'trabajadores migrantes',
];

let lite: Database;
let pg: TestDatabase;

beforeAll(async () => {
  lite = createDatabase({ name: 'knowledge-resources', dataDir: ':memory:' });
  pg = testDatabase('knowledge-resources');
  for (const db of [lite, pg]) {
    await migrateLatest(db, migrations);
    await seed(db);
    const have = Number((await db.knex('resources').max({ m: 'seq' }).first())?.m ?? 0);
    await insertGenerated(db.knex, db.dialect, { from: have, to: SIZE }, benchmarkOptions('2026-01-02T00:00:00.000Z'), undefined, 500);
  }
}, 120_000);
afterAll(async () => {
  await lite?.close();
  await pg?.dispose();
});

/**
 * Every match of a filter as seq -> matched-word tier (the integer part of an any-word score; 0 for a search whose
 * score is relevance alone: every-word or one-word searches, where bm25 and ts_rank have different scales), as an
 * anonymous caller.
 */
async function matches(db: Database, filter: ResourceFilterSpec): Promise<Map<number, number>> {
  const ctx = readContext(db, { ...ANONYMOUS });
  const tiered = filter.searchMode !== 'ALL';
  const rows: { seq: number | string; score: number | string }[] = await db.knex.from(matched(ctx, filter, undefined, 'keys').as('m')).select('m.seq', 'm.score');
  return new Map(rows.map((r) => [Number(r.seq), tiered ? Math.floor(Number(r.score)) : 0]));
}

describe.skipIf(!DATABASE_URL)('SQLite and PostgreSQL search alike', () => {
  it('both indexes hold exactly the tokens the application stemmed, for every resource', async () => {
    const expected = new Map<number, string[]>();
    for (const r of await lite.knex('resources').select('seq', 'search_title', 'search_summary', 'search_body')) {
      const tokens = [r.search_title, r.search_summary, r.search_body].join(' ').split(' ').filter(Boolean);
      expected.set(Number(r.seq), [...new Set(tokens)].sort());
    }
    // PostgreSQL's tsvector holds exactly those tokens (it keeps no stemmed text of its own), and so does FTS5: neither
    // stems, folds or splits anything itself.
    expect(Number((await pg.knex('resources').count({ n: '*' }).first())!.n)).toBe(expected.size);
    const pgIndexed: { seq: number; lexemes: string[] }[] = await pg.knex('resources').select('seq', pg.knex.raw('tsvector_to_array(search_vector) as lexemes'));
    for (const r of pgIndexed) expect([...r.lexemes].sort(), `PostgreSQL seq ${r.seq}`).toEqual(expected.get(Number(r.seq)));
    await lite.knex.raw('create virtual table temp.fts_tokens using fts5vocab(main, resources_fts, instance)');
    const liteIndexed: { doc: number; term: string }[] = await lite.knex('fts_tokens').distinct('doc', 'term');
    const bySeq = new Map<number, string[]>();
    for (const { doc, term } of liteIndexed) bySeq.set(Number(doc), [...(bySeq.get(Number(doc)) ?? []), term]);
    for (const [seq, tokens] of expected) expect((bySeq.get(seq) ?? []).sort(), `SQLite seq ${seq}`).toEqual(tokens);
  });

  it.each(SEARCHES)('"%s" finds the same resources in the same tiers on both stores', async (search) => {
    const filters: ResourceFilterSpec[] = [{ search }, { search, searchMode: 'ALL' }, { search, languages: ['fr'] }, { search, regions: ['AFRICA'] }];
    for (const filter of filters) {
      const [a, b] = [await matches(lite, filter), await matches(pg, filter)];
      expect(b.size, JSON.stringify(filter)).toBe(a.size);
      expect([...b].sort((x, y) => x[0] - y[0]), JSON.stringify(filter)).toEqual([...a].sort((x, y) => x[0] - y[0]));
    }
    // The benchmark's searches find something (so the comparison is not between two empty lists).
    expect((await matches(lite, { search })).size).toBeGreaterThan(0);
  });
});
