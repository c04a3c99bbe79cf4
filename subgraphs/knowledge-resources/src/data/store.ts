// All of the knowledge-resources subgraph's SQL.
//
// Every read applies the filter through `applyFilter()` and visibility through `visible()` (or, for tag-driven reads,
// `tagMatches()`, whose published/unpublished parts add up to exactly what visible() allows): `matched()` is the
// resources a filter selects with a relevance `score` under a search; root lists, ranked per-parent lists and facet
// counts are built on it. Per-parent lists by date and tag-filtered browsing walk the tag tables' (tag, published,
// published_on, resource_seq) index instead (tagPages), so their cost follows the page, not the data.
//
// The two dialects differ only in full-text search, behind `this.postgres`:
// - SQLite: FTS5 external-content table `resources_fts` (kept in sync by triggers); bm25() with column weights
//   title 10, summary 4, body 1; snippet() for highlights. User words are each quoted as FTS5 strings, so no FTS5
//   syntax (OR, NEAR, *, column filters, quotes) is ever interpreted.
// - PostgreSQL: generated tsvector column `search_vector` (setweight A/B/C) with a GIN index; plainto_tsquery (which
//   treats its input as plain words, never as operators) with ts_rank and ts_headline.
// Under a search, filters are tested where they cost least (see TagTest): PostgreSQL intersects them with the text
// match inside one GIN index (`tag_keys`), SQLite probes the tag tables' primary keys on the full-text rowid.
import type { Knex } from 'knex';
import type { Database } from '@unmn/shared/db';
import { decodeCursor, pageSize, paginate, paginateByParent, toConnection, type Connection, type OrderColumn, type PageArgs } from '@unmn/shared/pagination';
import type { Viewer } from '@unmn/shared/viewer';
import { HUB_REGIONS } from '@unmn/shared/countries';
import { REVIEW_STATUSES, toResource, type FacetsModel, type KnowledgeResourceModel, type ResourceType } from './models.js';
import { searchWords } from './validate.js';
import { SEARCH_TAG_KEYS, TAG_TABLES, tagKeysSql } from './migrations/index.js';

/** A validated, normalized filter (see validate.ts and resolvers/filter.ts). */
export interface ResourceFilterSpec {
  search?: string;
  objectives?: number[];
  principles?: string[];
  regions?: string[];
  countries?: string[];
  languages?: string[];
  publishers?: string[];
  types?: string[];
  scopes?: string[];
  publishedFrom?: string;
  publishedTo?: string;
  reviewStatuses?: string[];
  mine?: boolean;
  updatedSince?: string;
}

export type SortKey = 'RELEVANCE' | 'NEWEST' | 'OLDEST' | 'TITLE';

/**
 * How a read tests the filter's tag conditions (objectives, regions, languages…):
 * - `in`: `seq in (the tag's rows)`, for reads driven by `resources` or by a tag table.
 * - `exists` (SQLite, searchIndexKeys: relevance-ordered searches with only tag filters by readers who see only
 *   published resources): the full-text match drives the read and the filter then drops most matches (29k for
 *   `migration data`, 4.9k kept by Africa), so each match is tested with one probe of the tag table's primary key
 *   (resource_seq, tag) on the FTS rowid; this costs less than half of probing the temporary index SQLite builds for
 *   an `IN (…)` list (5 vs 12 ms for those 29k). (Joined to `resources`, as matched() is, `in` measured no slower.)
 *   The tags cannot go into the
 *   FTS5 table itself (as a column the MATCH could intersect) without changing bm25, which counts every indexed
 *   token of a row, whatever its column weight, in the row's length and the average length.
 * - `keys` (PostgreSQL under a search): `tag_keys && {kind:value}` (types and scopes too), which the GIN index on
 *   (search_vector, tag_keys) intersects with the text match, so only rows matching both are read and ranked.
 */
type TagTest = 'in' | 'exists' | 'keys';
export type ParentScope = 'objective' | 'organization' | 'country';

/** A row of a list: the resource and its score under a search. */
export interface ScoredResource {
  resource: KnowledgeResourceModel;
  score: number | null;
}

/** All tags of a resource, read in one statement for a whole page. */
export interface ResourceTags {
  objectives: number[];
  principles: string[];
  languages: string[];
  publishers: string[];
  countries: string[];
  regions: string[];
}

export interface ResourceRow {
  id: string;
  title: string;
  summary: string;
  body: string | null;
  type: string;
  url: string | null;
  published_on: string;
  geographic_scope: string;
  target_audience: string;
  implemented_from: string | null;
  implemented_until: string | null;
  completed: boolean | null;
  lessons_learned: string | null;
  why_replicable: string | null;
  review_status: string;
  review_comment?: string | null;
  submitted_at: string | null;
  reviewed_at?: string | null;
  owner_org: string | null;
  owner_country: string | null;
  owner_subject: string | null;
  source: string;
  confidence: string;
  note: string | null;
  sample: boolean;
  version?: number;
  created_at: string;
  updated_at: string;
}

export type TagsInput = Omit<ResourceTags, never>;

const COLUMNS = [
  'seq', 'id', 'title', 'summary', 'body', 'type', 'url', 'published_on', 'geographic_scope', 'target_audience',
  'implemented_from', 'implemented_until', 'completed', 'lessons_learned', 'why_replicable', 'review_status',
  'review_comment', 'submitted_at', 'reviewed_at', 'owner_org', 'owner_country', 'owner_subject', 'source',
  'confidence', 'note', 'sample', 'version', 'created_at', 'updated_at',
].map((c) => `resources.${c}`);

/** The columns the orders below sort by, plus the key. */
const KEY_COLUMNS = ['resources.seq', 'resources.published_on', 'resources.title'];

const PARENT_LINK: Record<ParentScope, { table: string; column: string }> = {
  objective: { table: 'resource_objectives', column: 'objective_number' },
  organization: { table: 'resource_publishers', column: 'organization_id' },
  country: { table: 'resource_countries', column: 'iso3' },
};

// Orders over the derived table `r`; each ends in the unique `seq` so pages are stable.
const ORDERS: Record<SortKey, OrderColumn[]> = {
  RELEVANCE: [
    { column: 'r.score', direction: 'desc', value: (row) => Number(row.score) },
    { column: 'r.seq', direction: 'desc', value: (row) => Number(row.seq) },
  ],
  NEWEST: [
    { column: 'r.published_on', direction: 'desc', value: (row) => row.published_on },
    { column: 'r.seq', direction: 'desc', value: (row) => Number(row.seq) },
  ],
  OLDEST: [
    { column: 'r.published_on', direction: 'asc', value: (row) => row.published_on },
    { column: 'r.seq', direction: 'asc', value: (row) => Number(row.seq) },
  ],
  TITLE: [
    { column: 'r.title', direction: 'asc', value: (row) => row.title },
    { column: 'r.seq', direction: 'asc', value: (row) => Number(row.seq) },
  ],
};

/** Keyset condition "comes after these cursor values" (as shared/pagination.ts does for its own queries). */
function whereAfter(q: Knex.QueryBuilder, order: OrderColumn[], values: (string | number | null)[]): void {
  q.where((outer) => {
    order.forEach((_, i) => {
      outer.orWhere((inner) => {
        for (let j = 0; j < i; j += 1) inner.where(order[j].column, values[j]);
        inner.where(order[i].column, order[i].direction === 'asc' ? '>' : '<', values[i]);
      });
    });
  });
}

/** Relevance needs a search; without one it falls back to newest first (documented on ResourceSort.RELEVANCE). */
const orderFor = (sort: SortKey | null | undefined, filter: ResourceFilterSpec) =>
  ORDERS[sort === 'RELEVANCE' && !filter.search ? 'NEWEST' : (sort ?? (filter.search ? 'RELEVANCE' : 'NEWEST'))];

// Snippet markers: control characters that cannot occur in stored text, replaced by <mark> after HTML-escaping.
const MARK_START = '\u0002';
const MARK_END = '\u0003';
const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const highlight = (raw: string) => escapeHtml(raw).split(MARK_START).join('<mark>').split(MARK_END).join('</mark>');

const toScored = (row: any): ScoredResource => ({ resource: toResource(row), score: row.score === null || row.score === undefined ? null : Number(row.score) });

export class KnowledgeStore {
  readonly knex: Knex;
  /** The one dialect switch: full-text search SQL differs between SQLite (FTS5) and PostgreSQL (tsvector). */
  private readonly postgres: boolean;

  constructor(db: Database, private readonly viewer: Viewer) {
    this.knex = db.knex;
    this.postgres = db.dialect === 'postgres';
  }

  /** The viewer may see published resources, their own organization's or country's, or (secretariat) everything. */
  private visible(q: Knex.QueryBuilder): void {
    const v = this.viewer;
    if (v.role === 'secretariat') return;
    q.where((w) => {
      w.where('resources.review_status', 'PUBLISHED');
      if (v.role === 'member' && v.organizationId) w.orWhere('resources.owner_org', v.organizationId);
      if (v.role === 'country' && v.countryIso3) w.orWhere('resources.owner_country', v.countryIso3);
    });
  }

  /**
   * SQLite: the full-text index joined to its rows. CROSS JOIN fixes the join order (SQLite never reorders it): with
   * a plain join and a tag filter, the planner drives from the tag's rows and re-runs the MATCH once per candidate
   * row, which took seconds at 100k resources instead of milliseconds.
   */
  private ftsFrom(): Knex.QueryBuilder {
    return this.knex.from(this.knex.raw('resources_fts CROSS JOIN resources ON resources.seq = resources_fts.rowid'));
  }

  /** FTS5 query text: each word quoted as a string (inner quotes doubled), so nothing is read as syntax. */
  private static fts5Query(words: string[]): string {
    return words.map((w) => `"${w.replace(/"/g, '""')}"`).join(' ');
  }

  /**
   * Resources the filter selects and the viewer may see. `columns`: `full` rows with a `score` (higher is better; null
   * without a search); `keys` only the sort keys and score (wide text columns make sorting and windowing many rows
   * slow, so per-parent pages rank keys and load the page's rows afterwards); `count` no score at all (facets).
   * `extra` adds columns (e.g. a parent key) and joins.
   */
  private matched(filter: ResourceFilterSpec, extra?: (q: Knex.QueryBuilder) => void, columns: 'full' | 'keys' | 'count' = 'full'): Knex.QueryBuilder {
    const { knex } = this;
    const select = columns === 'full' ? COLUMNS : columns === 'keys' ? KEY_COLUMNS : ['resources.seq', 'resources.type'];
    let q: Knex.QueryBuilder;
    if (filter.search) {
      const words = searchWords(filter.search);
      if (this.postgres) {
        q = knex('resources').select(select).whereRaw(`resources.search_vector @@ plainto_tsquery('english', ?)`, [filter.search]);
        if (columns !== 'count') q.select(knex.raw(`ts_rank(resources.search_vector, plainto_tsquery('english', ?))::float8 as score`, [filter.search]));
      } else {
        q = this.ftsFrom().select(select);
        // bm25() is lower-is-better; negate it so both dialects sort by a higher-is-better score.
        if (columns !== 'count') q.select(knex.raw('-bm25(resources_fts, 10.0, 4.0, 1.0) as score'));
        if (words.length) q.whereRaw('resources_fts MATCH ?', [KnowledgeStore.fts5Query(words)]);
      }
      // Text with no words at all (only punctuation) matches nothing, on both dialects alike.
      if (words.length === 0) q.whereRaw('1 = 0');
    } else {
      q = knex('resources').select(select);
      if (columns !== 'count') q.select(knex.raw('null as score'));
    }
    this.visible(q);
    // SQLite under a search: tag conditions test the full-text row's rowid, so they run before the join fetches the
    // (wide) resource row: a common word's 29k matches cost 29k row reads otherwise, though a tag keeps 5k of them.
    // The unary `+` keeps FTS5 from taking `rowid IN (…)` as its own constraint (one index lookup per listed rowid,
    // far slower). (Here `in` measured faster than `exists` for the facet counts; searchIndexKeys uses `exists`.)
    if (!filter.search) this.applyFilter(q, filter, 'resources.seq', 'resources.published_on', 'in');
    else if (this.postgres) this.applyFilter(q, filter, 'resources.seq', 'resources.published_on', 'keys');
    else this.applyFilter(q, filter, knex.raw('+resources_fts.rowid'), 'resources.published_on', 'in');
    extra?.(q);
    return q;
  }

  /**
   * The filter's conditions other than the search. `seq` and `publishedOn` name the columns holding the resource's key
   * and date: `resources.*`, the full-text rowid, or a tag table's copies (tag-driven reads, which join `resources`
   * only when needsResources says a condition reads it). `tags` says how tag conditions are tested (TagTest).
   */
  private applyFilter(q: Knex.QueryBuilder, filter: ResourceFilterSpec, seq: string | Knex.Raw, publishedOn: string, tags: TagTest): void {
    const { knex } = this;
    if (tags === 'keys') {
      // One `tag_keys && {kind:value,…}` per filter field (values OR'd, fields AND'ed), types and scopes included.
      for (const { filter: field, key } of SEARCH_TAG_KEYS) {
        const values = filter[field] as readonly (string | number)[] | undefined;
        if (values) q.whereRaw('resources.tag_keys && ?::text[]', [values.map((v) => `${key}:${v}`)]);
      }
    } else {
      const tagged = (table: string, column: string, values: readonly (string | number)[]) => {
        if (tags === 'in') q.whereIn(seq as string, knex(table).select('resource_seq').whereIn(column, values as any[]));
        else q.whereExists(knex(`${table} as tag`).select(knex.raw('1')).whereRaw('tag.resource_seq = ??', [seq]).whereIn(`tag.${column}`, values as any[]));
      };
      if (filter.objectives) tagged('resource_objectives', 'objective_number', filter.objectives);
      if (filter.principles) tagged('resource_principles', 'letter', filter.principles);
      if (filter.regions) tagged('resource_regions', 'region', filter.regions);
      if (filter.countries) tagged('resource_countries', 'iso3', filter.countries);
      if (filter.languages) tagged('resource_languages', 'language', filter.languages);
      if (filter.publishers) tagged('resource_publishers', 'organization_id', filter.publishers);
      if (filter.types) q.whereIn('resources.type', filter.types);
      if (filter.scopes) q.whereIn('resources.geographic_scope', filter.scopes);
    }
    if (filter.publishedFrom) q.where(publishedOn, '>=', filter.publishedFrom);
    if (filter.publishedTo) q.where(publishedOn, '<=', filter.publishedTo);
    if (filter.reviewStatuses) q.whereIn('resources.review_status', filter.reviewStatuses);
    if (filter.updatedSince) q.where('resources.updated_at', '>', filter.updatedSince);
    if (filter.mine) {
      const v = this.viewer;
      if (v.role === 'member' && v.organizationId) q.where('resources.owner_org', v.organizationId);
      else if (v.role === 'country' && v.countryIso3) q.where('resources.owner_country', v.countryIso3);
      else if (v.role !== 'anonymous' && v.subject) q.where('resources.owner_subject', v.subject);
      else q.whereRaw('1 = 0');
    }
  }

  /** Whether the filter (search aside) reads columns only `resources` has. */
  private static needsResources(filter: ResourceFilterSpec): boolean {
    return Boolean(filter.types || filter.scopes || filter.reviewStatuses || filter.updatedSince || filter.mine);
  }

  /** Whether the viewer may see some unpublished resources (their own, or all for the secretariat). */
  private seesUnpublished(): boolean {
    const v = this.viewer;
    return v.role === 'secretariat' || (v.role === 'member' && Boolean(v.organizationId)) || (v.role === 'country' && Boolean(v.countryIso3));
  }

  /**
   * Tag-driven matches: rows of one tag table (`link`) with the tag value in `values`, the filter applied, restricted
   * to published resources (`part` published) or to the unpublished ones the viewer may see (`part` unpublished; the
   * two parts together are exactly what visible() allows). Reads `resources` only when a condition needs it, so a
   * page or a count of published resources under a tag is a range of the tag's (tag, published, published_on,
   * resource_seq) index.
   */
  private tagMatches(table: string, column: string, values: readonly (string | number)[], part: 'published' | 'unpublished', filter: ResourceFilterSpec): Knex.QueryBuilder {
    const q = this.knex.from(`${table} as link`).whereIn(`link.${column}`, values as any[]).where('link.published', part === 'published');
    const v = this.viewer;
    const owner = part === 'unpublished' && v.role !== 'secretariat';
    if (owner || KnowledgeStore.needsResources(filter)) q.join('resources', 'resources.seq', 'link.resource_seq');
    if (owner) {
      if (v.role === 'member' && v.organizationId) q.where('resources.owner_org', v.organizationId);
      else if (v.role === 'country' && v.countryIso3) q.where('resources.owner_country', v.countryIso3);
      else q.whereRaw('1 = 0');
    }
    this.applyFilter(q, filter, 'link.resource_seq', 'link.published_on', 'in');
    return q;
  }

  /**
   * The first page for each tag value (newest or oldest first) and each value's total: two statements, whatever the
   * number of values. The page rows are a UNION ALL of one index-ordered `LIMIT first+1` walk per value and
   * visibility part (so the work is per page, not per tagged row); the totals one grouped count per part. Rows come
   * back as keys (seq, published_on) per value, merged here. `distinct`: one page and one total for all values
   * together (a filter's OR over several values), counting a resource tagged with several of them once.
   */
  private async tagPages(table: string, column: string, values: readonly (string | number)[], filter: ResourceFilterSpec, order: OrderColumn[], page: PageArgs, distinct: boolean): Promise<{ rows: Map<string, any[]>; counts: Map<string, number>; size: number }> {
    const { knex } = this;
    const size = pageSize(page.first);
    const after = page.after ? decodeCursor(page.after, order.length) : null;
    const linkOrder = order.map((o) => ({ ...o, column: o.column === 'r.published_on' ? 'link.published_on' : 'link.resource_seq' }));
    const parts: ('published' | 'unpublished')[] = this.seesUnpublished() ? ['published', 'unpublished'] : ['published'];
    const walks: { sql: string; bindings: readonly unknown[] }[] = [];
    const counts: { sql: string; bindings: readonly unknown[] }[] = [];
    for (const part of parts) {
      for (const value of values) {
        const q = this.tagMatches(table, column, [value], part, filter)
          .select({ parent_key: `link.${column}`, seq: 'link.resource_seq', published_on: 'link.published_on' });
        if (after) whereAfter(q, linkOrder, after);
        for (const o of linkOrder) q.orderBy(o.column, o.direction);
        walks.push(q.limit(size + 1).toSQL());
      }
      const c = this.tagMatches(table, column, values, part, filter);
      counts.push((distinct
        ? c.select(knex.raw('0 as parent_key')).countDistinct({ n: 'link.resource_seq' })
        : c.select({ parent_key: `link.${column}` }).count({ n: '*' }).groupBy(`link.${column}`)).toSQL());
    }
    // Each walk keeps its own ORDER BY/LIMIT inside a derived table (SQLite allows neither on a UNION ALL member);
    // walks are grouped by 100 because SQLite caps a compound SELECT at 500 terms.
    const union = (parts: { sql: string; bindings: readonly unknown[] }[]) => ({
      sql: parts.map((p) => `select * from (${p.sql}) as w`).join(' union all '),
      bindings: parts.flatMap((p) => p.bindings),
    });
    const groups = [];
    for (let i = 0; i < walks.length; i += 100) groups.push(union(walks.slice(i, i + 100)));
    const all = groups.length === 1 ? groups[0] : union(groups);
    const countSql = counts.map((c) => `select * from (${c.sql}) as c`).join(' union all ');
    const [walked, counted] = await Promise.all([
      knex.raw(all.sql, all.bindings as any[]),
      knex.raw(countSql, counts.flatMap((c) => c.bindings) as any[]),
    ]);
    const rowsOf = (result: any): any[] => (this.postgres ? result.rows : result);
    const rows = new Map<string, any[]>();
    const seen = new Set<string>();
    for (const row of rowsOf(walked)) {
      const key = distinct ? '0' : String(row.parent_key);
      if (distinct) {
        if (seen.has(String(row.seq))) continue;
        seen.add(String(row.seq));
      }
      if (!rows.has(key)) rows.set(key, []);
      rows.get(key)!.push({ seq: Number(row.seq), published_on: row.published_on, score: null });
    }
    // Merge the parts' (and values') walks: sort by the page order and keep first+1 per key.
    const compare = (a: any, b: any) => {
      for (const o of order) {
        const x = o.value(a);
        const y = o.value(b);
        if (x === y) continue;
        const less = (x as any) < (y as any);
        return (less ? -1 : 1) * (o.direction === 'asc' ? 1 : -1);
      }
      return 0;
    };
    for (const [key, list] of rows) rows.set(key, list.sort(compare).slice(0, size + 1));
    const totals = new Map<string, number>();
    for (const row of rowsOf(counted)) totals.set(String(row.parent_key), (totals.get(String(row.parent_key)) ?? 0) + Number(row.n));
    return { rows, counts: totals, size };
  }

  /**
   * SQLite only: whether a search's page by relevance can be ranked from the full-text index and the tag tables
   * alone, never reading `resources` rows. Ranking by relevance needs only the rowid and bm25(); the viewer must see
   * exactly the published resources and the filter hold only tag conditions. (PostgreSQL gains nothing from this:
   * its match already reads each matching row, for the tsvector.)
   */
  private searchIndexOnly(filter: ResourceFilterSpec): boolean {
    return !this.postgres && !this.seesUnpublished() && !KnowledgeStore.needsResources(filter) && !filter.publishedFrom && !filter.publishedTo;
  }

  /**
   * The keys (seq, score) of a search's matches from the full-text index, as matched() would select them for such a
   * filter: visibility as "not one of the few unpublished resources" (a small set read from the review_status
   * index; the unary `+` keeps FTS5 from taking `rowid NOT IN (…)` as its own constraint), tag conditions probed on
   * the rowid as in matched().
   */
  private searchIndexKeys(filter: ResourceFilterSpec): Knex.QueryBuilder {
    const { knex } = this;
    const words = searchWords(filter.search!);
    const rowid = knex.raw('+resources_fts.rowid');
    const q = knex('resources_fts')
      .select({ seq: 'resources_fts.rowid' }, knex.raw('-bm25(resources_fts, 10.0, 4.0, 1.0) as score'))
      .whereRaw('resources_fts MATCH ?', [KnowledgeStore.fts5Query(words)])
      .whereNotIn(rowid as any, knex('resources').select('seq').whereIn('review_status', REVIEW_STATUSES.filter((st) => st !== 'PUBLISHED')));
    if (words.length === 0) q.whereRaw('1 = 0');
    this.applyFilter(q, filter, 'resources_fts.rowid', 'resources.published_on', 'exists');
    return q;
  }

  /** The tag filter a browse can be read from (the first given, in this order), or none. */
  private static tagDriver(filter: ResourceFilterSpec): { table: string; column: string; values: readonly (string | number)[]; rest: ResourceFilterSpec } | null {
    const candidates: [keyof ResourceFilterSpec, string, string][] = [
      ['objectives', 'resource_objectives', 'objective_number'],
      ['countries', 'resource_countries', 'iso3'],
      ['publishers', 'resource_publishers', 'organization_id'],
      ['regions', 'resource_regions', 'region'],
      ['languages', 'resource_languages', 'language'],
      ['principles', 'resource_principles', 'letter'],
    ];
    for (const [key, table, column] of candidates) {
      const values = filter[key] as readonly (string | number)[] | undefined;
      // `rest`: the filter without the driving condition, which the walk itself applies.
      if (values && values.length > 0) return { table, column, values, rest: { ...filter, [key]: undefined } };
    }
    return null;
  }

  /** The rows of the given resources, by seq (one statement). */
  private async rowsBySeq(seqs: number[]): Promise<Map<number, KnowledgeResourceModel>> {
    const rows = seqs.length ? await this.knex('resources').select(COLUMNS).whereIn('resources.seq', seqs) : [];
    return new Map(rows.map((r: any) => [Number(r.seq), toResource(r)]));
  }

  /** Matches joined to a parent link, with the parent's key as `parent_key`, for the given parents only. */
  private matchedUnder(scope: ParentScope, parentKeys: readonly (string | number)[], filter: ResourceFilterSpec, columns: 'full' | 'keys' | 'count'): Knex.QueryBuilder {
    const link = PARENT_LINK[scope];
    return this.matched(filter, (q) => {
      q.join(`${link.table} as link`, 'link.resource_seq', 'resources.seq')
        .whereIn(`link.${link.column}`, parentKeys as any[])
        .select({ parent_key: `link.${link.column}` });
    }, columns);
  }

  /**
   * Query.resources: one page and its total in two statements. Under a search, the first ranks only the keys of every
   * match and counts them in the same statement (a materialized CTE counted before the cursor condition), so a search
   * runs its full-text match once, not once for the page and again for shared/pagination.ts's separate count; the
   * second loads the page's rows. Cursors and page size follow the shared helpers.
   */
  async list(filter: ResourceFilterSpec, sort: SortKey | null | undefined, page: PageArgs): Promise<Connection<ScoredResource>> {
    const { knex } = this;
    const order = orderFor(sort, filter);
    if (!filter.search) {
      const driver = KnowledgeStore.tagDriver(filter);
      if (driver && (order === ORDERS.NEWEST || order === ORDERS.OLDEST)) {
        // Browsing with a tag filter: the page and the total come from that tag's index (see tagPages); the other
        // conditions are checked on the rows the walk passes.
        const { rows, counts, size } = await this.tagPages(driver.table, driver.column, driver.values, driver.rest, order, page, true);
        const keys = rows.get('0') ?? [];
        const bySeq = await this.rowsBySeq(keys.slice(0, size).map((k) => k.seq));
        return toConnection(keys, size, counts.get('0') ?? 0, order, Boolean(page.after), (k) => ({ resource: bySeq.get(k.seq)!, score: null }));
      }
      // Browsing: the page walks the (published_on, seq) index and stops early; counting separately is cheaper than
      // materializing every match for a window count.
      return paginate(knex.from(this.matched(filter).as('r')).select('r.*'), order, page, toScored);
    }
    const size = pageSize(page.first);
    const keysQuery = order === ORDERS.RELEVANCE && this.searchIndexOnly(filter) ? this.searchIndexKeys(filter) : this.matched(filter, undefined, 'keys');
    // Materialized, so the score is computed once per match inside the CTE and only narrow rows are counted and sorted.
    // (`count(*) over ()` on a subquery made PostgreSQL pull the subquery up and carry every match's tsvector through
    // the window's tuplestore, spilling it to disk: 43 ms instead of 15 for `migration data` + Africa at 100k.)
    const q = knex.withMaterialized('r0', keysQuery).from('r0 as r').select('r.*', knex.raw('(select count(*) from r0) as total_count'));
    if (page.after) whereAfter(q, order, decodeCursor(page.after, order.length));
    for (const o of order) q.orderBy(o.column, o.direction);
    const keys: any[] = await q.limit(size + 1);
    let total = keys.length ? Number(keys[0].total_count) : 0;
    if (keys.length === 0 && page.after) {
      // Past the last page the window has no row to report the total on; count separately (rare).
      total = Number((await knex.from(this.matched(filter, undefined, 'count').as('c')).count({ n: '*' }).first())?.n ?? 0);
    }
    const seqs = keys.slice(0, size).map((k) => Number(k.seq));
    const rows = seqs.length ? await knex('resources').select(COLUMNS).whereIn('resources.seq', seqs) : [];
    const bySeq = new Map(rows.map((r: any) => [Number(r.seq), toResource(r)]));
    return toConnection(keys, size, total, order, Boolean(page.after), (k) => ({
      resource: bySeq.get(Number(k.seq))!,
      score: k.score === null || k.score === undefined ? null : Number(k.score),
    }));
  }

  /**
   * The first page under each of many parents (e.g. 23 objectives), whatever the number of parents: the pages' keys
   * and counts (two statements, shared/pagination.ts paginateByParent), then the pages' rows (one statement).
   */
  async listByParents(scope: ParentScope, parentKeys: readonly (string | number)[], filter: ResourceFilterSpec, sort: SortKey | null | undefined, page: PageArgs): Promise<Map<string | number, Connection<ScoredResource>>> {
    const order = orderFor(sort, filter);
    if (!filter.search && (order === ORDERS.NEWEST || order === ORDERS.OLDEST)) {
      // By date: each parent's page is a walk of its tag's index (tagPages), so the work does not grow with the
      // number of resources under the parents.
      const link = PARENT_LINK[scope];
      const { rows, counts, size } = await this.tagPages(link.table, link.column, parentKeys, filter, order, page, false);
      const bySeq = await this.rowsBySeq([...new Set([...rows.values()].flatMap((list) => list.slice(0, size).map((k) => k.seq)))]);
      const result = new Map<string | number, Connection<ScoredResource>>();
      for (const key of parentKeys) {
        result.set(key, toConnection(rows.get(String(key)) ?? [], size, counts.get(String(key)) ?? 0, order, Boolean(page.after), (k) => ({ resource: bySeq.get(k.seq)!, score: null })));
      }
      return result;
    }
    // By relevance or title: rank the matches under all parents in one windowed statement.
    const base = this.knex.from(this.matchedUnder(scope, parentKeys, filter, 'keys').as('r')).select('r.*');
    const keyed = await paginateByParent(this.knex, base, 'r.parent_key', parentKeys, orderFor(sort, filter), page, (row) => ({
      seq: Number(row.seq),
      score: row.score === null || row.score === undefined ? null : Number(row.score),
    }));
    const seqs = [...new Set([...keyed.values()].flatMap((c) => c.edges.map((e) => e.node.seq)))];
    const rows = seqs.length ? await this.knex('resources').select(COLUMNS).whereIn('resources.seq', seqs) : [];
    const bySeq = new Map(rows.map((r: any) => [Number(r.seq), toResource(r)]));
    const result = new Map<string | number, Connection<ScoredResource>>();
    for (const [key, conn] of keyed) {
      result.set(key, { ...conn, edges: conn.edges.map((e) => ({ cursor: e.cursor, node: { resource: bySeq.get(e.node.seq)!, score: e.node.score } })) });
    }
    return result;
  }

  /**
   * Facet counts of the matches of one filter, for the root list (`parentKeys` null) or under each of many parents:
   * one statement (a UNION ALL of five grouped counts over the same matches).
   */
  async facets(filter: ResourceFilterSpec, scope: ParentScope | null, parentKeys: readonly (string | number)[] | null): Promise<Map<string, FacetsModel>> {
    const { knex } = this;
    const matches = scope && parentKeys
      ? this.matchedUnder(scope, parentKeys, filter, 'count')
      : this.matched(filter, (q) => q.select(knex.raw('0 as parent_key')), 'count');
    const m = knex.from(matches.as('mm')).select('mm.seq', 'mm.type', 'mm.parent_key');
    const grouped = (facet: string, table: string | null, column: string) => {
      const q = knex.from('m').select(knex.raw(`'${facet}' as facet`), 'm.parent_key');
      if (table) {
        q.join(`${table} as t`, 't.resource_seq', 'm.seq').select(knex.raw(`cast(t.${column} as varchar(40)) as value`)).groupBy('m.parent_key', `t.${column}`);
      } else {
        q.select(knex.raw(`m.${column} as value`)).groupBy('m.parent_key', `m.${column}`);
      }
      return q.count({ n: '*' });
    };
    // Materialized: the matches are computed once, not once per facet. The UNION ALL is assembled from compiled parts
    // because knex's unionAll hoists the first part's GROUP BY to the end of the whole union.
    const parts = [
      grouped('type', null, 'type'),
      grouped('objective', 'resource_objectives', 'objective_number'),
      grouped('language', 'resource_languages', 'language'),
      grouped('region', 'resource_regions', 'region'),
      grouped('publisher', 'resource_publishers', 'organization_id'),
    ].map((p) => p.toSQL());
    const cte = m.toSQL();
    const result0 = await knex.raw(
      `with m as materialized (${cte.sql}) ${parts.map((p) => p.sql).join(' union all ')}`,
      [...cte.bindings, ...parts.flatMap((p) => p.bindings)],
    );
    const rows: any[] = this.postgres ? result0.rows : result0;
    const keys = parentKeys ? parentKeys.map(String) : ['0'];
    const result = new Map<string, FacetsModel>(keys.map((k) => [k, { objectives: [], types: [], languages: [], regions: [], publishers: [] }]));
    for (const row of rows) {
      const f = result.get(String(row.parent_key));
      if (!f) continue;
      const count = Number(row.n);
      const value = String(row.value);
      if (row.facet === 'type') f.types.push({ type: value as ResourceType, count });
      else if (row.facet === 'objective') f.objectives.push({ objective: { number: Number(value) }, count });
      else if (row.facet === 'language') f.languages.push({ language: value, count });
      else if (row.facet === 'region') f.regions.push({ region: value, count });
      else f.publishers.push({ publisher: { id: value }, count });
    }
    // Most frequent first, ties by value, so the panel is stable.
    const byCount = <T extends { count: number }>(key: (x: T) => string | number) => (a: T, b: T) =>
      b.count - a.count || (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);
    for (const f of result.values()) {
      f.types.sort(byCount((x) => x.type));
      f.objectives.sort(byCount((x) => x.objective.number));
      f.languages.sort(byCount((x) => x.language));
      f.regions.sort(byCount((x) => x.region));
      f.publishers.sort(byCount((x) => x.publisher.id));
    }
    return result;
  }

  /** Highlighted fragments of the given resources for one search: one statement for a whole page. */
  async snippets(search: string, seqs: readonly number[]): Promise<Map<number, string>> {
    const words = searchWords(search);
    if (words.length === 0 || seqs.length === 0) return new Map();
    let rows: any[];
    if (this.postgres) {
      rows = await this.knex('resources')
        .select('seq', this.knex.raw(
          `ts_headline('english', concat_ws(' … ', title, summary, body), plainto_tsquery('english', ?), ?) as snippet`,
          [search, `StartSel=${MARK_START}, StopSel=${MARK_END}, MaxWords=16, MinWords=6, MaxFragments=2, FragmentDelimiter=" … "`],
        ))
        .whereIn('seq', seqs as number[]);
    } else {
      rows = await this.knex('resources_fts')
        .select({ seq: 'rowid' }, this.knex.raw(`snippet(resources_fts, -1, ?, ?, '…', 24) as snippet`, [MARK_START, MARK_END]))
        .whereRaw('resources_fts MATCH ?', [KnowledgeStore.fts5Query(words)])
        .whereIn('rowid', seqs as number[]);
    }
    return new Map(rows.map((r) => [Number(r.seq), highlight(String(r.snippet ?? ''))]));
  }

  /** Resources by id that the viewer may see (others are simply absent). */
  async findByIds(ids: readonly string[]): Promise<Map<string, KnowledgeResourceModel>> {
    const q = this.knex('resources').select(COLUMNS).whereIn('resources.id', ids as string[]);
    this.visible(q);
    const rows = await q;
    return new Map(rows.map((r: any) => [r.id, toResource(r)]));
  }

  /** Every tag of many resources in one statement. */
  async tagsBySeqs(seqs: readonly number[], knex: Knex = this.knex): Promise<Map<number, ResourceTags>> {
    const part = (kind: string, table: string, column: string, position: string) =>
      knex(table)
        .select('resource_seq', knex.raw(`'${kind}' as kind`), knex.raw(`cast(${column} as varchar(40)) as value`), knex.raw(`${position} as position`))
        .whereIn('resource_seq', seqs as number[]);
    const rows: any[] = await part('objectives', 'resource_objectives', 'objective_number', 'objective_number')
      .unionAll(part('principles', 'resource_principles', 'letter', '0'))
      .unionAll(part('languages', 'resource_languages', 'language', '0'))
      .unionAll(part('publishers', 'resource_publishers', 'organization_id', 'position'))
      .unionAll(part('countries', 'resource_countries', 'iso3', '0'))
      .unionAll(part('regions', 'resource_regions', 'region', '0'));
    const result = new Map<number, ResourceTags>(seqs.map((s) => [s, { objectives: [], principles: [], languages: [], publishers: [], countries: [], regions: [] }]));
    const positions = new Map<string, number>();
    for (const row of rows) {
      const tags = result.get(Number(row.resource_seq));
      if (!tags) continue;
      const kind = row.kind as keyof ResourceTags;
      if (kind === 'objectives') tags.objectives.push(Number(row.value));
      else (tags[kind] as string[]).push(row.value);
      if (kind === 'publishers') positions.set(`${row.resource_seq}/${row.value}`, Number(row.position));
    }
    for (const [seq, tags] of result) {
      tags.objectives.sort((a, b) => a - b);
      tags.principles.sort();
      tags.languages.sort();
      tags.countries.sort();
      tags.regions.sort((a, b) => HUB_REGIONS.indexOf(a as any) - HUB_REGIONS.indexOf(b as any));
      tags.publishers.sort((a, b) => positions.get(`${seq}/${a}`)! - positions.get(`${seq}/${b}`)!);
    }
    return result;
  }

  /**
   * SupportRequest.relatedPractices for many requests at once: published practices sharing at least one of each
   * request's objectives; same country first, then same region, then others; then most shared objectives, newest.
   * Two statements for all requests.
   */
  async relatedPractices(
    requests: readonly { key: string; iso3: string | null; region: string | null; objectives: number[] }[],
    page: PageArgs,
  ): Promise<Map<string | number, Connection<ScoredResource>>> {
    const { knex } = this;
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
    const order: OrderColumn[] = [
      { column: 'r.tier', direction: 'asc', value: (row) => Number(row.tier) },
      { column: 'r.shared', direction: 'desc', value: (row) => Number(row.shared) },
      ...ORDERS.NEWEST,
    ];
    const base = knex.from(inner.as('r')).select('r.*');
    return paginateByParent(knex, base, 'r.parent_key', withObjectives.map((r) => r.key), order, page, toScored);
  }

  // ---- writes (always inside the caller's transaction) ----

  /** The current row of a resource, whatever the viewer may see (for write checks). */
  async findForWrite(trx: Knex.Transaction, id: string): Promise<KnowledgeResourceModel | null> {
    const row = await trx('resources').select(COLUMNS).where('resources.id', id).first();
    return row ? toResource(row) : null;
  }

  async insert(trx: Knex.Transaction, row: ResourceRow, tags: TagsInput): Promise<number> {
    const [inserted] = await trx('resources').insert(row).returning('seq');
    const seq = Number(typeof inserted === 'object' ? inserted.seq : inserted);
    await this.writeTags(trx, seq, tags, { published: row.review_status === 'PUBLISHED', published_on: row.published_on });
    await this.syncSearchKeys(trx, seq);
    return seq;
  }

  /**
   * Copies the resource's visibility flag and sort key (review_status = PUBLISHED, published_on) onto all its tag rows,
   * and (PostgreSQL) its tags onto `resources.tag_keys`. Every write that changes the resource's status, date, type,
   * scope or tags calls it in its transaction, after those changes, so the tag tables and tag_keys never disagree with
   * `resources` and the tag rows (per-parent pages and tag counts read only the tag tables; filtered searches tag_keys).
   */
  async syncTagKeys(trx: Knex.Transaction, seq: number): Promise<void> {
    for (const [table] of TAG_TABLES) {
      await trx.raw(
        `update ?? set published = (select r.review_status = 'PUBLISHED' from resources r where r.seq = ?),
           published_on = (select r.published_on from resources r where r.seq = ?) where resource_seq = ?`,
        [table, seq, seq, seq],
      );
    }
    await this.syncSearchKeys(trx, seq);
  }

  /**
   * PostgreSQL: rewrites the resource's `tag_keys` (its tags, type and scope as `kind:value`, which filtered searches
   * intersect with the text match in one index) from its tag rows and columns, in the writer's transaction. Called by
   * insert() and syncTagKeys(), so every write that changes tags, type or scope keeps it in step.
   */
  private async syncSearchKeys(trx: Knex.Transaction, seq: number): Promise<void> {
    if (this.postgres) await trx.raw(`update resources set tag_keys = ${tagKeysSql()} where seq = ?`, [seq]);
  }

  /** Replaces the tag lists given (others stay); the caller then runs syncTagKeys. */
  async replaceTags(trx: Knex.Transaction, seq: number, tags: Partial<TagsInput>): Promise<void> {
    const tables: [keyof TagsInput, string][] = [
      ['objectives', 'resource_objectives'], ['principles', 'resource_principles'], ['languages', 'resource_languages'],
      ['publishers', 'resource_publishers'], ['countries', 'resource_countries'], ['regions', 'resource_regions'],
    ];
    for (const [key, table] of tables) if (tags[key]) await trx(table).where('resource_seq', seq).delete();
    await this.writeTags(trx, seq, tags);
  }

  private async writeTags(trx: Knex.Transaction, seq: number, tags: Partial<TagsInput>, keys?: { published: boolean; published_on: string }): Promise<void> {
    const put = async (table: string, rows: Record<string, unknown>[]) => {
      if (rows.length) await trx(table).insert(keys ? rows.map((r) => ({ ...r, ...keys })) : rows);
    };
    if (tags.objectives) await put('resource_objectives', tags.objectives.map((n) => ({ resource_seq: seq, objective_number: n })));
    if (tags.principles) await put('resource_principles', tags.principles.map((l) => ({ resource_seq: seq, letter: l })));
    if (tags.languages) await put('resource_languages', tags.languages.map((l) => ({ resource_seq: seq, language: l })));
    if (tags.publishers) await put('resource_publishers', tags.publishers.map((o, i) => ({ resource_seq: seq, organization_id: o, position: i })));
    if (tags.countries) await put('resource_countries', tags.countries.map((c) => ({ resource_seq: seq, iso3: c })));
    if (tags.regions) await put('resource_regions', tags.regions.map((r) => ({ resource_seq: seq, region: r })));
  }

  /** Current tags of one resource inside a write (to recompute covered regions). */
  async tagsForWrite(trx: Knex.Transaction, seq: number): Promise<ResourceTags> {
    return (await this.tagsBySeqs([seq], trx)).get(seq)!;
  }
}
