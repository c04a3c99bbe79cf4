// Full-text search, the one place the two dialects differ:
// - SQLite: FTS5 external-content table `resources_fts` (kept in sync by triggers); bm25() with column weights
//   title 10, summary 4, body 1; snippet() for highlights. User words are each quoted as FTS5 strings, so no FTS5
//   syntax (OR, NEAR, *, column filters, quotes) is ever interpreted.
// - PostgreSQL: generated tsvector column `search_vector` (setweight A/B/C) with a GIN index; plainto_tsquery (which
//   treats its input as plain words, never as operators) with ts_rank and ts_headline.
// Under a search, filters are tested where they cost least (filter.ts TagTest): PostgreSQL intersects them with the
// text match inside one GIN index (`tag_keys`), SQLite probes the tag tables' primary keys on the full-text rowid.
import type { Knex } from 'knex';
import { seesUnpublished } from '../policy.js';
import { REVIEW_STATUSES, type ResourceFilterSpec } from './models.js';
import { applyFilter, needsResources, type ReadContext } from './filter.js';

/** The words of a search as the full-text index sees them: letters, digits and combining marks (never syntax). */
export const searchWords = (text: string): string[] => (text.match(/[\p{L}\p{N}\p{M}]+/gu) ?? []).slice(0, 64);

/** FTS5 query text: each word quoted as a string (inner quotes doubled), so nothing is read as syntax. */
const fts5Query = (words: string[]): string => words.map((w) => `"${w.replace(/"/g, '""')}"`).join(' ');

/** SQLite's relevance: bm25() is lower-is-better; negated so both dialects sort by a higher-is-better score. */
const BM25_SCORE = '-bm25(resources_fts, 10.0, 4.0, 1.0) as score';

/**
 * The resources matching a search, selecting `select` (and the relevance `score` when `scored`). Text with no words at
 * all (only punctuation) matches nothing, on both dialects alike.
 */
export function textMatch(ctx: ReadContext, search: string, select: string[], scored: boolean): Knex.QueryBuilder {
  const { knex } = ctx;
  const words = searchWords(search);
  let q: Knex.QueryBuilder;
  if (ctx.postgres) {
    q = knex('resources').select(select).whereRaw(`resources.search_vector @@ plainto_tsquery('english', ?)`, [search]);
    if (scored) q.select(knex.raw(`ts_rank(resources.search_vector, plainto_tsquery('english', ?))::float8 as score`, [search]));
  } else {
    // CROSS JOIN fixes the join order (SQLite never reorders it): with a plain join and a tag filter, the planner
    // drives from the tag's rows and re-runs the MATCH once per candidate row, which took seconds at 100k resources
    // instead of milliseconds.
    q = knex.from(knex.raw('resources_fts CROSS JOIN resources ON resources.seq = resources_fts.rowid')).select(select);
    if (scored) q.select(knex.raw(BM25_SCORE));
    if (words.length) q.whereRaw('resources_fts MATCH ?', [fts5Query(words)]);
  }
  if (words.length === 0) q.whereRaw('1 = 0');
  return q;
}

/**
 * SQLite only: whether a search's page by relevance can be ranked from the full-text index and the tag tables
 * alone, never reading `resources` rows. Ranking by relevance needs only the rowid and bm25(); the viewer must see
 * exactly the published resources and the filter hold only tag conditions. (PostgreSQL gains nothing from this:
 * its match already reads each matching row, for the tsvector.)
 */
export const searchIndexOnly = (ctx: ReadContext, filter: ResourceFilterSpec): boolean =>
  !ctx.postgres && !seesUnpublished(ctx.viewer) && !needsResources(filter) && !filter.publishedFrom && !filter.publishedTo;

/**
 * The keys (seq, score) of a search's matches from the full-text index, as filter.ts matched() would select them for
 * such a filter: visibility (only published, see searchIndexOnly) as "not one of the few unpublished resources" (a
 * small set read from the review_status index; the unary `+` keeps FTS5 from taking `rowid NOT IN (…)` as its own
 * constraint), tag conditions probed on the rowid.
 */
export function searchIndexKeys(ctx: ReadContext, filter: ResourceFilterSpec): Knex.QueryBuilder {
  const { knex } = ctx;
  const words = searchWords(filter.search!);
  const q = knex('resources_fts')
    .select({ seq: 'resources_fts.rowid' }, knex.raw(BM25_SCORE))
    .whereRaw('resources_fts MATCH ?', [fts5Query(words)])
    .whereRaw('+resources_fts.rowid not in ?', [knex('resources').select('seq').whereIn('review_status', REVIEW_STATUSES.filter((st) => st !== 'PUBLISHED'))]);
  if (words.length === 0) q.whereRaw('1 = 0');
  applyFilter(ctx, q, filter, 'resources_fts.rowid', 'resources.published_on', 'exists');
  return q;
}

// Snippet markers: control characters that cannot occur in stored text, replaced by <mark> after HTML-escaping.
const MARK_START = '\u0002';
const MARK_END = '\u0003';
const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
export const highlight = (raw: string) => escapeHtml(raw).split(MARK_START).join('<mark>').split(MARK_END).join('</mark>');

/**
 * Highlighted fragments of the given resources for one search: one statement for a whole page. The resources come
 * from a list the viewer was allowed to see, so visibility is not applied again.
 */
export async function snippets(ctx: ReadContext, search: string, seqs: readonly number[]): Promise<Map<number, string>> {
  const { knex } = ctx;
  const words = searchWords(search);
  if (words.length === 0 || seqs.length === 0) return new Map();
  let rows: { seq: number; snippet: string | null }[];
  if (ctx.postgres) {
    rows = await knex('resources')
      .select('seq', knex.raw(
        `ts_headline('english', concat_ws(' … ', title, summary, body), plainto_tsquery('english', ?), ?) as snippet`,
        [search, `StartSel=${MARK_START}, StopSel=${MARK_END}, MaxWords=16, MinWords=6, MaxFragments=2, FragmentDelimiter=" … "`],
      ))
      .whereIn('seq', seqs);
  } else {
    rows = await knex('resources_fts')
      .select({ seq: 'rowid' }, knex.raw(`snippet(resources_fts, -1, ?, ?, '…', 24) as snippet`, [MARK_START, MARK_END]))
      .whereRaw('resources_fts MATCH ?', [fts5Query(words)])
      .whereIn('rowid', seqs);
  }
  return new Map(rows.map((r) => [Number(r.seq), highlight(String(r.snippet ?? ''))]));
}

