// Full-text search, the one place the two dialects differ. Both index and search the same tokens, made here in the
// application (data/stemming.ts: words folded and stemmed in English, French and Spanish), so they find the same
// resources:
// - Every write stores each resource's stemmed title, summary and body (syncSearch, in the write's transaction; the
//   seeds' bulk insert likewise): on SQLite in `resources.search_title`, `search_summary` and `search_body`, on
//   PostgreSQL straight into `resources.search_vector` (searchValues).
// - SQLite: FTS5 external-content table `resources_fts` over those three columns (`unicode61`, which only splits on
//   the spaces and lower-cases what is already lower case), kept in sync by triggers; bm25() with column weights
//   title 10, summary 4, body 1. Query stems are each quoted as FTS5 strings, so no FTS5 syntax (NEAR, *, column
//   filters, quotes) is ever interpreted; only the OR/AND between them is ours.
// - PostgreSQL: tsvector column `search_vector` of the same stemmed texts with the `simple` configuration (setweight
//   A/B/C), with a GIN index shared with the filter keys; no copies of the stemmed text, which made every row half as
//   wide again and pushed the tsvector out of line, where ts_rank and each matched-word test decompressed it again; to_tsquery over the same stems, each quoted as a
//   tsquery literal (so never read as an operator), ranked by ts_rank.
// A query word matches when any of its stems (one per query language) does. Any-word searches (the default) rank by
// how many distinct query words a resource matches first, then by relevance (bm25 / ts_rank), so a resource matching
// both words of `detention children` always ranks above one matching only `detention`, whatever their lengths or
// fields. The score stays one number (tier + relevance squashed into [0, 1)), so cursors and the RELEVANCE order are
// unchanged. Within a tier the two relevance functions differ (bench/search-parity.ts lists where).
// Under a search, filters are tested where they cost least (filter.ts TagTest): PostgreSQL intersects them with the
// text match inside one GIN index (`tag_keys`), SQLite probes the tag tables' primary keys on the full-text rowid.
// Snippets are made here from the page's rows (the same on both stores), and a search that finds nothing may get a
// "did you mean" from the index's vocabulary (`search_words`).
import type { Knex } from 'knex';
import { distance } from 'fastest-levenshtein';
import { seesUnpublished } from '../policy.js';
import { REVIEW_STATUSES, type KnowledgeResourceModel, type ParentScope, type ResourceFilterSpec } from './models.js';
import { applyFilter, matched, matchedUnder, needsResources, type ReadContext } from './filter.js';
import { fold, indexText, queryWords, SEARCH_LANGUAGES, stem, stopLanguages, textLanguage, vocabularyOf, type QueryWord } from './stemming.js';

/** ANY: resources matching at least one word, more matched words first; ALL: only resources matching every word. */
export type SearchMode = 'ANY' | 'ALL';
export const searchModeOf = (filter: ResourceFilterSpec): SearchMode => (filter.searchMode === 'ALL' ? 'ALL' : 'ANY');
/** Which resources the text match keeps: an any-word search's top tier keeps those with every word. */
const matchModeOf = (filter: ResourceFilterSpec): SearchMode => (filter.topTier ? 'ALL' : searchModeOf(filter));

/** The words of a filter's search with their stems (empty for only punctuation or stop words). */
export const searchWordsOf = (filter: ResourceFilterSpec): QueryWord[] => queryWords(filter.search!, stopLanguages(filter.languages));

// Stems hold only letters and digits (stemming.ts wordsOf), so quoting them needs no escaping.
/** FTS5 query text: ANY, every stem OR'ed; ALL, per word its stems OR'ed, the words AND'ed. */
const fts5Query = (words: QueryWord[], mode: SearchMode): string => {
  const alternatives = (w: QueryWord) => w.stems.map((s) => `"${s}"`).join(' OR ');
  return mode === 'ANY' ? words.map(alternatives).join(' OR ') : words.map((w) => `(${alternatives(w)})`).join(' AND ');
};

/** to_tsquery text, as fts5Query: each stem a quoted literal, | between alternatives, & between required words. */
const tsQuery = (words: QueryWord[], mode: SearchMode): string => {
  const alternatives = (w: QueryWord) => w.stems.map((s) => `'${s}'`).join(' | ');
  return mode === 'ANY' ? words.map(alternatives).join(' | ') : words.map((w) => `(${alternatives(w)})`).join(' & ');
};

/** Squashes a relevance >= 0 into [0, 1), so adding the matched-word count keeps more words always first. */
const squash = (relevance: string) => `(${relevance}) / (1.0 + (${relevance}))`;

/**
 * The relevance `score` expression (higher is better) and its bindings. SQLite's bm25() is lower-is-better, hence
 * negated. Any-word searches of several words add the number of words matched (one cheap test per word, or one for
 * two words: an uncorrelated `rowid IN (…)` that SQLite builds once per statement; on PostgreSQL a `@@` on the row's
 * tsvector, already read for the rank).
 */
function scoreSql(ctx: ReadContext, words: QueryWord[], mode: SearchMode, rowid: string, topTier = false): [string, string[]] {
  // A top tier (PostgreSQL, reads.ts ranked()) matches with the all-word query but ranks with the any-word one, so its
  // resources score exactly as in the any-word ranking.
  const relevance = ctx.postgres
    ? `ts_rank(resources.search_vector, to_tsquery('simple', ?))::float8`
    : '-bm25(resources_fts, 10.0, 4.0, 1.0)';
  const relevanceBindings = ctx.postgres ? [tsQuery(words, mode)] : [];
  if (mode === 'ALL' || words.length < 2) return [`${relevance} as score`, relevanceBindings];
  // The top tier matched every word: its count of matched words is the number of words, no test needed.
  if (topTier) return [`${words.length} + ${squash(relevance)} as score`, [...relevanceBindings, ...relevanceBindings]];
  const test = ctx.postgres
    ? `(resources.search_vector @@ to_tsquery('simple', ?))::int`
    : `(+${rowid} in (select rowid from resources_fts where resources_fts match ?))`;
  const query = (ws: QueryWord[]) => (ctx.postgres ? tsQuery(ws, 'ALL') : fts5Query(ws, 'ALL'));
  // Two words (the usual search): every match has at least one, so the count is 1 + whether it has both, one test
  // instead of two, and on SQLite against the set of resources with both words rather than each word's (larger) set.
  const [matchedWords, matchedBindings] = words.length === 2
    ? [`1 + ${test}`, [query(words)]]
    : [words.map(() => test).join(' + '), words.map((w) => query([w]))];
  // The squashed relevance appears twice in the text, so its bindings do too.
  return [`(${matchedWords}) + ${squash(relevance)} as score`, [...matchedBindings, ...relevanceBindings, ...relevanceBindings]];
}

/**
 * The resources matching a search, selecting `select` (and the relevance `score` when `scored`). Text with no words
 * (only punctuation or stop words) matches nothing, on both dialects alike.
 */
export function textMatch(ctx: ReadContext, filter: ResourceFilterSpec, select: string[], scored: boolean): Knex.QueryBuilder {
  const { knex } = ctx;
  const words = searchWordsOf(filter);
  const mode = searchModeOf(filter);
  const matchMode = matchModeOf(filter);
  let q: Knex.QueryBuilder;
  if (ctx.postgres) {
    q = knex('resources').select(select);
    if (words.length) q.whereRaw(`resources.search_vector @@ to_tsquery('simple', ?)`, [tsQuery(words, matchMode)]);
  } else {
    // CROSS JOIN fixes the join order (SQLite never reorders it): with a plain join and a tag filter, the planner
    // drives from the tag's rows and re-runs the MATCH once per candidate row, which took seconds at 100k resources
    // instead of milliseconds.
    q = knex.from(knex.raw('resources_fts CROSS JOIN resources ON resources.seq = resources_fts.rowid')).select(select);
    if (words.length) q.whereRaw('resources_fts MATCH ?', [fts5Query(words, matchMode)]);
  }
  // No words: an empty result of the same shape (the ranking reads `score`).
  if (words.length === 0) return scored ? q.select(knex.raw('0 as score')).whereRaw('1 = 0') : q.whereRaw('1 = 0');
  if (scored) q.select(knex.raw(...scoreSql(ctx, words, mode, 'resources_fts.rowid', Boolean(filter.topTier))));
  return q;
}

/**
 * SQLite only: whether a search's page by relevance can be ranked and its matches counted from the full-text index
 * and the tag tables alone, never reading `resources` rows (a common word's 29k matches would cost 29k reads of wide
 * rows, though a tag keeps 5k of them): the viewer must see exactly the published resources and the filter hold only
 * tag conditions. (PostgreSQL gains nothing from this: its match already reads each matching row, for the tsvector.)
 */
export const searchIndexOnly = (ctx: ReadContext, filter: ResourceFilterSpec): boolean =>
  !ctx.postgres && !seesUnpublished(ctx.viewer) && !needsResources(filter) && !filter.publishedFrom && !filter.publishedTo;

/**
 * Which of real resources and samples are few (at most 5,000, whatever their review status), and how many: read from
 * the (sample, …) index; null when both are many. A production database holds no samples, a demonstration one few
 * real resources. SQLite tests a full-text rowid against the fewer as a set (searchIndexKeys); PostgreSQL ranks a
 * small group whole and skips an empty one (reads.ts ranked()).
 */
export async function fewerOfRealAndSamples(knex: Knex): Promise<{ sample: boolean; count: number } | null> {
  const FEW = 5000;
  for (const sample of [false, true]) {
    const row: { n: number | string } | undefined = await knex.from(knex('resources').select('seq').where('sample', sample).limit(FEW + 1).as('x')).count({ n: '*' }).first();
    const count = Number(row?.n ?? 0);
    if (count <= FEW) return { sample, count };
  }
  return null;
}

/**
 * The keys of a search's matches from the full-text index, as filter.ts matched() would select them for such a
 * filter: `seq`, the relevance `score` and the `sample` flag (tested against the smaller of real resources and
 * samples, `fewer`, from fewerOfRealAndSamples). Visibility (only published, see searchIndexOnly) is
 * "not one of the few unpublished resources" (a small set read from the review_status index; the unary `+` keeps FTS5
 * from taking `rowid NOT IN (…)` as its own constraint, one lookup per listed rowid), tag conditions are probed on the
 * rowid.
 */
export function searchIndexKeys(ctx: ReadContext, filter: ResourceFilterSpec, fewer: { sample: boolean }): Knex.QueryBuilder {
  const { knex } = ctx;
  const words = searchWordsOf(filter);
  const mode = searchModeOf(filter);
  const few = knex('resources').select('seq').where('sample', fewer.sample);
  const q = knex('resources_fts').select({ seq: 'resources_fts.rowid' }, knex.raw(`(+resources_fts.rowid ${fewer.sample ? 'in' : 'not in'} ?) as sample`, [few]));
  if (words.length === 0) return q.select(knex.raw('0 as score')).whereRaw('1 = 0');
  q.select(knex.raw(...scoreSql(ctx, words, mode, 'resources_fts.rowid')));
  q.whereRaw('resources_fts MATCH ?', [fts5Query(words, mode)])
    .whereRaw('+resources_fts.rowid not in ?', [knex('resources').select('seq').whereIn('review_status', REVIEW_STATUSES.filter((st) => st !== 'PUBLISHED'))]);
  applyFilter(ctx, q, filter, 'resources_fts.rowid', 'resources.published_on', 'exists');
  return q;
}

// ---- The index: stemmed columns and the vocabulary, written with the resource ----

/** The text a resource is indexed from, and its language codes (resource_languages). */
export interface SearchSource {
  title: string;
  summary: string;
  body: string | null;
  languages: readonly string[];
}

/** A resource's stemmed title, summary and body (stemming.ts), which both full-text indexes read. */
export function stemmedTexts(source: SearchSource): [title: string, summary: string, body: string] {
  const language = textLanguage([source.title, source.summary, source.body], source.languages);
  return [indexText(source.title, language), indexText(source.summary, language), indexText(source.body, language)];
}

/** PostgreSQL's tsvector of the three stemmed texts (bindings: title, summary, body): weights A, B, C. */
export const TSVECTOR_SQL = `setweight(to_tsvector('simple', ?), 'A') || setweight(to_tsvector('simple', ?), 'B') || setweight(to_tsvector('simple', ?), 'C')`;

/** The `resources` columns a resource's search index is written to: the stemmed texts (SQLite) or the tsvector. */
export function searchValues(knex: Knex, source: SearchSource): Record<string, string | Knex.Raw> {
  const texts = stemmedTexts(source);
  if (knex.client.config.client === 'pg') return { search_vector: knex.raw(TSVECTOR_SQL, texts) };
  return { search_title: texts[0], search_summary: texts[1], search_body: texts[2] };
}

/** The words a resource adds to the "did you mean" vocabulary. */
const wordsOfSource = (s: Pick<SearchSource, 'title' | 'summary' | 'body'>) => vocabularyOf([s.title, s.summary, s.body]);

/**
 * Adds `delta` to the document count of each word (words reaching 0 are removed): `search_words` holds, per folded
 * word, how many resources (whatever their review status) contain it.
 */
export async function changeVocabulary(knex: Knex, counts: ReadonlyMap<string, number>): Promise<void> {
  const added = [...counts].filter(([, n]) => n > 0);
  const removed = [...counts].filter(([, n]) => n < 0);
  for (let i = 0; i < added.length; i += 300) {
    await knex('search_words')
      .insert(added.slice(i, i + 300).map(([word, documents]) => ({ word, documents })))
      .onConflict('word')
      .merge({ documents: knex.raw('search_words.documents + excluded.documents') });
  }
  for (const [word, n] of removed) await knex('search_words').where({ word }).update({ documents: knex.raw('documents + ?', [n]) });
  if (removed.length) await knex('search_words').whereIn('word', removed.map(([w]) => w)).where('documents', '<=', 0).delete();
}

/**
 * Re-indexes one resource inside a write's transaction, after its row and tags are written: its search columns
 * (PostgreSQL's tsvector; SQLite's stemmed texts, which its triggers copy into FTS5) and the vocabulary. `before`: the
 * resource's text before the write (null for a new resource), whose words leave the vocabulary unless still there.
 */
export async function syncSearch(trx: Knex, seq: number, before: Pick<SearchSource, 'title' | 'summary' | 'body'> | null): Promise<void> {
  const row: { title: string; summary: string; body: string | null } = await trx('resources').select('title', 'summary', 'body').where('seq', seq).first();
  const languages: string[] = await trx('resource_languages').where('resource_seq', seq).pluck('language');
  await trx('resources').where('seq', seq).update(searchValues(trx, { ...row, languages }));
  const now = wordsOfSource(row);
  const old = before ? wordsOfSource(before) : new Set<string>();
  const counts = new Map<string, number>();
  for (const w of now) if (!old.has(w)) counts.set(w, 1);
  for (const w of old) if (!now.has(w)) counts.set(w, -1);
  await changeVocabulary(trx, counts);
}

/** For a bulk insert (seeds): each resource's row with its search columns (searchValues), and the words it adds. */
export function indexBatch<R extends Pick<SearchSource, 'title' | 'summary' | 'body'>>(knex: Knex, batch: { row: R; languages: readonly string[] }[]): { rows: (R & Record<string, unknown>)[]; words: Map<string, number> } {
  const words = new Map<string, number>();
  const rows = batch.map(({ row, languages }) => {
    for (const w of wordsOfSource(row)) words.set(w, (words.get(w) ?? 0) + 1);
    return { ...row, ...searchValues(knex, { ...row, languages }) };
  });
  return { rows, words };
}

/**
 * Recomputes every resource's stemmed columns and the whole vocabulary (the migration that introduced them; again
 * whenever stemming changes), in batches of 1000 resources.
 */
export async function reindexSearch(knex: Knex): Promise<void> {
  const postgres = knex.client.config.client === 'pg';
  const vocabulary = new Map<string, number>();
  for (let after = 0; ;) {
    const rows: { seq: number; title: string; summary: string; body: string | null }[] = await knex('resources')
      .select('seq', 'title', 'summary', 'body').where('seq', '>', after).orderBy('seq').limit(1000);
    if (rows.length === 0) break;
    after = Number(rows[rows.length - 1].seq);
    const langs = await knex('resource_languages').select('resource_seq', 'language').whereIn('resource_seq', rows.map((r) => r.seq));
    const byResource = new Map<number, string[]>();
    for (const l of langs) byResource.set(Number(l.resource_seq), [...(byResource.get(Number(l.resource_seq)) ?? []), l.language]);
    const indexed = rows.map((row) => ({ seq: row.seq, texts: stemmedTexts({ ...row, languages: byResource.get(Number(row.seq)) ?? [] }) }));
    for (const w of rows.flatMap((row) => [...wordsOfSource(row)])) vocabulary.set(w, (vocabulary.get(w) ?? 0) + 1);
    // One UPDATE … FROM (VALUES …) per 200 rows (SQLite names the values' columns column1…, PostgreSQL takes them).
    const set = postgres
      ? `search_vector = ${TSVECTOR_SQL.replace('?', 'v.column2').replace('?', 'v.column3').replace('?', 'v.column4')}`
      : 'search_title = v.column2, search_summary = v.column3, search_body = v.column4';
    for (let i = 0; i < indexed.length; i += 200) {
      const part = indexed.slice(i, i + 200);
      const values = part.map(() => (postgres ? '(?::int, ?, ?, ?)' : '(?, ?, ?, ?)')).join(', ');
      await knex.raw(
        `update resources set ${set} from (values ${values}) as v${postgres ? '(column1, column2, column3, column4)' : ''} where resources.seq = v.column1`,
        part.flatMap((r) => [r.seq, ...r.texts]),
      );
    }
  }
  await knex('search_words').delete();
  await changeVocabulary(knex, vocabulary);
}

// ---- Snippets ----

/** Words in a snippet (FTS5's snippet() used 24 tokens). */
const SNIPPET_WORDS = 24;
const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * A highlighted fragment of a listed resource for a search: the run of up to 24 words, within the title, the summary
 * or the body, holding the most distinct query words (then the most matches; the title first, then the earliest),
 * every word with a stem (in any of the three languages) among the query's wrapped in <mark>, the rest HTML-escaped,
 * `…` where text was cut. Made from the row already read, so both stores give the same snippet and it costs no SQL.
 * Null when no word of the resource matches (a query of only stop words lists nothing anyway).
 */
export function snippetOf(resource: Pick<KnowledgeResourceModel, 'title' | 'summary' | 'body'>, search: string, languageCodes: readonly string[] | null): string | null {
  const wanted = new Map<string, number>(); // stem -> index of its query word
  queryWords(search, stopLanguages(languageCodes)).forEach((w, i) => w.stems.forEach((s) => wanted.set(s, i)));
  if (wanted.size === 0) return null;
  let best: { text: string; tokens: { start: number; end: number; word: number }[]; from: number; to: number; distinct: number; hits: number } | null = null;
  for (const text of [resource.title, resource.summary, resource.body]) {
    if (!text) continue;
    const tokens = [...text.matchAll(/[\p{L}\p{N}\p{M}]+/gu)].map((m) => {
      // A token's word: the first folded part whose stem is a query stem (-1: none).
      let word = -1;
      for (const part of fold(m[0]).match(/[\p{L}\p{N}]+/gu) ?? []) {
        for (const l of SEARCH_LANGUAGES) if (wanted.has(stem(part, l))) word = wanted.get(stem(part, l))!;
        if (word >= 0) break;
      }
      return { start: m.index!, end: m.index! + m[0].length, word };
    });
    for (let from = 0; from < tokens.length; from++) {
      if (tokens[from].word < 0) continue; // a best window can always start on a match
      const to = Math.min(tokens.length, from + SNIPPET_WORDS);
      const inWindow = tokens.slice(from, to).filter((t) => t.word >= 0);
      const distinct = new Set(inWindow.map((t) => t.word)).size;
      if (!best || distinct > best.distinct || (distinct === best.distinct && inWindow.length > best.hits)) {
        best = { text, tokens, from, to, distinct, hits: inWindow.length };
      }
    }
  }
  if (!best) return null;
  const { text, tokens, to } = best;
  // Start a few words before the first match when the window has room, so the match reads in context.
  const from = Math.max(0, Math.min(best.from - 3, tokens.length - SNIPPET_WORDS));
  const end = Math.min(tokens.length, Math.max(to, from + SNIPPET_WORDS));
  let out = from > 0 ? '…' : '';
  let at = tokens[from].start;
  for (let i = from; i < end; i++) {
    const t = tokens[i];
    if (t.word < 0) continue;
    out += `${escapeHtml(text.slice(at, t.start))}<mark>${escapeHtml(text.slice(t.start, t.end))}</mark>`;
    at = t.end;
  }
  const stop = end < tokens.length ? tokens[end - 1].end : text.length;
  out += escapeHtml(text.slice(at, stop));
  return end < tokens.length ? `${out}…` : out;
}

// ---- Did you mean ----

/** The most edits a suggested word may be from the typed one: 1 for words of up to 4 letters, else 2. */
const maxEdits = (word: string) => (word.length <= 4 ? 1 : 2);

/**
 * The correction of a search that found nothing: each query word that no resource contains replaced by the closest
 * word of the vocabulary (edit distance up to 2; ties to the word in the most resources), when there is one. Null when
 * every word is known (the filter, not the spelling, found nothing) or nothing is close. Two statements: which words
 * are known, and the vocabulary words of similar length.
 */
export async function correction(ctx: ReadContext, search: string, languageCodes: readonly string[] | null): Promise<string | null> {
  const { knex } = ctx;
  const words = queryWords(search, stopLanguages(languageCodes)).map((w) => w.word).filter((w) => /^\p{L}{3,40}$/u.test(w));
  if (words.length === 0) return null;
  const known = new Set<string>(await knex('search_words').whereIn('word', words).pluck('word'));
  const unknown = words.filter((w) => !known.has(w));
  if (unknown.length === 0) return null;
  const lengths = unknown.map((w) => w.length);
  const candidates: { word: string; documents: number | string }[] = await knex('search_words')
    .select('word', 'documents')
    .whereRaw('length(word) between ? and ?', [Math.min(...lengths) - 2, Math.max(...lengths) + 2]);
  const fixes = new Map<string, string>();
  for (const w of unknown) {
    let pick: { word: string; edits: number; documents: number } | null = null;
    for (const c of candidates) {
      if (Math.abs(c.word.length - w.length) > maxEdits(w)) continue;
      const edits = distance(w, c.word);
      if (edits > maxEdits(w)) continue;
      const documents = Number(c.documents);
      if (!pick || edits < pick.edits || (edits === pick.edits && (documents > pick.documents || (documents === pick.documents && c.word < pick.word)))) {
        pick = { word: c.word, edits, documents };
      }
    }
    if (pick) fixes.set(w, pick.word);
  }
  if (fixes.size === 0) return null;
  // The typed text with only the corrected words replaced (punctuation, order and other words kept).
  return search.replace(/[\p{L}\p{N}\p{M}]+/gu, (m) => fixes.get(fold(m)) ?? m);
}

/**
 * KnowledgeResourceConnection.didYouMean for connections that found nothing, one per parent (or one root list):
 * the correction (above), offered only under parents where it finds something the viewer may see with the same
 * filter. At most three statements for all parents together.
 */
export async function didYouMean(ctx: ReadContext, filter: ResourceFilterSpec, scope: ParentScope | null, parentKeys: readonly (string | number)[]): Promise<Map<string, string | null>> {
  const result = new Map<string, string | null>(parentKeys.map((k) => [String(k), null]));
  const suggestion = filter.search ? await correction(ctx, filter.search, filter.languages ?? null) : null;
  if (!suggestion) return result;
  const spec = { ...filter, search: suggestion };
  const { knex } = ctx;
  if (scope) {
    const found: { parent_key: string | number }[] = await knex.from(matchedUnder(ctx, scope, parentKeys, spec, 'count').as('c')).distinct('c.parent_key');
    for (const { parent_key } of found) result.set(String(parent_key), suggestion);
  } else {
    const found = await knex.from(matched(ctx, spec, undefined, 'count').as('c')).select(knex.raw('1 as hit')).limit(1);
    for (const k of parentKeys) result.set(String(k), found.length ? suggestion : null);
  }
  return result;
}
