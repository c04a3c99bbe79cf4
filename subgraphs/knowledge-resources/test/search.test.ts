// Searching and browsing the knowledge platform, straight to this subgraph over HTTP on SQLite or PostgreSQL
// (DATABASE_URL): the seed data, ranked full-text search, search text that looks like syntax, AND/OR filters, facets
// that agree with the filtered totals, stable cursors, and bad filter input.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestSubgraph, type TestSubgraph } from '@unmn/shared/testing';
import { knowledgeResourcesSubgraph } from '../src/index.js';
import { ALL_OBJECTIVES, AS, type As, entities, expectError, objectiveRefs, published } from './helpers.js';

let sub: TestSubgraph;
beforeAll(async () => {
  sub = await startTestSubgraph(knowledgeResourcesSubgraph);
});
afterAll(() => sub?.stop());

const LIST = `query($filter: ResourceFilter, $sort: ResourceSort, $first: Int, $after: String) {
  resources(filter: $filter, sort: $sort, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { snippet score node { id title publishedOn reviewStatus type languages regions objectives { number } publishers { id } countries { iso3 } } }
    facets {
      objectives { objective { number } count }
      types { type count }
      languages { language count }
      regions { region count }
      publishers { publisher { id } count }
    }
  }
}`;

async function list(filter: Record<string, unknown> | null, opts: { viewer?: As; sort?: string; first?: number; after?: string } = {}) {
  const { body } = await sub.query(LIST, { filter, sort: opts.sort, first: opts.first ?? 100, after: opts.after }, { viewer: opts.viewer });
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data.resources;
}

/** Every node a filter matches, walking all pages. */
async function all(filter: Record<string, unknown> | null, viewer?: As) {
  const nodes: any[] = [];
  let after: string | undefined;
  let total = 0;
  do {
    const page = await list(filter, { viewer, after });
    total = page.totalCount;
    nodes.push(...page.edges.map((e: any) => e.node));
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : undefined;
  } while (after);
  expect(nodes).toHaveLength(total);
  return nodes;
}

describe('seed data', () => {
  it('has at least 200 sample resources over all 23 objectives, several languages and all five regions', async () => {
    const { totalCount, facets } = await list(null, { viewer: AS.secretariat, first: 1 });
    expect(totalCount).toBeGreaterThanOrEqual(200);
    expect(facets.objectives.map((f: any) => f.objective.number).sort((a: number, b: number) => a - b)).toEqual(ALL_OBJECTIVES);
    expect(facets.languages.length).toBeGreaterThanOrEqual(5);
    expect(facets.regions.map((f: any) => f.region).sort()).toEqual(['AFRICA', 'AMERICAS', 'ASIA', 'EUROPE', 'OCEANIA']);
    // Generated records say they are samples; only the real resources (data/reference/real-resources.ts) do not.
    const { body } = await sub.query('{ resources(first: 100) { edges { node { id provenance { sample confidence } } } } }');
    expect(body.data.resources.edges).toHaveLength(100);
    expect(body.data.resources.edges.every((e: any) => e.node.provenance.sample === !e.node.id.startsWith('kr-real-'))).toBe(true);
  });
});

describe('full-text search', () => {
  let titleHit: any;
  let bodyHit: any;
  beforeAll(async () => {
    // Created in this order so the body-only match is newer and has the higher seq: rank, not age, must decide.
    titleHit = await published(sub, { title: 'Zebrafish quokka cooperation', summary: 'Short.', body: 'Nothing else here.', publishedOn: '2020-01-01', publishers: ['iom'] });
    bodyHit = await published(sub, { title: 'Another practice note', summary: 'Short.', body: 'It mentions the zebrafish once in the body.', publishedOn: '2025-01-01', publishers: ['iom'] });
  });

  it('ranks a title match above a body-only match, with highlighted snippets', async () => {
    const page = await list({ search: 'zebrafish' });
    expect(page.edges.map((e: any) => e.node.id)).toEqual([titleHit.id, bodyHit.id]);
    expect(page.edges[0].score).toBeGreaterThan(page.edges[1].score);
    expect(page.edges[1].snippet).toContain('<mark>zebrafish</mark>');
    // Sorting by date overrides relevance.
    const byDate = await list({ search: 'zebrafish' }, { sort: 'NEWEST' });
    expect(byDate.edges.map((e: any) => e.node.id)).toEqual([bodyHit.id, titleHit.id]);
  });

  it('matches stemmed word forms and HTML-escapes snippets', async () => {
    const r = await published(sub, { title: 'Remittance corridors <script>alert(1)</script>', summary: 'Lowering costs of remitting money & fees.', publishers: ['ifad'] });
    const page = await list({ search: 'remittance corridor' });
    const edge = page.edges.find((e: any) => e.node.id === r.id);
    expect(edge).toBeDefined();
    expect(edge.snippet).not.toContain('<script>');
    const plural = await list({ search: 'corridors' });
    expect(plural.edges.map((e: any) => e.node.id)).toContain(r.id);
  });

  it('treats SQL and FTS syntax as plain text: never an error, never an operator', async () => {
    const before = (await list(null, { viewer: AS.secretariat, first: 1 })).totalCount;
    // Each search and the resources it must find when read as plain words (every word required, stemmed; searchMode
    // ANY is search-any.test.ts's).
    const asText: [string, string[]][] = [
      ['"zebrafish"', [titleHit.id, bodyHit.id]], // quotes: still just the word
      ['zebrafish OR nonexistentword', []], // OR as an operator would match both zebrafish resources
      ['zebra*', []], // a prefix query would match "zebrafish"
      ['NEAR(zebrafish quokka)', []], // NEAR would match the title
      ['title:zebrafish', []], // a column filter would match the title
      ['zebrafish -quokka', [titleHit.id]], // exclusion would give the body-only match instead
      ["'; drop table resources; --", []],
      ['\'"*()^:-+~', []], // punctuation only: no words at all
      ['zebrafish "quokka', [titleHit.id]], // an unbalanced quote
    ];
    for (const [search, expected] of asText) {
      const { body } = await sub.query(LIST, { filter: { search, searchMode: 'ALL' }, first: 10 });
      expect(body.errors, `${search}: ${JSON.stringify(body.errors)}`).toBeUndefined();
      expect(body.data.resources.edges.map((e: any) => e.node.id), search).toEqual(expected);
    }
    // The table is still there and nothing changed.
    expect((await list(null, { viewer: AS.secretariat, first: 1 })).totalCount).toBe(before);
  });
});

describe('filters and facets', () => {
  it('combines different filters with AND, values within one filter with OR', async () => {
    const obj20 = await all({ objectives: [20] });
    const fr = await all({ languages: ['fr'] });
    const both = await all({ objectives: [20], languages: ['fr'] });
    const expected = obj20.filter((n) => n.languages.includes('fr')).map((n) => n.id).sort();
    expect(both.map((n) => n.id).sort()).toEqual(expected);
    expect(both.length).toBeGreaterThan(0);
    expect(both.length).toBeLessThan(Math.min(obj20.length, fr.length));
    const either = await all({ objectives: [20, 6] });
    expect(either.every((n) => n.objectives.some((o: any) => o.number === 20 || o.number === 6))).toBe(true);
    expect(either.length).toBeGreaterThan(obj20.length);
    // A three-way combination with a region and a date range.
    const narrow = await all({ objectives: [20, 6], regions: ['AFRICA'], publishedFrom: '2021-01-01', publishedTo: '2023-12-31' });
    expect(narrow.every((n) => n.regions.includes('AFRICA') && n.publishedOn >= '2021-01-01' && n.publishedOn <= '2023-12-31')).toBe(true);
  });

  it('returns facet counts that agree with the filtered totals', async () => {
    const filter = { objectives: [20, 6] };
    const page = await list(filter, { first: 1 });
    const { totalCount, facets } = page;
    // Every resource has exactly one type.
    expect(facets.types.reduce((s: number, f: any) => s + f.count, 0)).toBe(totalCount);
    // Each facet value's count is the total when that value is added to the filter.
    const checks: [string, any, Record<string, unknown>][] = [
      ...facets.types.map((f: any) => ['type', f, { types: [f.type] }] as [string, any, Record<string, unknown>]),
      ...facets.languages.map((f: any) => ['language', f, { languages: [f.language] }] as [string, any, Record<string, unknown>]),
      ...facets.regions.map((f: any) => ['region', f, { regions: [f.region] }] as [string, any, Record<string, unknown>]),
      ...facets.publishers.slice(0, 4).map((f: any) => ['publisher', f, { publishers: [f.publisher.id] }] as [string, any, Record<string, unknown>]),
    ];
    for (const [name, facet, extra] of checks) {
      const narrowed = await list({ ...filter, ...extra }, { first: 0 });
      expect(narrowed.totalCount, `${name} ${JSON.stringify(extra)}`).toBe(facet.count);
    }
    // Objective facets: objective 20's count is the total filtered to objective 20 alone.
    const f20 = facets.objectives.find((f: any) => f.objective.number === 20);
    expect((await list({ objectives: [20] }, { first: 0 })).totalCount).toBe(f20.count);
  });

  it('pages with stable cursors in relevance order', async () => {
    const seen: string[] = [];
    const totals = new Set<number>();
    let after: string | undefined;
    do {
      const page = await list({ search: 'migrants' }, { first: 7, after });
      totals.add(page.totalCount);
      seen.push(...page.edges.map((e: any) => e.node.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : undefined;
    } while (after);
    const whole = await list({ search: 'migrants' }, { first: 100 });
    expect(whole.totalCount).toBeGreaterThan(100);
    expect(seen).toHaveLength(whole.totalCount);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.slice(0, 100)).toEqual(whole.edges.map((e: any) => e.node.id));
    // Every page, and a page past the end, reports the same total.
    expect([...totals]).toEqual([whole.totalCount]);
    const lastCursor = (await list({ search: 'migrants' }, { first: 100, after: undefined })).pageInfo.endCursor;
    let cursor = lastCursor;
    for (;;) {
      const next = await list({ search: 'migrants' }, { first: 100, after: cursor });
      if (!next.pageInfo.hasNextPage) {
        const beyond = await list({ search: 'migrants' }, { first: 5, after: next.pageInfo.endCursor });
        expect(beyond).toMatchObject({ totalCount: whole.totalCount, edges: [] });
        break;
      }
      cursor = next.pageInfo.endCursor;
    }
  });
});

describe('bad filter input', () => {
  const cases: [string, Record<string, unknown>, number | undefined, string][] = [
    ['empty search', { search: '' }, 10, 'filter.search'],
    ['blank search', { search: '   ' }, 10, 'filter.search'],
    ['5,000-character search', { search: 'a'.repeat(5000) }, 10, 'filter.search'],
    ['unknown objective', { objectives: [24] }, 10, 'filter.objectives'],
    ['objective 0', { objectives: [0] }, 10, 'filter.objectives'],
    ['unknown language code', { languages: ['xx'] }, 10, 'filter.languages'],
    ['language name instead of code', { languages: ['English'] }, 10, 'filter.languages'],
    ['unknown country', { countries: ['XYZ'] }, 10, 'filter.countries'],
    ['principle k', { principles: ['k'] }, 10, 'filter.principles'],
    ['unknown publisher', { publishers: ['not-an-org'] }, 10, 'filter.publishers'],
    ['first -1', {}, -1, 'first'],
    ['first 100000', {}, 100000, 'first'],
  ];
  it.each(cases)('%s is BAD_USER_INPUT naming the field', async (_, filter, first, argument) => {
    const { body } = await sub.query('query($filter: ResourceFilter, $first: Int) { resources(filter: $filter, first: $first) { totalCount edges { cursor } } }', { filter, first });
    expectError(body, 'BAD_USER_INPUT', argument);
    if (argument === 'first') expect(body.errors[0].message).toContain('100');
  });

  it('nested connections refuse a page size over the cap too', async () => {
    const { body } = await sub.query('query($r: [_Any!]!) { _entities(representations: $r) { ... on Objective { resources(first: 1000) { totalCount } } } }', { r: objectiveRefs(ALL_OBJECTIVES) });
    expectError(body, 'BAD_USER_INPUT', 'first');
  });

  it('nested connections validate their filter like the root list', async () => {
    const { body } = await sub.query('query($r: [_Any!]!) { _entities(representations: $r) { ... on Country { resources(filter: { languages: ["xx"] }) { totalCount } } } }', { r: [{ __typename: 'Country', iso3: 'MEX' }] });
    expectError(body, 'BAD_USER_INPUT', 'filter.languages');
    // A valid filter narrows the nested list exactly as it narrows the root list.
    const [mex] = await entities(sub, [{ __typename: 'Country', iso3: 'MEX' }], '... on Country { resources(filter: { languages: ["es"] }) { totalCount } }');
    const root = await list({ countries: ['MEX'], languages: ['es'] }, { first: 0 });
    expect(mex.resources.totalCount).toBe(root.totalCount);
    expect(mex.resources.totalCount).toBeGreaterThan(0);
  });
});
