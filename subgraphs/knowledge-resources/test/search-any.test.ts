// Any-word search (the default) against every-word search (searchMode ALL), straight to this subgraph over HTTP on
// SQLite or PostgreSQL (DATABASE_URL): a resource matching more of the words ranks above one matching fewer even
// when the latter's single match is in its title; stop words and punctuation find nothing rather than everything;
// bad search input is a BAD_USER_INPUT naming the field, never a database error.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestSubgraph, type TestSubgraph } from '@unmn/shared/testing';
import { knowledgeResourcesSubgraph } from '../src/index.js';
import { expectError, published } from './helpers.js';

let sub: TestSubgraph;
// Made-up words, so the seed data cannot match them.
let both: any; // body mentions wombat and axolotl, title neither
let wombatTitle: any; // only wombat, in the title and summary (the strongest single-word match)
let axolotlTitle: any; // only axolotl, in the title
let stopWordTitle: any;

beforeAll(async () => {
  sub = await startTestSubgraph(knowledgeResourcesSubgraph);
  both = await published(sub, { title: 'Field notes from a coastal programme', summary: 'Observations.', body: `The team recorded a wombat near the river and, later, an axolotl in the pond. ${'Many other observations filled the notebook over the season. '.repeat(8)}`, publishers: ['iom'] });
  wombatTitle = await published(sub, { title: 'Wombat wombat guidance', summary: 'All about the wombat.', body: 'Wombat, wombat and wombat.', publishers: ['iom'] });
  axolotlTitle = await published(sub, { title: 'Axolotl guidance', summary: 'Short.', publishers: ['iom'] });
  stopWordTitle = await published(sub, { title: 'Alternatives for quagga detention', summary: 'Short.', publishers: ['iom'] });
});
afterAll(() => sub?.stop());

const LIST = `query($filter: ResourceFilter, $first: Int, $after: String) {
  resources(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { snippet score node { id } }
  }
}`;

async function search(filter: Record<string, unknown>, first = 20, after?: string) {
  const { body } = await sub.query(LIST, { filter, first, after });
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data.resources;
}
const ids = (page: any) => page.edges.map((e: any) => e.node.id);

/** Every page of a search, `first` at a time: the ids in order and each page's totalCount. */
async function walk(filter: Record<string, unknown>, first: number) {
  const walked: string[] = [];
  const totals: number[] = [];
  let after: string | undefined;
  do {
    const page = await search(filter, first, after);
    walked.push(...ids(page));
    totals.push(page.totalCount);
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : undefined;
  } while (after);
  return { walked, totals };
}

describe('any-word search (the default)', () => {
  it('finds resources matching one of two words, ranked below the resource matching both', async () => {
    const page = await search({ search: 'wombat axolotl' });
    // Plain bm25/ts_rank would put `wombatTitle` first (checked by disabling the word count); more matched words
    // decide first.
    expect(ids(page)[0]).toBe(both.id);
    expect(ids(page).slice(1).sort()).toEqual([wombatTitle.id, axolotlTitle.id].sort());
    expect(page.totalCount).toBe(3);
    expect(page.edges[0].score).toBeGreaterThan(page.edges[1].score);
    // A one-word match is highlighted too.
    expect(page.edges.find((e: any) => e.node.id === axolotlTitle.id).snippet).toContain('<mark>Axolotl</mark>');
  });

  it('still finds the matching resources when one word matches nothing', async () => {
    const page = await search({ search: 'wombat zzyzxnonexistent' });
    expect(ids(page)[0]).toBe(wombatTitle.id); // title beats body among one-word matches
    expect(ids(page).sort()).toEqual([both.id, wombatTitle.id].sort());
  });

  it('pages through the ranking with stable cursors', async () => {
    const whole = ids(await search({ search: 'wombat axolotl' }));
    expect((await walk({ search: 'wombat axolotl' }, 1)).walked).toEqual(whole);
  });

  it('walks pages that lie within the top tier and across into the tier below without gaps or repeats', async () => {
    // Four resources with both words and three with one: pages of two are ranked from the both-words tier alone
    // while it fills them (reads.ts topTierPage), and the page straddling the tiers ranks every match.
    for (const [title, body] of [['Quokka and narwhal survey', null], ['Narwhal notes', 'A quokka was seen.'], ['Coastal survey', 'A quokka met a narwhal.'], ['Quokka census', 'Narwhal sightings and quokka counts.'], ['Quokka guidance', null], ['Narwhal atlas', null], ['Island fauna', 'One quokka.']]) {
      await published(sub, { title: title!, summary: 'Short.', body: body ?? undefined, publishers: ['iom'] });
    }
    const whole = await search({ search: 'quokka narwhal' }, 50);
    expect(whole.totalCount).toBe(7);
    expect(whole.edges.slice(0, 4).every((e: any) => e.score >= 2) && whole.edges.slice(4).every((e: any) => e.score < 2)).toBe(true);
    const { walked, totals } = await walk({ search: 'quokka narwhal' }, 2);
    expect(walked).toEqual(ids(whole));
    expect(new Set(totals)).toEqual(new Set([7]));
    expect((await search({ search: 'quokka narwhal' }, 0)).pageInfo.hasNextPage).toBe(true);
  });

  it('ranks real resources before samples, as the default order does without a search', async () => {
    // Samples come only from the seeds; two resources made here are marked as such, the way the seeds mark theirs.
    const real = await published(sub, { title: 'Dugong notes', summary: 'Short.', publishers: ['iom'] });
    const samples = [];
    for (const title of ['Dugong and manatee guidance', 'Manatee and dugong survey']) samples.push(await published(sub, { title, summary: 'Dugong, manatee.', publishers: ['iom'] }));
    await sub.db.knex('resources').whereIn('id', samples.map((r) => r.id)).update({ sample: true });
    for (const sort of [undefined, 'RELEVANCE']) {
      const { body } = await sub.query(`query($sort: ResourceSort) { resources(filter: { search: "dugong manatee" }, sort: $sort) { edges { score node { id } } } }`, { sort });
      const edges = body.data.resources.edges;
      // The real resource matches one word of two, the samples both: real first all the same, then the samples ranked.
      expect(edges[0].node.id).toBe(real.id);
      expect(edges.slice(1).map((e: any) => e.node.id).sort()).toEqual(samples.map((r) => r.id).sort());
      expect(edges[0].score).toBeLessThan(edges[1].score);
      expect(edges[1].score).toBeGreaterThanOrEqual(edges[2].score);
    }
    const { walked, totals } = await walk({ search: 'dugong manatee' }, 1);
    expect(walked).toEqual(ids(await search({ search: 'dugong manatee' })));
    expect(new Set(totals)).toEqual(new Set([3]));
    expect(ids(await search({ search: 'dugong manatee', includeSamples: false }))).toEqual([real.id]);
  });
});

describe('searchMode ALL', () => {
  it('finds only resources matching every word', async () => {
    expect(ids(await search({ search: 'wombat axolotl', searchMode: 'ALL' }))).toEqual([both.id]);
    const none = await search({ search: 'wombat zzyzxnonexistent', searchMode: 'ALL' });
    expect(none.totalCount).toBe(0);
  });

  it('ignores stop words on both databases ("to" is not required)', async () => {
    expect(ids(await search({ search: 'alternatives to quagga detention', searchMode: 'ALL' }))).toEqual([stopWordTitle.id]);
  });
});

describe('search text that finds nothing, and bad input', () => {
  it.each([
    ['only stop words', 'the of and to is'],
    ['500 characters of punctuation', '!?.,;:-"\'()'.repeat(50).slice(0, 500)],
  ])('%s: an empty result, not an error', async (_, text) => {
    for (const searchMode of ['ANY', 'ALL']) {
      const page = await search({ search: text, searchMode });
      expect(page.totalCount).toBe(0);
      expect(page.edges).toEqual([]);
    }
  });

  it.each([
    ['an empty search with mode ALL', { search: '   ', searchMode: 'ALL' }, 'filter.search'],
    ['501 characters', { search: 'a'.repeat(501) }, 'filter.search'],
    ['a language code that is not ISO 639-1', { search: 'wombat', languages: ['eng'] }, 'filter.languages[0]'],
    ['an unknown two-letter language code', { search: 'wombat', languages: ['xx'] }, 'filter.languages[0]'],
    ['a withdrawn ISO 639-1 code', { search: 'wombat', languages: ['he', 'iw'] }, 'filter.languages[1]'],
  ])('%s is BAD_USER_INPUT naming the field', async (_, filter, argument) => {
    const { body } = await sub.query(LIST, { filter, first: 5 });
    expectError(body, 'BAD_USER_INPUT', argument);
  });

  it('names the current code for a withdrawn one (a resource tagged `in` would never be found by `id`)', async () => {
    for (const [withdrawn, current] of [['iw', 'he'], ['in', 'id'], ['ji', 'yi'], ['jw', 'jv'], ['mo', 'ro'], ['sh', 'sr']]) {
      const { body } = await sub.query(LIST, { filter: { languages: [withdrawn] }, first: 1 });
      expect(body.errors?.[0].message).toBe(`Invalid filter.languages[0]: "${withdrawn}" is a withdrawn ISO 639-1 code; use "${current}"`);
    }
    // Current codes that the runtime would canonicalize to a longer tag stay accepted (Tagalog `tl`, Filipino `fil`).
    const { body } = await sub.query(LIST, { filter: { languages: ['tl', 'bh'] }, first: 1 });
    expect(body.errors).toBeUndefined();
  });

  it('refuses a search mode that does not exist', async () => {
    const { body } = await sub.query(LIST, { filter: { search: 'wombat', searchMode: 'SOME' }, first: 5 });
    expect(body.errors?.[0].message).toContain('SearchMode');
  });
});
