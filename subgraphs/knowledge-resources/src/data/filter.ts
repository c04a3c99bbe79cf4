// What a filter selects, as SQL every read builds on: `matched()` is the resources a filter selects that the viewer
// may see (src/policy.ts), with a relevance `score` under a search; root lists, ranked per-parent lists and facet
// counts are built on it. Tag-driven reads (reads.ts tagPages) use `tagMatches()`, whose published and unpublished
// parts add up to exactly what the policy allows.
import type { Knex } from 'knex';
import type { Database } from '@unmn/shared/db';
import { parseBool } from '@unmn/shared/rows';
import type { OrderColumn } from '@unmn/shared/pagination';
import type { Viewer } from '@unmn/shared/viewer';
import { mineWhere, unpublishedVisible, visibleWhere } from '../policy.js';
import type { ParentScope, ResourceFilterSpec, SortKey } from './models.js';
import { SEARCH_TAG_KEYS, TAG_TABLES, type TagTable } from './reference/tags.js';
import { COLUMNS, KEY_COLUMNS, type KeyRow } from './rows.js';
import { textMatch } from './search.js';

/** What every read needs: the database, its dialect and the viewer (whose visibility every read applies). */
export interface ReadContext {
  knex: Knex;
  /** The one dialect switch: full-text search SQL differs between SQLite (FTS5) and PostgreSQL (tsvector). */
  postgres: boolean;
  viewer: Viewer;
}

export const readContext = (db: Database, viewer: Viewer): ReadContext => ({ knex: db.knex, postgres: db.dialect === 'postgres', viewer });

/**
 * How a read tests the filter's tag conditions (objectives, regions, languages…):
 * - `in`: `seq in (the tag's rows)`, for reads driven by `resources` or by a tag table.
 * - `exists` (SQLite, search.ts searchIndexKeys: relevance-ordered searches with only tag filters by readers who see
 *   only published resources): the full-text match drives the read and the filter then drops most matches (29k for
 *   `migration data`, 4.9k kept by Africa), so each match is tested with one probe of the tag table's primary key
 *   (resource_seq, tag) on the FTS rowid; this costs less than half of probing the temporary index SQLite builds for
 *   an `IN (…)` list (5 vs 12 ms for those 29k). (Joined to `resources`, as matched() is, `in` measured no slower.)
 *   The tags cannot go into the FTS5 table itself (as a column the MATCH could intersect) without changing bm25,
 *   which counts every indexed token of a row, whatever its column weight, in the row's length and the average length.
 * - `keys` (PostgreSQL under a search): `tag_keys && {kind:value}` (types and scopes too), which the GIN index on
 *   (search_vector, tag_keys) intersects with the text match, so only rows matching both are read and ranked.
 */
export type TagTest = 'in' | 'exists' | 'keys';

export const PARENT_LINK: Record<ParentScope, TagTable> = {
  objective: TAG_TABLES.objectives,
  organization: TAG_TABLES.publishers,
  country: TAG_TABLES.countries,
};

const seqOf = (row: KeyRow) => Number(row.seq);

/**
 * Real resources before samples. The cursor holds the sample flag as 0/1, which both dialects compare with the column
 * (PostgreSQL reads the untyped parameter as a boolean).
 */
const REAL_BEFORE_SAMPLES: OrderColumn = { column: 'r.sample', direction: 'asc', value: (row: KeyRow) => (parseBool(row.sample) ? 1 : 0) };

// Orders over the derived table `r`; each ends in the unique `seq` so pages are stable.
export const ORDERS: Record<SortKey, OrderColumn[]> = {
  // Real resources before samples (issue 13), as in the default order without a search; see reads.ts ranked().
  RELEVANCE: [
    REAL_BEFORE_SAMPLES,
    { column: 'r.score', direction: 'desc', value: (row: KeyRow) => Number(row.score) },
    { column: 'r.seq', direction: 'desc', value: seqOf },
  ],
  NEWEST: [
    { column: 'r.published_on', direction: 'desc', value: (row: KeyRow) => row.published_on ?? null },
    { column: 'r.seq', direction: 'desc', value: seqOf },
  ],
  OLDEST: [
    { column: 'r.published_on', direction: 'asc', value: (row: KeyRow) => row.published_on ?? null },
    { column: 'r.seq', direction: 'asc', value: seqOf },
  ],
  TITLE: [
    { column: 'r.title', direction: 'asc', value: (row: KeyRow) => row.title ?? null },
    { column: 'r.seq', direction: 'asc', value: seqOf },
  ],
  // Least recently changed first: a client that walks this with `updatedSince` (its last sync's newest updatedAt)
  // sees every change once, in the order made.
  UPDATED_ASC: [
    { column: 'r.updated_at', direction: 'asc', value: (row: KeyRow) => row.updated_at ?? null },
    { column: 'r.seq', direction: 'asc', value: seqOf },
  ],
  UPDATED_DESC: [
    { column: 'r.updated_at', direction: 'desc', value: (row: KeyRow) => row.updated_at ?? null },
    { column: 'r.seq', direction: 'desc', value: seqOf },
  ],
};

/** The order without a search or a sort (issue 13: samples stay, real resources come first), each newest first. */
export const REAL_FIRST: OrderColumn[] = [REAL_BEFORE_SAMPLES, ...ORDERS.NEWEST];

/** Orders walked on the tag tables' (tag, published, sample, published_on, resource_seq) index (reads.ts tagPages). */
export const BY_DATE: readonly OrderColumn[][] = [ORDERS.NEWEST, ORDERS.OLDEST, REAL_FIRST];

/**
 * Relevance needs a search; without one it falls back to newest first (documented on ResourceSort.RELEVANCE). No
 * sort: relevance under a search, REAL_FIRST otherwise.
 */
export const orderFor = (sort: SortKey | null | undefined, filter: ResourceFilterSpec): OrderColumn[] =>
  sort === 'RELEVANCE' && !filter.search ? ORDERS.NEWEST : sort ? ORDERS[sort] : filter.search ? ORDERS.RELEVANCE : REAL_FIRST;

export type Columns = 'full' | 'keys' | 'count';

/**
 * Resources the filter selects and the viewer may see. `columns`: `full` rows with a `score` (higher is better; null
 * without a search); `keys` only the sort keys and score (wide text columns make sorting and windowing many rows
 * slow, so per-parent pages rank keys and load the page's rows afterwards); `count` no score at all (facets).
 * `extra` adds columns (e.g. a parent key) and joins.
 */
export function matched(ctx: ReadContext, filter: ResourceFilterSpec, extra?: (q: Knex.QueryBuilder) => void, columns: Columns = 'full'): Knex.QueryBuilder {
  const { knex } = ctx;
  const select = columns === 'full' ? COLUMNS : columns === 'keys' ? KEY_COLUMNS : ['resources.seq', 'resources.type'];
  let q: Knex.QueryBuilder;
  if (filter.search) {
    q = textMatch(ctx, filter, select, columns !== 'count');
  } else {
    q = knex('resources').select(select);
    if (columns !== 'count') q.select(knex.raw('null as score'));
  }
  visibleWhere(ctx.viewer)(q);
  // SQLite under a search: tag conditions test the full-text row's rowid, so they run before the join fetches the
  // (wide) resource row: a common word's 29k matches cost 29k row reads otherwise, though a tag keeps 5k of them.
  // The unary `+` keeps FTS5 from taking `rowid IN (…)` as its own constraint (one index lookup per listed rowid,
  // far slower). (Here `in` measured faster than `exists` for the facet counts; searchIndexKeys uses `exists`.)
  if (!filter.search) applyFilter(ctx, q, filter, 'resources.seq', 'resources.published_on', 'in');
  else if (ctx.postgres) applyFilter(ctx, q, filter, 'resources.seq', 'resources.published_on', 'keys');
  else applyFilter(ctx, q, filter, knex.raw('+resources_fts.rowid'), 'resources.published_on', 'in');
  extra?.(q);
  return q;
}

/** Matches joined to a parent link, with the parent's key as `parent_key`, for the given parents only. */
export function matchedUnder(ctx: ReadContext, scope: ParentScope, parentKeys: readonly (string | number)[], filter: ResourceFilterSpec, columns: Columns): Knex.QueryBuilder {
  const link = PARENT_LINK[scope];
  return matched(ctx, filter, (q) => {
    q.join(`${link.table} as link`, 'link.resource_seq', 'resources.seq')
      .whereIn(`link.${link.column}`, parentKeys)
      .select({ parent_key: `link.${link.column}` });
  }, columns);
}

const TAG_FILTERS = ['objectives', 'principles', 'regions', 'countries', 'languages', 'publishers'] as const;

/**
 * The filter's conditions other than the search. `seq` and `publishedOn` name the columns holding the resource's key
 * and date: `resources.*`, the full-text rowid, or a tag table's copies (tag-driven reads, which join `resources`
 * only when needsResources says a condition reads it). `tags` says how tag conditions are tested (TagTest).
 */
export function applyFilter(ctx: ReadContext, q: Knex.QueryBuilder, filter: ResourceFilterSpec, seq: string | Knex.Raw, publishedOn: string, tags: TagTest): void {
  const { knex } = ctx;
  if (tags === 'keys') {
    // One `tag_keys && {kind:value,…}` per filter field (values OR'd, fields AND'ed), types and scopes included.
    for (const { filter: field, key } of SEARCH_TAG_KEYS) {
      const values: readonly (string | number)[] | undefined = filter[field];
      if (values) q.whereRaw('resources.tag_keys && ?::text[]', [values.map((v) => `${key}:${v}`)]);
    }
  } else {
    for (const field of TAG_FILTERS) {
      const values: readonly (string | number)[] | undefined = filter[field];
      if (!values) continue;
      const { table, column } = TAG_TABLES[field];
      if (tags === 'in') q.whereIn(seq as string, knex(table).select('resource_seq').whereIn(column, values));
      else q.whereExists(knex(`${table} as tag`).select(knex.raw('1')).whereRaw('tag.resource_seq = ??', [seq]).whereIn(`tag.${column}`, values));
    }
    if (filter.types) q.whereIn('resources.type', filter.types);
    if (filter.scopes) q.whereIn('resources.geographic_scope', filter.scopes);
  }
  if (filter.publishedFrom) q.where(publishedOn, '>=', filter.publishedFrom);
  if (filter.publishedTo) q.where(publishedOn, '<=', filter.publishedTo);
  if (filter.reviewStatuses) q.whereIn('resources.review_status', filter.reviewStatuses);
  if (filter.updatedSince) q.where('resources.updated_at', '>', filter.updatedSince);
  if (filter.mine) mineWhere(ctx.viewer)(q);
  if (filter.excludeSamples) q.where('resources.sample', false);
  if (filter.sample !== undefined) q.where('resources.sample', filter.sample);
}

/** Whether the filter (search aside) reads columns only `resources` has. */
export const needsResources = (filter: ResourceFilterSpec): boolean =>
  Boolean(filter.types || filter.scopes || filter.reviewStatuses || filter.updatedSince || filter.mine || filter.excludeSamples || filter.sample !== undefined);

/**
 * Tag-driven matches: rows of one tag table (`link`) with the tag value in `values`, the filter applied, restricted
 * to published resources (`part` published) or to the unpublished ones the viewer may see (`part` unpublished; the
 * two parts together are exactly what the policy allows). Reads `resources` only when a condition needs it, so a page
 * or a count of published resources under a tag is a range of the tag's (tag, published, published_on, resource_seq)
 * index. A value may be a column of an enclosing query (reads.ts correlates walks and counts to a VALUES list).
 */
export function tagMatches(ctx: ReadContext, { table, column }: TagTable, values: readonly (string | number | Knex.Raw)[], part: 'published' | 'unpublished', filter: ResourceFilterSpec): Knex.QueryBuilder {
  const q = ctx.knex.from(`${table} as link`).whereIn(`link.${column}`, values).where('link.published', part === 'published');
  const owner = part === 'unpublished' ? unpublishedVisible(ctx.viewer) : null;
  if (owner?.needsRow || needsResources(filter)) q.join('resources', 'resources.seq', 'link.resource_seq');
  owner?.where(q);
  applyFilter(ctx, q, filter, 'link.resource_seq', 'link.published_on', 'in');
  return q;
}
