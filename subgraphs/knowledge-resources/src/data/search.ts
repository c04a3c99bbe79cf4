// Full-text search, the one place the two dialects differ:
// - SQLite: FTS5 external-content table `resources_fts` (kept in sync by triggers); bm25() with column weights
//   title 10, summary 4, body 1; snippet() for highlights. User words are each quoted as FTS5 strings, so no FTS5
//   syntax (NEAR, *, column filters, quotes) is ever interpreted; only the OR/AND between them is ours.
// - PostgreSQL: generated tsvector column `search_vector` (setweight A/B/C) with a GIN index; to_tsquery over the
//   same words, each quoted as a tsquery literal (so never read as an operator), with ts_rank and ts_headline.
// Both dialects search the same word list (searchTerms): letters/digits only, lower-cased, duplicates and
// PostgreSQL's English stop words removed (FTS5 keeps stop words in its index, so without this `the` would match
// nearly everything on SQLite and nothing on PostgreSQL).
// Any-word searches (the default) rank by how many distinct query words a resource matches first, then by
// relevance (bm25 / ts_rank), so a resource matching both words of `detention children` always ranks above one
// matching only `detention`, whatever their lengths or fields. The score stays one number (tier + relevance squashed
// into [0, 1)), so cursors and the RELEVANCE order are unchanged.
// Under a search, filters are tested where they cost least (filter.ts TagTest): PostgreSQL intersects them with the
// text match inside one GIN index (`tag_keys`), SQLite probes the tag tables' primary keys on the full-text rowid.
import type { Knex } from 'knex';
import { seesUnpublished } from '../policy.js';
import { REVIEW_STATUSES, type ResourceFilterSpec } from './models.js';
import { applyFilter, needsResources, type ReadContext } from './filter.js';

/**
 * PostgreSQL's `english` stop-word list (share/tsearch_data/english.stop, the Snowball list), which its english
 * configuration drops from documents and queries; dropped from queries on both dialects alike.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  ('i me my myself we our ours ourselves you your yours yourself yourselves he him his himself she her hers herself it its ' +
    'itself they them their theirs themselves what which who whom this that these those am is are was were be been being ' +
    'have has had having do does did doing a an the and but if or because as until while of at by for with about against ' +
    'between into through during before after above below to from up down in out on off over under again further then once ' +
    'here there when where why how all any both each few more most other some such no nor not only own same so than too ' +
    'very s t can will just don should now').split(' '),
);

/** The most words one search takes (a 500-character search rarely has more); the rest are ignored. */
const MAX_WORDS = 32;

/**
 * The words of a search as both full-text indexes see them: runs of letters, digits and combining marks (never
 * syntax), lower-cased, without duplicates or stop words. Empty for text of only punctuation or stop words, which
 * then matches nothing.
 */
export const searchWords = (text: string): string[] =>
  [...new Set((text.toLowerCase().match(/[\p{L}\p{N}\p{M}]+/gu) ?? []).filter((w) => !STOP_WORDS.has(w)))].slice(0, MAX_WORDS);

/** ANY: resources matching at least one word, more matched words first; ALL: only resources matching every word. */
export type SearchMode = 'ANY' | 'ALL';
export const searchModeOf = (filter: ResourceFilterSpec): SearchMode => (filter.searchMode === 'ALL' ? 'ALL' : 'ANY');

/** FTS5 query text: each word quoted as a string (inner quotes doubled), joined by OR or (implicitly) AND. */
const fts5Query = (words: string[], mode: SearchMode): string => words.map((w) => `"${w.replace(/"/g, '""')}"`).join(mode === 'ANY' ? ' OR ' : ' ');

/** to_tsquery text: each word a quoted literal (words hold no quote or backslash), joined by | or &. */
const tsQuery = (words: string[], mode: SearchMode): string => words.map((w) => `'${w}'`).join(mode === 'ANY' ? ' | ' : ' & ');

/** Squashes a relevance >= 0 into [0, 1), so adding the matched-word count keeps more words always first. */
const squash = (relevance: string) => `(${relevance}) / (1.0 + (${relevance}))`;

/**
 * The relevance `score` expression (higher is better) and its bindings. SQLite's bm25() is lower-is-better, hence
 * negated. Any-word searches of several words add the number of words matched (one cheap test per word: an
 * uncorrelated `rowid IN (…)` that SQLite builds once per statement; on PostgreSQL a `@@` on the row's tsvector,
 * already read for the rank).
 */
function scoreSql(ctx: ReadContext, words: string[], mode: SearchMode, rowid: string): [string, string[]] {
  const relevance = ctx.postgres
    ? `ts_rank(resources.search_vector, to_tsquery('english', ?))::float8`
    : '-bm25(resources_fts, 10.0, 4.0, 1.0)';
  const relevanceBindings = ctx.postgres ? [tsQuery(words, mode)] : [];
  if (mode === 'ALL' || words.length < 2) return [`${relevance} as score`, relevanceBindings];
  const matched = words.map(() => (ctx.postgres
    ? `(resources.search_vector @@ to_tsquery('english', ?))::int`
    : `(+${rowid} in (select rowid from resources_fts where resources_fts match ?))`)).join(' + ');
  const matchedBindings = words.map((w) => (ctx.postgres ? tsQuery([w], 'ALL') : fts5Query([w], 'ALL')));
  // The squashed relevance appears twice in the text, so its bindings do too.
  return [`(${matched}) + ${squash(relevance)} as score`, [...matchedBindings, ...relevanceBindings, ...relevanceBindings]];
}

/**
 * The resources matching a search, selecting `select` (and the relevance `score` when `scored`). Text with no words
 * (only punctuation or stop words) matches nothing, on both dialects alike.
 */
export function textMatch(ctx: ReadContext, filter: ResourceFilterSpec, select: string[], scored: boolean): Knex.QueryBuilder {
  const { knex } = ctx;
  const words = searchWords(filter.search!);
  const mode = searchModeOf(filter);
  let q: Knex.QueryBuilder;
  if (ctx.postgres) {
    q = knex('resources').select(select);
    if (words.length) q.whereRaw(`resources.search_vector @@ to_tsquery('english', ?)`, [tsQuery(words, mode)]);
  } else {
    // CROSS JOIN fixes the join order (SQLite never reorders it): with a plain join and a tag filter, the planner
    // drives from the tag's rows and re-runs the MATCH once per candidate row, which took seconds at 100k resources
    // instead of milliseconds.
    q = knex.from(knex.raw('resources_fts CROSS JOIN resources ON resources.seq = resources_fts.rowid')).select(select);
    if (words.length) q.whereRaw('resources_fts MATCH ?', [fts5Query(words, mode)]);
  }
  // No words: an empty result of the same shape (the ranking reads `score`).
  if (words.length === 0) return scored ? q.select(knex.raw('0 as score')).whereRaw('1 = 0') : q.whereRaw('1 = 0');
  if (scored) q.select(knex.raw(...scoreSql(ctx, words, mode, 'resources_fts.rowid')));
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
  const mode = searchModeOf(filter);
  const q = knex('resources_fts').select({ seq: 'resources_fts.rowid' });
  if (words.length === 0) return q.select(knex.raw('0 as score')).whereRaw('1 = 0');
  q.select(knex.raw(...scoreSql(ctx, words, mode, 'resources_fts.rowid')))
    .whereRaw('resources_fts MATCH ?', [fts5Query(words, mode)])
    .whereRaw('+resources_fts.rowid not in ?', [knex('resources').select('seq').whereIn('review_status', REVIEW_STATUSES.filter((st) => st !== 'PUBLISHED'))]);
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
 * from a list the viewer was allowed to see, so visibility is not applied again. Any word is highlighted, whatever
 * the search's mode (under ALL every listed resource has them all anyway).
 */
export async function snippets(ctx: ReadContext, search: string, seqs: readonly number[]): Promise<Map<number, string>> {
  const { knex } = ctx;
  const words = searchWords(search);
  if (words.length === 0 || seqs.length === 0) return new Map();
  let rows: { seq: number; snippet: string | null }[];
  if (ctx.postgres) {
    rows = await knex('resources')
      .select('seq', knex.raw(
        `ts_headline('english', concat_ws(' … ', title, summary, body), to_tsquery('english', ?), ?) as snippet`,
        [tsQuery(words, 'ANY'), `StartSel=${MARK_START}, StopSel=${MARK_END}, MaxWords=16, MinWords=6, MaxFragments=2, FragmentDelimiter=" … "`],
      ))
      .whereIn('seq', seqs);
  } else {
    rows = await knex('resources_fts')
      .select({ seq: 'rowid' }, knex.raw(`snippet(resources_fts, -1, ?, ?, '…', 24) as snippet`, [MARK_START, MARK_END]))
      .whereRaw('resources_fts MATCH ?', [fts5Query(words, 'ANY')])
      .whereIn('rowid', seqs);
  }
  return new Map(rows.map((r) => [Number(r.seq), highlight(String(r.snippet ?? ''))]));
}

