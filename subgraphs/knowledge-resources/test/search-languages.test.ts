// Searching in English, French and Spanish, and "did you mean", straight to this subgraph over HTTP on SQLite or
// PostgreSQL (DATABASE_URL): both stores index the application's stems (data/stemming.ts), so these expectations are
// the same on each. A French query finds a French resource by an inflected form, accents never matter, `covid-19`
// is found alike, and a search that finds nothing is corrected from the words resources contain, only where the
// correction finds something the caller may see, at a constant number of statements however many parents ask.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countStatementsOf, startTestSubgraph, type TestSubgraph } from '@unmn/shared/testing';
import { knowledgeResourcesSubgraph } from '../src/index.js';
import { ALL_OBJECTIVES, AS, type As, ENTITIES, objectiveRefs, published, submit, update } from './helpers.js';

let sub: TestSubgraph;
// Made-up words keep the seed data out of the way where a test counts results.
let french: any;
let spanish: any;
let english: any;
let covid: any;

beforeAll(async () => {
  sub = await startTestSubgraph(knowledgeResourcesSubgraph);
  french = await published(sub, {
    title: 'Migration de travail : protéger le travailleur migrant à Zorblac',
    summary: 'Guide pratique sur la migration de main-d’œuvre et les droits des travailleuses.',
    languages: ['fr'],
    publishers: ['ilo'],
  });
  spanish = await published(sub, {
    title: 'Alternativas a la detención de niñas y niños en Zorblac',
    summary: 'Protección de las trabajadoras migrantes y de sus familias.',
    languages: ['es'],
    publishers: ['unicef'],
  });
  english = await published(sub, {
    title: 'Remittance corridors of Zorblac',
    summary: 'Lowering the costs of remitting money home.',
    languages: ['en'],
    publishers: ['ifad'],
  });
  covid = await published(sub, {
    title: 'Zorblac after COVID-19: migrant workers and the pandemic',
    summary: 'Short.',
    languages: ['en'],
    publishers: ['iom'],
  });
});
afterAll(() => sub?.stop());

const LIST = `query($filter: ResourceFilter, $first: Int) {
  resources(filter: $filter, first: $first) { totalCount didYouMean edges { snippet node { id } } }
}`;

async function search(filter: Record<string, unknown>, viewer?: As) {
  const { body } = await sub.query(LIST, { filter, first: 100 }, { viewer });
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data.resources;
}
const ids = (page: any): string[] => page.edges.map((e: any) => e.node.id);

describe('French and Spanish stemming', () => {
  it('a French query finds a French resource by a stemmed form, with or without the language filter', async () => {
    for (const searchMode of ['ANY', 'ALL']) {
      // `travailleurs migrants` (plural) against `travailleur migrant` (singular) in the title.
      expect(ids(await search({ search: 'travailleurs migrants zorblac', searchMode }))).toContain(french.id);
      expect(ids(await search({ search: 'travailleurs migrants', searchMode, languages: ['fr'] }))).toContain(french.id);
    }
    const edge = (await search({ search: 'travailleurs zorblac', searchMode: 'ALL' })).edges.find((e: any) => e.node.id === french.id);
    expect(edge.snippet).toContain('<mark>travailleur</mark>');
  });

  it('a Spanish query finds a Spanish resource by a stemmed form, and accents never matter', async () => {
    // `trabajadora migrante` (singular) against `trabajadoras migrantes`; `detencion` without its accent.
    expect(ids(await search({ search: 'trabajadora migrante zorblac', searchMode: 'ALL' }))).toEqual([spanish.id]);
    expect(ids(await search({ search: 'detencion zorblac', searchMode: 'ALL' }))).toEqual([spanish.id]);
    expect(ids(await search({ search: 'DÉTENCIÓN Zorblac', searchMode: 'ALL', languages: ['es'] }))).toEqual([spanish.id]);
    // The French resource says `Migration` and `protéger`: found by `protéger`, `proteger` and `Protéger` alike.
    for (const text of ['protéger zorblac', 'proteger zorblac', 'PROTÉGER ZORBLAC']) {
      expect(ids(await search({ search: text, searchMode: 'ALL' })), text).toEqual([french.id]);
    }
  });

  it('letters typed as two (œ as oe) and ligatures copied from PDFs (ﬁ) match, as accents do', async () => {
    // French keyboards have no œ key: `main-d'oeuvre` is how the French resource's `main-d’œuvre` is usually typed.
    for (const text of ["main-d'oeuvre zorblac", 'oeuvre zorblac', 'ŒUVRE zorblac', 'œuvres zorblac']) {
      expect(ids(await search({ search: text, searchMode: 'ALL' })), text).toEqual([french.id]);
    }
    const edge = (await search({ search: 'oeuvre' })).edges.find((e: any) => e.node.id === french.id);
    expect(edge.snippet).toContain('main-d’<mark>œuvre</mark>');
    const ligature = await published(sub, { title: 'Eﬀective ﬁnancing of Quaxlor’s Straße project', summary: 'Short.', languages: ['en'], publishers: ['iom'] });
    for (const text of ['effective financing quaxlor', 'strasse quaxlor', 'ﬁnancing quaxlor']) {
      expect(ids(await search({ search: text, searchMode: 'ALL' })), text).toEqual([ligature.id]);
    }
  });

  it('an English resource still matches English inflections', async () => {
    expect(ids(await search({ search: 'remittances corridor zorblac', searchMode: 'ALL' }))).toEqual([english.id]);
  });

  it('a language filter narrows the stemming and the results to that language', async () => {
    const fr = await search({ search: 'zorblac', languages: ['fr'] });
    expect(ids(fr)).toEqual([french.id]);
    const all = await search({ search: 'zorblac' });
    expect(ids(all).sort()).toEqual([french.id, spanish.id, english.id, covid.id].sort());
  });

  it('finds `covid-19` however it is written, the same on both stores', async () => {
    for (const text of ['covid-19', 'COVID 19', 'Covid', '"covid-19"']) {
      const page = await search({ search: `${text} zorblac`, searchMode: 'ALL' });
      expect(ids(page), text).toEqual([covid.id]);
    }
    const edge = (await search({ search: 'covid-19 zorblac', searchMode: 'ALL' })).edges[0];
    expect(edge.snippet).toContain('<mark>COVID</mark>-<mark>19</mark>');
  });

  it('a query of French or Spanish stop words finds nothing rather than everything', async () => {
    for (const text of ['de la les des', 'el los las de', 'the of and de la']) {
      for (const searchMode of ['ANY', 'ALL']) expect((await search({ search: text, searchMode })).totalCount, text).toBe(0);
    }
  });
});

describe('did you mean', () => {
  it('corrects a misspelt word from the words resources contain ("detenton" -> "detention")', async () => {
    const page = await search({ search: 'detenton' });
    expect(page.totalCount).toBe(0);
    expect(page.didYouMean).toBe('detention');
    const fixed = await search({ search: page.didYouMean });
    expect(fixed.totalCount).toBeGreaterThan(0);
    expect(fixed.didYouMean).toBeNull();
  });

  it('keeps the other words and punctuation as typed, and corrects each unknown word', async () => {
    expect((await search({ search: 'Alternatvies to detenton!', searchMode: 'ALL' })).didYouMean).toBe('alternatives to detention!');
    expect((await search({ search: 'travailleurz zorblak', searchMode: 'ALL' })).didYouMean).toBe('travailleur zorblac'); // one edit from both travailleur and travailleurs; equally frequent, so the first alphabetically
  });

  it('offers nothing when no word is close, when every word is known, or when the search found something', async () => {
    expect((await search({ search: 'qqxxzzvv' })).didYouMean).toBeNull();
    // Known words that the filter leaves without results: the spelling is not the problem.
    const filtered = await search({ search: 'zorblac', languages: ['ru'] });
    expect(filtered.totalCount).toBe(0);
    expect(filtered.didYouMean).toBeNull();
    expect((await search({ search: 'zorblac' })).didYouMean).toBeNull();
  });

  it('suggests only words that find something the caller may see, and follows edits', async () => {
    const draft = await submit(sub, AS.iom, { title: 'Quixotical wayfinding for newcomers', summary: 'Short.', publishers: ['iom'], draft: true });
    expect((await search({ search: 'quixoticall' }, AS.iom)).didYouMean).toBe('quixotical');
    // Anonymous callers cannot see the draft, so the word it alone contains is not offered to them.
    expect((await search({ search: 'quixoticall' })).didYouMean).toBeNull();
    // Once the word is edited away, it is no longer suggested to anyone.
    const { body } = await update(sub, AS.iom, { id: draft.id, version: draft.version, title: 'Wayfinding for newcomers' });
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    expect((await search({ search: 'quixoticall' }, AS.iom)).didYouMean).toBeNull();
    expect(await sub.db.knex('search_words').where({ word: 'quixotical' }).first()).toBeUndefined();
    expect(Number((await sub.db.knex('search_words').where({ word: 'wayfinding' }).first()).documents)).toBe(1);
  });

  it('corrects the lists under many parents with a constant number of statements', async () => {
    const query = ENTITIES('... on Objective { number resources(filter: { search: "detenton" }) { totalCount didYouMean } }');
    let body: any;
    const statements = await countStatementsOf(sub.db, async () => {
      body = (await sub.query(query, { r: objectiveRefs(ALL_OBJECTIVES) })).body;
    });
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    const lists = body.data._entities;
    // Offered under the objectives whose resources mention detention (13: alternatives to detention), not elsewhere.
    expect(lists.find((o: any) => o.number === 13).resources.didYouMean).toBe('detention');
    expect(lists.some((o: any) => o.resources.didYouMean === null)).toBe(true);
    for (const o of lists) {
      expect(o.resources.totalCount).toBe(0);
      if (o.resources.didYouMean === null) continue;
      const check = await sub.query(ENTITIES('... on Objective { resources(filter: { search: "detention" }) { totalCount } }'), { r: objectiveRefs([o.number]) });
      expect(check.body.data._entities[0].resources.totalCount).toBeGreaterThan(0);
    }
    // The lists (2), then the correction (2) and its check under all parents at once (1).
    expect(statements).toBeLessThanOrEqual(6);
  });
});
