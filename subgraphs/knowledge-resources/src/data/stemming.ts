// Text analysis for full-text search, done here in the application so that SQLite and PostgreSQL index and search
// exactly the same tokens: each store only splits our output on spaces (FTS5 `unicode61`, PostgreSQL's `simple`
// configuration) and neither stems, folds or drops anything itself.
// - Words: runs of letters and digits (never syntax), lower-cased and accent-folded (`Détention` -> `detention`,
//   `œuvre` -> `oeuvre`, the ligature `ﬁ` -> `fi`: fold), so `covid-19` is the two words `covid` and `19` on both stores.
// - Stems: the Snowball stemmers of English (Porter2), French and Spanish (@nlpjs, generated from the Snowball
//   sources). Accents are folded before stemming, so a query typed without accents stems like the accented text.
// - A resource's text is stemmed in one language: the one of English, French and Spanish whose stop words it uses
//   most (the language of its text, which its `languages` tags need not say: they list the languages it is available
//   in); with no stop word of any (a title alone, Arabic or Chinese text), its first tagged language among the three,
//   else English (which leaves non-Latin scripts alone). One language per text keeps ranking fair: a resource stemmed
//   in three languages would match one query word with up to three terms and collect bm25/ts_rank for each.
// - A query word is stemmed in the query's language when its stop words tell (queryLanguage), else in all three, and
//   matches a resource if any of its stems does, so a word finds its inflections in a text of its language, and a
//   query of a few content words in a text of any of the three (`travailleurs` -> `travailleur`).
// - Stop words: one Snowball list per language. A text drops the stop words of its own language from the index (they
//   were a third of PostgreSQL's lexemes, which ts_rank reads for every match); a query drops a word that is a stop
//   word in any language its filter allows (all three without a language filter), and a stem that is a stop word of
//   its own language.
// The stemmers ship without types; their declarations travel with this file into every program that compiles it.
/// <reference path="./stemming-modules.d.ts" />
import StemmerEn from '@nlpjs/lang-en-min/src/stemmer-en.js';
import StemmerFr from '@nlpjs/lang-fr/src/stemmer-fr.js';
import StemmerEs from '@nlpjs/lang-es/src/stemmer-es.js';
import type { SnowballProgram } from '@nlpjs/lang-en-min/src/stemmer-en.js';

export const SEARCH_LANGUAGES = ['en', 'fr', 'es'] as const;
export type SearchLanguage = (typeof SEARCH_LANGUAGES)[number];

/**
 * Latin letters that no Unicode decomposition takes apart but that people type otherwise (French keyboards have no
 * `œ`: `main-d'oeuvre` is how `main-d’œuvre` is usually searched), spelled the way PostgreSQL's unaccent spells them.
 */
const LETTERS_AS_TYPED: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss', ø: 'o', đ: 'd', ł: 'l', ı: 'i' };

/**
 * Lower-cased, with compatibility forms spelled out (NFKD: the ligature `ﬁ` of text copied from a PDF is `fi`, `ª` is
 * `a`), accents and other combining marks removed, and LETTERS_AS_TYPED replaced. Lower-casing comes after NFKD,
 * which can give capitals (the letterlike `ℍ` is `H`).
 */
export const fold = (text: string): string =>
  text.normalize('NFKD').toLowerCase().normalize('NFD').replace(/\p{M}+/gu, '').replace(/[œæßøđłı]/g, (c) => LETTERS_AS_TYPED[c]);

/** Longer runs are not words (ids, base64, URLs without punctuation); PostgreSQL refuses lexemes over 2 KB anyway. */
const MAX_WORD_LENGTH = 60;

/** The words of a text: folded runs of letters and digits, in order, duplicates kept. */
export const wordsOf = (text: string): string[] => (fold(text).match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => w.length <= MAX_WORD_LENGTH);

// The Snowball stop-word lists (as PostgreSQL ships them in tsearch_data: english.stop, french.stop, spanish.stop),
// folded like the words they are compared with.
const STOP_LISTS: Record<SearchLanguage, string> = {
  en: 'i me my myself we our ours ourselves you your yours yourself yourselves he him his himself she her hers herself it its ' +
    'itself they them their theirs themselves what which who whom this that these those am is are was were be been being ' +
    'have has had having do does did doing a an the and but if or because as until while of at by for with about against ' +
    'between into through during before after above below to from up down in out on off over under again further then once ' +
    'here there when where why how all any both each few more most other some such no nor not only own same so than too ' +
    'very s t can will just don should now',
  fr: 'au aux avec ce ces dans de des du elle en et eux il je la le leur lui ma mais me même mes moi mon ne nos notre nous on ' +
    'ou par pas pour qu que qui sa se ses son sur ta te tes toi ton tu un une vos votre vous c d j l à m n s t y été étée ' +
    'étées étés étant étante étants étantes suis es est sommes êtes sont serai seras sera serons serez seront serais serait ' +
    'serions seriez seraient étais était étions étiez étaient fus fut fûmes fûtes furent sois soit soyons soyez soient fusse ' +
    'fusses fût fussions fussiez fussent ayant ayante ayantes ayants eu eue eues eus ai as avons avez ont aurai auras aura ' +
    'aurons aurez auront aurais aurait aurions auriez auraient avais avait avions aviez avaient eut eûmes eûtes eurent aie ' +
    'aies ait ayons ayez aient eusse eusses eût eussions eussiez eussent',
  es: 'de la que el en y a los del se las por un para con no una su al lo como más pero sus le ya o este sí porque esta entre ' +
    'cuando muy sin sobre también me hasta hay donde quien desde todo nos durante todos uno les ni contra otros ese eso ante ' +
    'ellos e esto mí antes algunos qué unos yo otro otras otra él tanto esa estos mucho quienes nada muchos cual poco ella ' +
    'estar estas algunas algo nosotros mi mis tú te ti tu tus ellas nosotras vosostros vosostras os mío mía míos mías tuyo ' +
    'tuya tuyos tuyas suyo suya suyos suyas nuestro nuestra nuestros nuestras vuestro vuestra vuestros vuestras esos esas ' +
    'estoy estás está estamos estáis están esté estés estemos estéis estén estaré estarás estará estaremos estaréis estarán ' +
    'estaría estarías estaríamos estaríais estarían estaba estabas estábamos estabais estaban estuve estuviste estuvo ' +
    'estuvimos estuvisteis estuvieron estuviera estuvieras estuviéramos estuvierais estuvieran estuviese estuvieses ' +
    'estuviésemos estuvieseis estuviesen estando estado estada estados estadas estad he has ha hemos habéis han haya hayas ' +
    'hayamos hayáis hayan habré habrás habrá habremos habréis habrán habría habrías habríamos habríais habrían había habías ' +
    'habíamos habíais habían hube hubiste hubo hubimos hubisteis hubieron hubiera hubieras hubiéramos hubierais hubieran ' +
    'hubiese hubieses hubiésemos hubieseis hubiesen habiendo habido habida habidos habidas soy eres es somos sois son sea seas ' +
    'seamos seáis sean seré serás será seremos seréis serán sería serías seríamos seríais serían era eras éramos erais eran ' +
    'fui fuiste fue fuimos fuisteis fueron fuera fueras fuéramos fuerais fueran fuese fueses fuésemos fueseis fuesen ' +
    'sintiendo sentido sentida sentidos sentidas siente sentid tengo tienes tiene tenemos tenéis tienen tenga tengas ' +
    'tengamos tengáis tengan tendré tendrás tendrá tendremos tendréis tendrán tendría tendrías tendríamos tendríais ' +
    'tendrían tenía tenías teníamos teníais tenían tuve tuviste tuvo tuvimos tuvisteis tuvieron tuviera tuvieras ' +
    'tuviéramos tuvierais tuvieran tuviese tuvieses tuviésemos tuvieseis tuviesen teniendo tenido tenida tenidos tenidas tened',
};
export const STOP_WORDS: Record<SearchLanguage, ReadonlySet<string>> = {
  en: new Set(wordsOf(STOP_LISTS.en)),
  fr: new Set(wordsOf(STOP_LISTS.fr)),
  es: new Set(wordsOf(STOP_LISTS.es)),
};

/**
 * French and Spanish stop words that are content words of English texts on migration ("search and rescue at sea",
 * "EU", "AI"): a query searching English too keeps them, otherwise `sea` (a Spanish verb form) would vanish from an
 * unfiltered English query.
 */
const ENGLISH_CONTENT_WORDS: ReadonlySet<string> = new Set(['sea', 'era', 'eu', 'ai', 'son', 'sin']);

/** Whether a query in `languages` ignores `word` (folded). */
export const isStopWord = (word: string, languages: readonly SearchLanguage[]): boolean =>
  languages.some((l) => STOP_WORDS[l].has(word)) && !(languages.includes('en') && ENGLISH_CONTENT_WORDS.has(word));

/** Whether `word` is a stop word of any of the three languages (left out of the "did you mean" vocabulary). */
export const isAnyStopWord = (word: string): boolean => SEARCH_LANGUAGES.some((l) => STOP_WORDS[l].has(word));

/**
 * The languages whose stop words a query with this language filter drops: English, French and Spanish among the
 * codes, and English for any other code. `null` (no language filter): all three.
 */
export function stopLanguages(codes: readonly string[] | null | undefined): SearchLanguage[] {
  if (!codes) return [...SEARCH_LANGUAGES];
  const known = SEARCH_LANGUAGES.filter((l) => codes.includes(l));
  const other = codes.some((c) => !(SEARCH_LANGUAGES as readonly string[]).includes(c));
  return other || known.length === 0 ? [...new Set<SearchLanguage>(['en', ...known])] : known;
}

// The generated Snowball programs are run directly (setCurrent, innerStem, getCurrent) rather than through @nlpjs's
// stemWord, which first looks words up in a dictionary of irregular forms (Spanish `sea` -> `ser`, `las` -> `el`: not
// Snowball, and a source of false matches across languages) and caches every word it ever saw without bound.
const STEMMERS: Record<SearchLanguage, SnowballProgram> = { en: new StemmerEn(), fr: new StemmerFr(), es: new StemmerEs() };
const snowball = (program: SnowballProgram, word: string): string => {
  program.setCurrent(word);
  program.innerStem();
  return program.getCurrent();
};

// Stems are memoized: texts repeat their words, and stemming is most of the cost of indexing and snippets. Bounded by
// clearing, so a stream of unusual words cannot grow it without limit.
const MEMO_LIMIT = 100_000;
const memo: Record<SearchLanguage, Map<string, string>> = { en: new Map(), fr: new Map(), es: new Map() };

/** The stem of a folded word in one language (digits stay as they are). */
export function stem(word: string, language: SearchLanguage): string {
  const cache = memo[language];
  let s = cache.get(word);
  if (s === undefined) {
    s = /^\p{N}+$/u.test(word) ? word : snowball(STEMMERS[language], word);
    // A stemmer never returns an empty stem for a word; keep the word if one ever did.
    if (!s) s = word;
    if (cache.size >= MEMO_LIMIT) cache.clear();
    cache.set(word, s);
  }
  return s;
}


/** Words read to tell a text's language (enough for a summary and the start of a body). */
const LANGUAGE_SAMPLE = 400;

/** The language a resource's text is stemmed in (see the top of this file); `codes`: its language tags. */
export function textLanguage(texts: readonly (string | null | undefined)[], codes: readonly string[]): SearchLanguage {
  const words = texts.flatMap((t) => (t ? wordsOf(t) : [])).slice(0, LANGUAGE_SAMPLE);
  const tagged = (SEARCH_LANGUAGES as readonly string[]).filter((l) => codes.includes(l)) as SearchLanguage[];
  // Ties go to the tagged languages first, in the order of the three.
  const order = [...tagged, ...SEARCH_LANGUAGES.filter((l) => !tagged.includes(l))];
  let best: SearchLanguage = tagged[0] ?? 'en';
  let most = 0;
  for (const l of order) {
    const n = words.filter((w) => STOP_WORDS[l].has(w)).length;
    if (n > most) [best, most] = [l, n];
  }
  return best;
}

/**
 * The index text of one field of a resource: each word but the language's stop words replaced by its stem in the
 * text's language, separated by spaces (what FTS5 and to_tsvector('simple', …) index).
 */
export const indexText = (text: string | null | undefined, language: SearchLanguage): string =>
  text ? wordsOf(text).filter((w) => !STOP_WORDS[language].has(w)).map((w) => stem(w, language)).join(' ') : '';

/** The most words one search takes (a 500-character search rarely has more); the rest are ignored. */
export const MAX_QUERY_WORDS = 32;

/** One word of a search: the folded word and its stems in the three languages (any stem matching is a match). */
export interface QueryWord {
  word: string;
  stems: string[];
}

/**
 * The languages a search is stemmed in: those of the three whose stop words it uses most (`education of migrant
 * children` is English; `travail de la femme` French or Spanish), or all three when it has none (`travailleurs
 * migrants`). Its stop words are then dropped, but they tell which language its other words are in: an English
 * search stemmed in French too would also match French texts through words it never meant.
 */
export function queryLanguage(words: readonly string[]): SearchLanguage[] {
  const counts = SEARCH_LANGUAGES.map((l) => words.filter((w) => STOP_WORDS[l].has(w)).length);
  const most = Math.max(...counts);
  return most === 0 ? [...SEARCH_LANGUAGES] : SEARCH_LANGUAGES.filter((_, i) => counts[i] === most);
}

/**
 * The words of a search as both indexes see them: folded, without duplicates or the stop words of `languages`
 * (stopLanguages), each with its stems. Empty for text of only punctuation or stop words, which matches nothing.
 */
export function queryWords(text: string, languages: readonly SearchLanguage[]): QueryWord[] {
  const all = wordsOf(text);
  const stemming = queryLanguage(all);
  const words: QueryWord[] = [];
  for (const word of new Set(all)) {
    if (words.length === MAX_QUERY_WORDS) break;
    if (isStopWord(word, languages)) continue;
    // A stem that is a stop word of its language would match nearly every text in it (French stems `sea` to `se`).
    const stems = [...new Set(stemming.map((l) => [l, stem(word, l)] as const).filter(([l, s]) => !STOP_WORDS[l].has(s)).map(([, s]) => s))];
    if (stems.length) words.push({ word, stems });
  }
  return words;
}

/**
 * Words a "did you mean" may suggest: the distinct words of a text without stop words, digits or very short or long
 * runs (typos of those are not worth correcting).
 */
export const vocabularyOf = (texts: readonly (string | null | undefined)[]): Set<string> =>
  new Set(texts.flatMap((t) => (t ? wordsOf(t) : [])).filter((w) => w.length >= 3 && w.length <= 40 && /^\p{L}+$/u.test(w) && !isAnyStopWord(w)));
