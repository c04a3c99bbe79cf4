// Lists, per-parent lists, entity lookups, tags and related practices: every read restricts to what the viewer may
// see through filter.ts matched()/tagMatches() (which apply src/policy.ts). Per-parent lists by date (real first, the
// default, or newest/oldest) and tag-filtered browsing walk the tag tables' (tag, published, sample, published_on,
// resource_seq) index (tagPages), so their cost follows the page, not the data.
import type { Knex } from 'knex';
import { HUB_REGIONS, type HubRegion } from '@unmn/shared/countries';
import { decodeCursor, pageSize, paginate, paginateByParent, toConnection, whereAfter, type Connection, type OrderColumn, type PageArgs } from '@unmn/shared/pagination';
import { groupBy } from '@unmn/shared/rows';
import { visibleWhere } from '../policy.js';
import { BY_DATE, matched, matchedUnder, orderFor, ORDERS, PARENT_LINK, tagMatches, type ReadContext } from './filter.js';
import { noTags, type KnowledgeResourceModel, type ParentScope, type RelatedPracticeFilterSpec, type ResourceFilterSpec, type ResourceTags, type ScoredResource, type SortKey } from './models.js';
import { TAG_TABLES, type TagKind, type TagTable } from './reference/tags.js';
import { COLUMNS, rawRows, scoreOf, toResource, toScored, type KeyRow, type StoredResourceRow } from './rows.js';
import { fewerOfRealAndSamples, searchIndexKeys, searchIndexOnly, searchModeOf, searchWordsOf } from './search.js';
import { seesUnpublished } from '../policy.js';

type Sql = { sql: string; bindings: readonly unknown[] };
interface PageKey { seq: number; published_on: string; sample: boolean | number; score: null }

/** The tag filter a browse can be read from (the first given, in this order), or none. */
function tagDriver(filter: ResourceFilterSpec): { tag: TagTable; values: readonly (string | number)[]; rest: ResourceFilterSpec } | null {
  const candidates: TagKind[] = ['objectives', 'countries', 'publishers', 'regions', 'languages', 'principles'];
  for (const key of candidates) {
    const values: readonly (string | number)[] | undefined = filter[key];
    // `rest`: the filter without the driving condition, which the walk itself applies.
    if (values && values.length > 0) return { tag: TAG_TABLES[key], values, rest: { ...filter, [key]: undefined } };
  }
  return null;
}

/** Compares two rows by a page order (what the SQL ORDER BY does, for walks merged in memory). */
const byOrder = (order: OrderColumn[]) => (a: PageKey, b: PageKey) => {
  for (const o of order) {
    const x = o.value(a);
    const y = o.value(b);
    if (x === y) continue;
    return (x !== null && (y === null || x < y) ? -1 : 1) * (o.direction === 'asc' ? 1 : -1);
  }
  return 0;
};

export class Reads {
  constructor(private readonly ctx: ReadContext) {}

  /**
   * The first page for each tag value (a BY_DATE order) and each value's total: two statements, whatever the number
   * of values. The page rows are one index-ordered `LIMIT first+1` walk per value, visibility part and sample flag
   * (so the work is per page, not per tagged row, and each walk is in published_on order whatever the order does with
   * the flag); PostgreSQL runs them as one LATERAL walk over a VALUES list of (value, sample) per part, SQLite (no
   * LATERAL) as a UNION ALL of the walks. Without `distinct` the totals are one count per value, correlated to a
   * VALUES list, each an index range. Rows come back as keys (seq, published_on, sample) per value, merged here in
   * the page order. `distinct`: one page and one total for all values together (a filter's OR over several values),
   * counting a resource tagged with several of them once.
   */
  private async tagPages(tag: TagTable, values: readonly (string | number)[], filter: ResourceFilterSpec, order: OrderColumn[], page: PageArgs, distinct: boolean): Promise<{ rows: Map<string, PageKey[]>; counts: Map<string, number>; size: number }> {
    const { knex } = this.ctx;
    const size = pageSize(page.first);
    if (values.length === 0) return { rows: new Map(), counts: new Map(), size };
    const after = page.after ? decodeCursor(page.after, order.length) : null;
    const LINK_COLUMNS: Record<string, string> = { 'r.published_on': 'link.published_on', 'r.sample': 'link.sample', 'r.seq': 'link.resource_seq' };
    const linkOrder = order.map((o) => ({ ...o, column: LINK_COLUMNS[o.column] }));
    const parts: ('published' | 'unpublished')[] = seesUnpublished(this.ctx.viewer) ? ['published', 'unpublished'] : ['published'];
    const samples = filter.excludeSamples ? [false] : [false, true];
    // A VALUES list `v` (columns column1, column2… in both dialects), typed: PostgreSQL reads untyped parameters in
    // VALUES as text, which it will not compare with an integer tag column.
    const typed = (v: string | number | boolean) => (typeof v === 'number' ? 'cast(? as integer)' : typeof v === 'boolean' ? 'cast(? as boolean)' : 'cast(? as text)');
    const valuesList = (rows: (string | number | boolean)[][]): Sql => ({
      sql: `(values ${rows.map((r) => `(${r.map(typed).join(', ')})`).join(', ')}) as v`,
      bindings: rows.flat(),
    });
    const walk = (value: string | number | Knex.Raw, sample: boolean | Knex.Raw, part: 'published' | 'unpublished') => {
      const q = tagMatches(this.ctx, tag, [value], part, filter)
        .where('link.sample', sample)
        .select({ parent_key: `link.${tag.column}`, seq: 'link.resource_seq', published_on: 'link.published_on', sample: 'link.sample' });
      if (after) whereAfter(q, linkOrder, after);
      // Each walk holds one sample value, so it is ordered by date alone: PostgreSQL reads `sample = true` as a
      // boolean test, not an equality it may drop from the ORDER BY, and otherwise sorted the whole tag range
      // (1.6k rows per objective at 20k) instead of walking the index backwards.
      for (const o of linkOrder) if (o.column !== 'link.sample') q.orderBy(o.column, o.direction);
      return q.limit(size + 1).toSQL();
    };
    const walks: Sql[] = [];
    const counts: Sql[] = [];
    for (const part of parts) {
      if (this.ctx.postgres) {
        // PostgreSQL plans every member of a UNION ALL on its own: the 46 walks of 23 objectives took 19 ms to plan
        // (and 11 to run) at 100k; one LATERAL walk is planned once (3 + 2 ms).
        const list = valuesList(values.flatMap((value) => samples.map((sample) => [value, sample])));
        const w = walk(knex.raw('v.column1'), knex.raw('v.column2'), part);
        walks.push({ sql: `select w.* from ${list.sql} cross join lateral (${w.sql}) as w`, bindings: [...list.bindings, ...w.bindings] });
      } else {
        for (const value of values) for (const sample of samples) walks.push(walk(value, sample, part));
      }
      if (distinct) {
        counts.push(tagMatches(this.ctx, tag, values, part, filter).select(knex.raw('0 as parent_key')).countDistinct({ n: 'link.resource_seq' }).toSQL());
      } else {
        // One count per value, each a range of the tag index: PostgreSQL planned the grouped count over all values
        // (the whole table for 23 objectives) as a parallel seq scan, 85-115 ms at 100k on a loaded machine, against
        // 20-30 ms for the index ranges.
        const list = valuesList(values.map((value) => [value]));
        const c = tagMatches(this.ctx, tag, [knex.raw('v.column1')], part, filter).count({ n: '*' }).toSQL();
        counts.push({ sql: `select v.column1 as parent_key, (${c.sql}) as n from ${list.sql}`, bindings: [...c.bindings, ...list.bindings] });
      }
    }
    // Each walk keeps its own ORDER BY/LIMIT inside a derived table (SQLite allows neither on a UNION ALL member);
    // walks are grouped by 100 because SQLite caps a compound SELECT at 500 terms.
    const union = (parts: Sql[]): Sql => ({
      sql: parts.map((p) => `select * from (${p.sql}) as w`).join(' union all '),
      bindings: parts.flatMap((p) => p.bindings),
    });
    const groups: Sql[] = [];
    for (let i = 0; i < walks.length; i += 100) groups.push(union(walks.slice(i, i + 100)));
    const all = groups.length === 1 ? groups[0] : union(groups);
    const countSql = counts.map((c) => `select * from (${c.sql}) as c`).join(' union all ');
    const [walked, counted] = await Promise.all([
      knex.raw(all.sql, all.bindings as Knex.RawBinding[]),
      knex.raw(countSql, counts.flatMap((c) => c.bindings) as Knex.RawBinding[]),
    ]);
    let walkedRows = rawRows<{ parent_key: string | number; seq: number | string; published_on: string; sample: boolean | number }>(walked);
    if (distinct) {
      const seen = new Set<number>();
      walkedRows = walkedRows.filter((row) => !seen.has(Number(row.seq)) && Boolean(seen.add(Number(row.seq))));
    }
    const rows = groupBy(walkedRows.map((row) => ({ key: distinct ? '0' : String(row.parent_key), seq: Number(row.seq), published_on: row.published_on, sample: row.sample, score: null })), (r) => r.key);
    // Merge the parts' (and values') walks: sort by the page order and keep first+1 per key.
    const pages = new Map<string, PageKey[]>();
    for (const [key, list] of rows) pages.set(key, list.sort(byOrder(order)).slice(0, size + 1));
    const totals = new Map<string, number>();
    for (const row of rawRows<{ parent_key: string | number; n: number | string }>(counted)) {
      totals.set(String(row.parent_key), (totals.get(String(row.parent_key)) ?? 0) + Number(row.n));
    }
    return { rows: pages, counts: totals, size };
  }

  /** The rows of the given resources, by seq (one statement); callers pass keys they were allowed to list. */
  private async rowsBySeq(seqs: number[]): Promise<Map<number, KnowledgeResourceModel>> {
    const rows: StoredResourceRow[] = seqs.length ? await this.ctx.knex('resources').select(COLUMNS).whereIn('resources.seq', seqs) : [];
    return new Map(rows.map((r) => [Number(r.seq), toResource(r)]));
  }

  /**
   * Query.resources: one page and its total in two statements. Under a search, the first ranks only the keys of every
   * match and counts them in the same statement (a materialized CTE counted before the cursor condition), so a search
   * runs its full-text match once, not once for the page and again for shared/pagination.ts's separate count; the
   * second loads the page's rows. Cursors and page size follow the shared helpers.
   */
  async list(filter: ResourceFilterSpec, sort: SortKey | null | undefined, page: PageArgs): Promise<Connection<ScoredResource>> {
    const { knex } = this.ctx;
    const order = orderFor(sort, filter);
    if (!filter.search) {
      const driver = tagDriver(filter);
      if (driver && BY_DATE.includes(order)) {
        // Browsing with a tag filter: the page and the total come from that tag's index (see tagPages); the other
        // conditions are checked on the rows the walk passes.
        const { rows, counts, size } = await this.tagPages(driver.tag, driver.values, driver.rest, order, page, true);
        const keys = rows.get('0') ?? [];
        const bySeq = await this.rowsBySeq(keys.slice(0, size).map((k) => k.seq));
        return toConnection(keys, size, counts.get('0') ?? 0, order, Boolean(page.after), (k: PageKey) => ({ resource: bySeq.get(k.seq)!, score: null }));
      }
      // Browsing: the page walks the (published_on, seq) index and stops early; counting separately is cheaper than
      // materializing every match for a window count.
      return paginate(knex.from(matched(this.ctx, filter).as('r')).select('r.*'), order, page, toScored);
    }
    const size = pageSize(page.first);
    const after = page.after ? decodeCursor(page.after, order.length) : null;
    if (order === ORDERS.RELEVANCE && this.ctx.postgres) return this.ranked(filter, size, after);
    // SQLite by relevance: from the full-text index alone where it can (search.ts searchIndexOnly).
    const fewer = order === ORDERS.RELEVANCE && searchIndexOnly(this.ctx, filter) ? await fewerOfRealAndSamples(knex) : null;
    const keysQuery = fewer ? searchIndexKeys(this.ctx, filter, fewer) : matched(this.ctx, filter, undefined, 'keys');
    // Materialized, so the score is computed once per match inside the CTE and only narrow rows are counted and sorted.
    // (`count(*) over ()` on a subquery made PostgreSQL pull the subquery up and carry every match's tsvector through
    // the window's tuplestore, spilling it to disk: 43 ms instead of 15 for `migration data` + Africa at 100k.)
    const q = knex.withMaterialized('r0', keysQuery).from('r0 as r').select('r.*', knex.raw('(select count(*) from r0) as total_count'));
    if (after) whereAfter(q, order, after);
    for (const o of order) q.orderBy(o.column, o.direction);
    const keys: (KeyRow & { total_count: number | string })[] = await q.limit(size + 1);
    let total = keys.length ? Number(keys[0].total_count) : 0;
    if (keys.length === 0 && page.after) {
      // Past the last page the window has no row to report the total on; count separately (rare).
      const counted: { n: number | string } | undefined = await knex.from(matched(this.ctx, filter, undefined, 'count').as('c')).count({ n: '*' }).first();
      total = Number(counted?.n ?? 0);
    }
    const bySeq = await this.rowsBySeq(keys.slice(0, size).map((k) => Number(k.seq)));
    return toConnection(keys, size, total, order, Boolean(page.after), (k: KeyRow) => ({ resource: bySeq.get(Number(k.seq))!, score: scoreOf(k) }));
  }

  /**
   * PostgreSQL: a search's page by relevance: real resources first, then samples (ORDERS.RELEVANCE), each group best
   * match first. Each group is ranked one tier at a time: every resource matching all the words of an any-word search
   * ranks above any matching fewer (search.ts), so while the page lies within that top tier (`first` + 1 of its
   * resources after the cursor) only those need a score, and the group's other matches are ranked only when the page
   * reaches past it. The total is counted without scoring, on a second connection at the same time. `migration data`
   * in Africa at 100k: 4.9k of 14.5k matches scored, p95 of the benchmark's searches 0.5-0.6x ranking every match.
   * (SQLite gained nothing from it: each tier re-reads the full-text index, and a statement runs on one connection.)
   */
  private async ranked(filter: ResourceFilterSpec, size: number, after: (string | number | null)[] | null): Promise<Connection<ScoredResource>> {
    const { knex } = this.ctx;
    const [bySample, ...byScore] = ORDERS.RELEVANCE;
    // Started now (a query builder runs only once something awaits it), to run beside the ranking.
    const counted: Promise<{ n: number | string } | undefined> = Promise.resolve(knex.from(matched(this.ctx, filter, undefined, 'count').as('c')).count({ n: '*' }).first());
    const fewer = await fewerOfRealAndSamples(knex);
    const words = searchWordsOf(filter).length;
    const tiered = searchModeOf(filter) === 'ANY' && words >= 2;
    const rank = (spec: ResourceFilterSpec, from: (string | number | null)[] | null, limit: number): Promise<KeyRow[]> => {
      const q = knex.from(matched(this.ctx, spec, undefined, 'keys').as('r')).select('r.*');
      if (from) whereAfter(q, byScore, from);
      for (const o of byScore) q.orderBy(o.column, o.direction);
      return q.limit(limit);
    };
    const ranking = (async () => {
      const keys: KeyRow[] = [];
      for (const sample of filter.excludeSamples ? [false] : [false, true]) {
        const few = fewer?.sample === sample;
        if (few && fewer!.count === 0) continue;
        const group = sample ? 1 : 0;
        // The cursor's (score, seq) within its own group; a later group starts at its top.
        if (after && Number(after[0]) > group) continue;
        let from = after && Number(after[0]) === group ? after.slice(1) : null;
        const spec: ResourceFilterSpec = { ...filter, sample };
        // The top tier's scores are `words` plus a fraction below 1: a cursor below that is already past it. A small
        // group costs less ranked whole than read twice.
        if (tiered && !few && (!from || Number(from[0]) >= words)) {
          const top = await rank({ ...spec, topTier: true }, from, size + 1 - keys.length);
          keys.push(...top);
          if (keys.length > size) break;
          if (top.length) from = byScore.map((o) => o.value(top[top.length - 1]));
        }
        keys.push(...(await rank(spec, from, size + 1 - keys.length)));
        if (keys.length > size) break;
      }
      return keys;
    })();
    const [keys, count] = await Promise.all([ranking, counted]);
    const bySeq = await this.rowsBySeq(keys.slice(0, size).map((k) => Number(k.seq)));
    return toConnection(keys, size, Number(count?.n ?? 0), [bySample, ...byScore], Boolean(after), (k: KeyRow) => ({ resource: bySeq.get(Number(k.seq))!, score: scoreOf(k) }));
  }

  /**
   * The first page under each of many parents (e.g. 23 objectives), whatever the number of parents: the pages' keys
   * and counts (two statements, shared/pagination.ts paginateByParent), then the pages' rows (one statement).
   */
  async listByParents(scope: ParentScope, parentKeys: readonly (string | number)[], filter: ResourceFilterSpec, sort: SortKey | null | undefined, page: PageArgs): Promise<Map<string | number, Connection<ScoredResource>>> {
    const order = orderFor(sort, filter);
    const result = new Map<string | number, Connection<ScoredResource>>();
    if (!filter.search && BY_DATE.includes(order)) {
      // By date: each parent's page is a walk of its tag's index (tagPages), so the work does not grow with the
      // number of resources under the parents.
      const { rows, counts, size } = await this.tagPages(PARENT_LINK[scope], parentKeys, filter, order, page, false);
      const bySeq = await this.rowsBySeq([...new Set([...rows.values()].flatMap((list) => list.slice(0, size).map((k) => k.seq)))]);
      for (const key of parentKeys) {
        result.set(key, toConnection(rows.get(String(key)) ?? [], size, counts.get(String(key)) ?? 0, order, Boolean(page.after), (k: PageKey) => ({ resource: bySeq.get(k.seq)!, score: null })));
      }
      return result;
    }
    // By relevance or title: rank the matches under all parents in one windowed statement.
    const base = this.ctx.knex.from(matchedUnder(this.ctx, scope, parentKeys, filter, 'keys').as('r')).select('r.*');
    const keyed = await paginateByParent(this.ctx.knex, base, 'r.parent_key', parentKeys, orderFor(sort, filter), page, (row: KeyRow) => ({ seq: Number(row.seq), score: scoreOf(row) }));
    const bySeq = await this.rowsBySeq([...new Set([...keyed.values()].flatMap((c) => c.edges.map((e) => e.node.seq)))]);
    for (const [key, conn] of keyed) {
      result.set(key, { ...conn, edges: conn.edges.map((e) => ({ cursor: e.cursor, node: { resource: bySeq.get(e.node.seq)!, score: e.node.score } })) });
    }
    return result;
  }

  /** Resources by id that the viewer may see (others are simply absent). */
  async findByIds(ids: readonly string[]): Promise<Map<string, KnowledgeResourceModel>> {
    const q = this.ctx.knex('resources').select(COLUMNS).whereIn('resources.id', ids);
    visibleWhere(this.ctx.viewer)(q);
    const rows: StoredResourceRow[] = await q;
    return new Map(rows.map((r) => [r.id, toResource(r)]));
  }

  /**
   * Every tag of many resources in one statement. Visibility is the caller's: the resources come from reads above
   * (or from a write's own transaction, `knex` then being the transaction).
   */
  async tagsBySeqs(seqs: readonly number[], knex: Knex = this.ctx.knex): Promise<Map<number, ResourceTags>> {
    if (seqs.length === 0) return new Map();
    // The keys come from a materialized CTE, not an `IN (…)` list in each part: PostgreSQL planned the six parts'
    // key lists as a Parallel Append whose worker start-up cost 90-120 ms on a loaded 2-core machine (the scans
    // themselves 3 ms; 92 keys, 23 objectives' pages at 100k); a CTE scan is parallel-restricted, so the plan stays
    // serial (6 ms).
    const keys = knex.raw(`select column1 as seq from (values ${seqs.map(() => '(cast(? as integer))').join(', ')}) as v`, [...seqs]);
    const part = (kind: TagKind, position: string) => {
      const { table, column } = TAG_TABLES[kind];
      return knex(table)
        .select('resource_seq', knex.raw(`'${kind}' as kind`), knex.raw(`cast(${column} as varchar(40)) as value`), knex.raw(`${position} as position`))
        .whereIn('resource_seq', knex.select('seq').from('tag_keys_of'));
    };
    const rows: { resource_seq: number | string; kind: TagKind; value: string; position: number | string }[] = await part('objectives', 'objective_number')
      .withMaterialized('tag_keys_of', keys)
      .unionAll(part('principles', '0'))
      .unionAll(part('languages', '0'))
      .unionAll(part('publishers', 'position'))
      .unionAll(part('countries', '0'))
      .unionAll(part('regions', '0'));
    const result = new Map<number, ResourceTags>(seqs.map((s) => [s, noTags()]));
    const positions = new Map<string, number>();
    for (const row of rows) {
      const tags = result.get(Number(row.resource_seq));
      if (!tags) continue;
      if (row.kind === 'objectives') tags.objectives.push(Number(row.value));
      else if (row.kind === 'regions') tags.regions.push(row.value as HubRegion);
      else tags[row.kind].push(row.value);
      if (row.kind === 'publishers') positions.set(`${row.resource_seq}/${row.value}`, Number(row.position));
    }
    for (const [seq, tags] of result) {
      tags.objectives.sort((a, b) => a - b);
      tags.principles.sort();
      tags.languages.sort();
      tags.countries.sort();
      tags.regions.sort((a, b) => HUB_REGIONS.indexOf(a) - HUB_REGIONS.indexOf(b));
      tags.publishers.sort((a, b) => positions.get(`${seq}/${a}`)! - positions.get(`${seq}/${b}`)!);
    }
    return result;
  }

  /**
   * SupportRequest.relatedPractices for many requests at once: published practices sharing at least one of each
   * request's objectives; same country first, then same region, then others; then most shared objectives, newest.
   * Two statements for all requests. Only published resources: what every viewer may see.
   */
  async relatedPractices(
    requests: readonly { key: string; iso3: string | null; region: string | null; objectives: number[] }[],
    filter: RelatedPracticeFilterSpec,
    page: PageArgs,
  ): Promise<Map<string | number, Connection<ScoredResource>>> {
    const { knex } = this.ctx;
    const withObjectives = requests.filter((r) => r.objectives.length > 0);
    if (withObjectives.length === 0) return new Map();
    // The requests' parameters as derived tables (typed casts: PostgreSQL cannot infer the type of a bare parameter).
    const reqSql = withObjectives.map(() => 'select cast(? as varchar(200)) as parent_key, cast(? as varchar(3)) as iso3, cast(? as varchar(10)) as region').join(' union all ');
    const reqArgs = withObjectives.flatMap((r) => [r.key, r.iso3, r.region]);
    const objPairs = withObjectives.flatMap((r) => r.objectives.map((n) => [r.key, n] as const));
    const objSql = objPairs.map(() => 'select cast(? as varchar(200)) as parent_key, cast(? as integer) as objective_number').join(' union all ');
    const shared = knex
      .from(knex.raw(`(${objSql}) as wanted`, objPairs.flat()))
      .join('resource_objectives as ro', 'ro.objective_number', 'wanted.objective_number')
      .select('wanted.parent_key', 'ro.resource_seq')
      .count({ shared: '*' })
      .groupBy('wanted.parent_key', 'ro.resource_seq');
    const inner = knex
      .from(shared.as('m'))
      .join('resources', 'resources.seq', 'm.resource_seq')
      .join(knex.raw(`(${reqSql}) as req`, reqArgs), 'req.parent_key', 'm.parent_key')
      .select(COLUMNS).select('m.parent_key', 'm.shared', knex.raw('null as score'))
      .select(knex.raw(`case
          when exists (select 1 from resource_countries rc where rc.resource_seq = resources.seq and rc.iso3 = req.iso3) then 0
          when exists (select 1 from resource_regions rr where rr.resource_seq = resources.seq and rr.region = req.region) then 1
          else 2 end as tier`))
      .where('resources.type', 'PRACTICE')
      .where('resources.review_status', 'PUBLISHED');
    if (filter.updatedSince) inner.where('resources.updated_at', '>', filter.updatedSince);
    if (filter.excludeSamples) inner.where('resources.sample', false);
    const order: OrderColumn[] = [
      { column: 'r.tier', direction: 'asc', value: (row: { tier: number | string }) => Number(row.tier) },
      { column: 'r.shared', direction: 'desc', value: (row: { shared: number | string }) => Number(row.shared) },
      ...ORDERS.NEWEST,
    ];
    const base = knex.from(inner.as('r')).select('r.*');
    return paginateByParent(knex, base, 'r.parent_key', withObjectives.map((r) => r.key), order, page, toScored);
  }
}
