// The knowledge platform end to end through the gateway over real HTTP, on SQLite or PostgreSQL (DATABASE_URL):
// ranked search, filters and facets, search text that looks like syntax, the review workflow by role, visibility of
// unpublished resources through every path, related practices of a support request, and bad input.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGraph, type TestGraph } from './harness.js';
import { expectError, published, RESOURCE_FIELDS, review, submit, tokens, type Tokens } from './knowledge-resources.helpers.js';

let graph: TestGraph;
let t: Tokens;
const kr = () => graph.subgraphs['knowledge-resources'].db.knex;

beforeAll(async () => {
  graph = await startTestGraph();
  t = await tokens(graph);
});
afterAll(async () => graph?.stop());

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

async function list(filter: Record<string, unknown> | null, opts: { token?: string; sort?: string; first?: number; after?: string } = {}) {
  const { body } = await graph.query(LIST, { filter, sort: opts.sort, first: opts.first ?? 100, after: opts.after }, { token: opts.token });
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data.resources;
}

/** Every node a filter matches, walking all pages. */
async function all(filter: Record<string, unknown> | null, token?: string) {
  const nodes: any[] = [];
  let after: string | undefined;
  let total = 0;
  do {
    const page = await list(filter, { token, after });
    total = page.totalCount;
    nodes.push(...page.edges.map((e: any) => e.node));
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : undefined;
  } while (after);
  expect(nodes).toHaveLength(total);
  return nodes;
}

describe('seed data', () => {
  it('has at least 200 sample resources over all 23 objectives, several languages and all five regions', async () => {
    const { totalCount, facets } = await list(null, { token: t.secretariat, first: 1 });
    expect(totalCount).toBeGreaterThanOrEqual(200);
    expect(facets.objectives.map((f: any) => f.objective.number).sort((a: number, b: number) => a - b)).toEqual(Array.from({ length: 23 }, (_, i) => i + 1));
    expect(facets.languages.length).toBeGreaterThanOrEqual(5);
    expect(facets.regions.map((f: any) => f.region).sort()).toEqual(['AFRICA', 'AMERICAS', 'ASIA', 'EUROPE', 'OCEANIA']);
    const { body } = await graph.query('{ resources(first: 100) { edges { node { provenance { sample confidence } } } } }');
    expect(body.data.resources.edges.every((e: any) => e.node.provenance.sample === true)).toBe(true);
  });
});

describe('full-text search', () => {
  let titleHit: any;
  let bodyHit: any;
  beforeAll(async () => {
    // Created in this order so the body-only match is newer and has the higher seq: rank, not age, must decide.
    titleHit = await published(graph, t, { title: 'Zebrafish quokka cooperation', summary: 'Short.', body: 'Nothing else here.', publishedOn: '2020-01-01', publishers: ['iom'] });
    bodyHit = await published(graph, t, { title: 'Another practice note', summary: 'Short.', body: 'It mentions the zebrafish once in the body.', publishedOn: '2025-01-01', publishers: ['iom'] });
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
    const r = await published(graph, t, { title: 'Remittance corridors <script>alert(1)</script>', summary: 'Lowering costs of remitting money & fees.', publishers: ['ifad'] });
    const page = await list({ search: 'remittance corridor' });
    const edge = page.edges.find((e: any) => e.node.id === r.id);
    expect(edge).toBeDefined();
    expect(edge.snippet).not.toContain('<script>');
    const plural = await list({ search: 'corridors' });
    expect(plural.edges.map((e: any) => e.node.id)).toContain(r.id);
  });

  it('treats SQL and FTS syntax as plain text: never an error, never an operator', async () => {
    const before = (await list(null, { token: t.secretariat, first: 1 })).totalCount;
    // Each search and the resources it must find when read as plain words (every word required, stemmed).
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
      const { body } = await graph.query(LIST, { filter: { search }, first: 10 });
      expect(body.errors, `${search}: ${JSON.stringify(body.errors)}`).toBeUndefined();
      expect(body.data.resources.edges.map((e: any) => e.node.id), search).toEqual(expected);
    }
    // The table is still there and nothing changed.
    expect((await list(null, { token: t.secretariat, first: 1 })).totalCount).toBe(before);
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

describe('review workflow', () => {
  const update = (as: string, input: Record<string, unknown>) =>
    graph.query(`mutation($input: UpdateResourceInput!) { updateResource(input: $input) { ${RESOURCE_FIELDS} } }`, { input }, { token: as });

  it('lets contributors submit and refuses everyone else', async () => {
    const member = await submit(graph, t.iom, { publishers: ['ilo'] });
    expect(member).toMatchObject({ reviewStatus: 'SUBMITTED', version: 1, publishers: [{ id: 'iom' }, { id: 'ilo' }] });
    const country = await submit(graph, t.mex, { geographicScope: 'NATIONAL', countries: [] as string[] });
    expect(country).toMatchObject({ reviewStatus: 'SUBMITTED', countries: [{ iso3: 'MEX' }], regions: ['AMERICAS'] });
    const draft = await submit(graph, t.iom, { draft: true });
    expect(draft.reviewStatus).toBe('DRAFT');
    const input = { title: 'Nope', summary: 'x', type: 'TRAINING', languages: ['en'], publishedOn: '2024-01-01', objectives: [1], geographicScope: 'GLOBAL' };
    const mutation = 'mutation($input: SubmitResourceInput!) { submitResource(input: $input) { id } }';
    expectError((await graph.query(mutation, { input })).body, 'UNAUTHENTICATED');
    expectError((await graph.query(mutation, { input }, { token: t.fundManager })).body, 'FORBIDDEN');
  });

  it('walks SUBMITTED -> UNDER_REVIEW -> DRAFT (changes requested) -> SUBMITTED -> PUBLISHED, refusing what is not allowed', async () => {
    let r = await submit(graph, t.iom, { title: 'Workflow walk' });
    // Only the secretariat reviews.
    expectError((await review(graph, t.iom, r.id, r.version, 'PUBLISH')).body, 'FORBIDDEN');
    expectError((await review(graph, t.mex, r.id, r.version, 'PUBLISH')).body, 'FORBIDDEN');
    expectError((await review(graph, '', r.id, r.version, 'PUBLISH')).body, 'UNAUTHENTICATED');
    let res = await review(graph, t.secretariat, r.id, r.version, 'START_REVIEW');
    r = res.body.data.reviewResource;
    expect(r).toMatchObject({ reviewStatus: 'UNDER_REVIEW', version: 2 });
    expectError((await review(graph, t.secretariat, r.id, r.version, 'START_REVIEW')).body, 'CONFLICT');
    expectError((await review(graph, t.secretariat, r.id, r.version, 'REQUEST_CHANGES')).body, 'BAD_USER_INPUT', 'input.comment');
    res = await review(graph, t.secretariat, r.id, r.version, 'REQUEST_CHANGES', 'Please add the implementation dates.');
    r = res.body.data.reviewResource;
    expect(r).toMatchObject({ reviewStatus: 'DRAFT', reviewComment: 'Please add the implementation dates.' });
    // A reviewer cannot publish a draft the submitter has not resubmitted.
    expectError((await review(graph, t.secretariat, r.id, r.version, 'PUBLISH')).body, 'CONFLICT');
    // The submitter sees the comment; another member may not edit; the submitter resubmits with the version read.
    const mine = await graph.query(`query($id: ID!) { resource(id: $id) { reviewComment } }`, { id: r.id }, { token: t.iom });
    expect(mine.body.data.resource.reviewComment).toBe('Please add the implementation dates.');
    expectError((await update(t.unicef, { id: r.id, version: r.version, title: 'Hijack' })).body, 'FORBIDDEN');
    expectError((await update(t.iom, { id: r.id, version: r.version - 1, title: 'Stale' })).body, 'CONFLICT');
    res = await update(t.iom, { id: r.id, version: r.version, summary: 'Now with dates.', submit: true });
    expect(res.body.errors).toBeUndefined();
    r = res.body.data.updateResource;
    expect(r.reviewStatus).toBe('SUBMITTED');
    res = await review(graph, t.secretariat, r.id, r.version, 'PUBLISH');
    r = res.body.data.reviewResource;
    expect(r.reviewStatus).toBe('PUBLISHED');
    expectError((await review(graph, t.secretariat, r.id, r.version, 'PUBLISH')).body, 'CONFLICT');
    expectError((await review(graph, t.secretariat, r.id, r.version, 'REJECT', 'too late')).body, 'CONFLICT');
    // Published: the submitter may no longer edit; the secretariat may. The public does not see the reviewer's comment.
    expectError((await update(t.iom, { id: r.id, version: r.version, title: 'Changed after publication' })).body, 'FORBIDDEN');
    res = await update(t.secretariat, { id: r.id, version: r.version, title: 'Corrected title' });
    expect(res.body.data.updateResource).toMatchObject({ title: 'Corrected title', reviewStatus: 'PUBLISHED', version: r.version + 1 });
    const pub = await graph.query(`query($id: ID!) { resource(id: $id) { title reviewComment } }`, { id: r.id });
    expect(pub.body.data.resource).toEqual({ title: 'Corrected title', reviewComment: null });
  });

  it('rejects with a reason, after which the resource is final for its submitter and the reviewer', async () => {
    const r = await submit(graph, t.mex, { title: 'Will be rejected', geographicScope: 'NATIONAL' });
    expectError((await review(graph, t.secretariat, r.id, r.version, 'REJECT', '   ')).body, 'BAD_USER_INPUT', 'input.comment');
    const res = await review(graph, t.secretariat, r.id, r.version, 'REJECT', 'Not a migration resource.');
    const rejected = res.body.data.reviewResource;
    expect(rejected).toMatchObject({ reviewStatus: 'REJECTED', reviewComment: 'Not a migration resource.' });
    expectError((await review(graph, t.secretariat, r.id, rejected.version, 'START_REVIEW')).body, 'CONFLICT');
    expectError((await update(t.mex, { id: r.id, version: rejected.version, title: 'Try again' })).body, 'FORBIDDEN');
    expectError((await update(t.phl, { id: r.id, version: rejected.version, title: 'Not mine' })).body, 'FORBIDDEN');
  });
});

describe('anonymous readers never see unpublished resources', () => {
  const unpublished: string[] = [];
  const WORD = 'xylophonic';
  beforeAll(async () => {
    const base = { title: `${WORD} unpublished`, objectives: [7], geographicScope: 'NATIONAL', countries: ['MEX'], languages: ['fr'], publishers: ['iom'] };
    unpublished.push((await submit(graph, t.iom, { ...base, draft: true })).id);
    unpublished.push((await submit(graph, t.iom, base)).id);
    const underReview = await submit(graph, t.mex, { ...base, publishers: [] });
    unpublished.push((await review(graph, t.secretariat, underReview.id, underReview.version, 'START_REVIEW')).body.data.reviewResource.id);
    const rejected = await submit(graph, t.iom, base);
    unpublished.push((await review(graph, t.secretariat, rejected.id, rejected.version, 'REJECT', 'no')).body.data.reviewResource.id);
    await published(graph, t, base);
  });

  const facetsOf = `totalCount edges { node { id reviewStatus } } facets { objectives { objective { number } count } types { type count } languages { language count } regions { region count } publishers { publisher { id } count } }`;

  it('through Query.resources, Query.resource, the nested connections and their facet counts', async () => {
    const db = kr();
    const publishedCount = async (table: string, column: string, value: string | number) =>
      Number((await db('resources').join(`${table} as l`, 'l.resource_seq', 'resources.seq').where(`l.${column}`, value).where('review_status', 'PUBLISHED').count({ n: '*' }).first())!.n);
    const allCount = async (table: string, column: string, value: string | number) =>
      Number((await db('resources').join(`${table} as l`, 'l.resource_seq', 'resources.seq').where(`l.${column}`, value).count({ n: '*' }).first())!.n);
    const query = `{
      resources(first: 100, filter: { search: "${WORD}" }) { ${facetsOf} }
      statuses: resources(first: 100, filter: { reviewStatuses: [DRAFT, SUBMITTED, UNDER_REVIEW, REJECTED] }) { ${facetsOf} }
      objective(number: 7) { resources(first: 100) { ${facetsOf} } }
      organization(id: "iom") { resources(first: 100) { ${facetsOf} } }
      country(iso3: "MEX") { resources(first: 100) { ${facetsOf} } }
      objectives { number resources(first: 1, filter: { languages: ["fr"] }) { totalCount facets { types { count } } } }
    }`;
    const anon = (await graph.query(query)).body;
    expect(anon.errors).toBeUndefined();
    const d = anon.data;
    const everyNode = [d.resources, d.statuses, d.objective.resources, d.organization.resources, d.country.resources].flatMap((c: any) => c.edges.map((e: any) => e.node));
    expect(everyNode.every((n: any) => n.reviewStatus === 'PUBLISHED')).toBe(true);
    expect(everyNode.filter((n: any) => unpublished.includes(n.id))).toEqual([]);
    expect(d.resources.totalCount).toBe(1);
    expect(d.statuses.totalCount).toBe(0);
    expect(d.statuses.facets).toEqual({ objectives: [], types: [], languages: [], regions: [], publishers: [] });
    // Totals and facets count only published resources.
    expect(d.objective.resources.totalCount).toBe(await publishedCount('resource_objectives', 'objective_number', 7));
    expect(d.organization.resources.totalCount).toBe(await publishedCount('resource_publishers', 'organization_id', 'iom'));
    expect(d.country.resources.totalCount).toBe(await publishedCount('resource_countries', 'iso3', 'MEX'));
    expect(d.objective.resources.totalCount).toBeLessThan(await allCount('resource_objectives', 'objective_number', 7));
    for (const c of [d.resources, d.objective.resources, d.organization.resources, d.country.resources]) {
      expect(c.facets.types.reduce((s: number, f: any) => s + f.count, 0)).toBe(c.totalCount);
    }
    expect(d.country.resources.facets.languages.find((f: any) => f.language === 'fr').count).toBe(
      Number((await db('resources').where('review_status', 'PUBLISHED')
        .whereIn('seq', db('resource_countries').select('resource_seq').where('iso3', 'MEX'))
        .whereIn('seq', db('resource_languages').select('resource_seq').where('language', 'fr')).count({ n: '*' }).first())!.n),
    );
    const o7 = d.objectives.find((o: any) => o.number === 7).resources;
    expect(o7.facets.types.reduce((s: number, f: any) => s + f.count, 0)).toBe(o7.totalCount);
    // One by id: null for every unpublished one.
    for (const id of unpublished) {
      const { body } = await graph.query('query($id: ID!) { resource(id: $id) { id } }', { id });
      expect(body.data.resource).toBeNull();
    }
  });

  it('while submitters see their own and the secretariat sees all', async () => {
    const q = `{ resources(first: 100, filter: { search: "${WORD}" }) { totalCount edges { node { id reviewStatus } } } }`;
    const iom = (await graph.query(q, {}, { token: t.iom })).body.data.resources;
    expect(iom.totalCount).toBe(4); // its draft, submission and rejection, and the published one
    const mex = (await graph.query(q, {}, { token: t.mex })).body.data.resources;
    expect(mex.totalCount).toBe(2); // its resource under review and the published one
    const unicef = (await graph.query(q, {}, { token: t.unicef })).body.data.resources;
    expect(unicef.totalCount).toBe(1);
    const sec = (await graph.query(q, {}, { token: t.secretariat })).body.data.resources;
    expect(sec.totalCount).toBe(5);
    const mine = (await graph.query(`{ resources(first: 100, filter: { mine: true, search: "${WORD}" }) { totalCount } }`, {}, { token: t.mex })).body.data.resources;
    expect(mine.totalCount).toBe(1);
  });
});

describe('per-parent lists and tag browsing follow every write', () => {
  // These read the tag tables' copies of each resource's published flag and date (not `resources`), so every write
  // must keep the copies in step, in its own transaction.
  const update = (as: string, input: Record<string, unknown>) =>
    graph.query(`mutation($input: UpdateResourceInput!) { updateResource(input: $input) { ${RESOURCE_FIELDS} } }`, { input }, { token: as });
  const lists = async (token?: string) => {
    const { body } = await graph.query(`{
      o12: objective(number: 12) { resources(first: 100) { totalCount edges { node { id } } } }
      o13: objective(number: 13) { resources(first: 1, sort: OLDEST) { totalCount edges { node { id publishedOn } } } }
      org: organization(id: "iom") { resources(first: 100) { totalCount edges { node { id } } } }
      browse: resources(first: 100, filter: { objectives: [12], languages: ["pt"] }) { totalCount edges { node { id } } }
    }`, {}, { token });
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    const ids = (c: any) => c.resources?.edges.map((e: any) => e.node.id) ?? c.edges.map((e: any) => e.node.id);
    return { o12: ids(body.data.o12), o12Total: body.data.o12.resources.totalCount, o13First: body.data.o13.resources.edges[0]?.node, o13Total: body.data.o13.resources.totalCount, org: ids(body.data.org), browse: ids(body.data.browse), browseTotal: body.data.browse.totalCount };
  };

  it('publishing shows a resource to anonymous readers, rejecting keeps it hidden, and date and tag changes move it', async () => {
    const before = await lists();
    const r = await submit(graph, t.iom, { title: 'Sync check', objectives: [12], languages: ['pt'], publishedOn: '2023-03-03' });
    const rejected = await submit(graph, t.iom, { title: 'Sync check rejected', objectives: [12], languages: ['pt'] });
    // Submitted: its submitter sees both under the objective, anonymous readers neither.
    const own = await lists(t.iom);
    expect(own.o12).toEqual(expect.arrayContaining([r.id, rejected.id]));
    expect(own.browse).toEqual(expect.arrayContaining([r.id, rejected.id]));
    let anon = await lists();
    expect([...anon.o12, ...anon.org, ...anon.browse]).not.toContain(r.id);
    expect(anon.o12Total).toBe(before.o12Total);

    expect((await review(graph, t.secretariat, r.id, r.version, 'PUBLISH')).body.errors).toBeUndefined();
    expect((await review(graph, t.secretariat, rejected.id, rejected.version, 'REJECT', 'Out of scope')).body.errors).toBeUndefined();
    anon = await lists();
    expect(anon.o12).toContain(r.id);
    expect(anon.org).toContain(r.id);
    expect(anon.browse).toContain(r.id);
    expect([...anon.o12, ...anon.org, ...anon.browse]).not.toContain(rejected.id);
    expect(anon.o12Total).toBe(before.o12Total + 1);
    expect(anon.browseTotal).toBe(before.browseTotal + 1);

    // The secretariat moves it to objective 13 and dates it before everything else: it leaves 12 and heads 13's oldest.
    const current = (await graph.query('query($id: ID!) { resource(id: $id) { version } }', { id: r.id })).body.data.resource;
    const res = await update(t.secretariat, { id: r.id, version: current.version, objectives: [13], publishedOn: '1990-01-01' });
    expect(res.body.errors).toBeUndefined();
    anon = await lists();
    expect(anon.o12).not.toContain(r.id);
    expect(anon.o12Total).toBe(before.o12Total);
    expect(anon.o13First).toEqual({ id: r.id, publishedOn: '1990-01-01' });
    expect(anon.o13Total).toBe(before.o13Total + 1);
  });
});

describe('filtered searches follow every write', () => {
  // Under a search, PostgreSQL tests filters on `resources.tag_keys` (a copy of the tags, type and scope) and SQLite on
  // the tag tables from the full-text rowid: submitting, publishing and updating must keep those in step.
  const WORD = 'Quokkaweave';
  const found = async (filter: Record<string, unknown>, token?: string) => {
    const { body } = await graph.query(
      'query($filter: ResourceFilter) { resources(filter: $filter, first: 5) { totalCount edges { node { id } } facets { types { type count } } } }',
      { filter: { search: WORD, ...filter } },
      { token },
    );
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    const r = body.data.resources;
    // The total, the page and the facet counts agree, whichever way each is computed.
    expect(r.edges).toHaveLength(r.totalCount);
    expect(r.facets.types.reduce((n: number, f: any) => n + f.count, 0)).toBe(r.totalCount);
    return r.totalCount;
  };
  const filters = (v: { objective: number; principle: string; language: string; country: string; region: string; publisher: string; type: string; scope: string }) => [
    { objectives: [v.objective] }, { principles: [v.principle] }, { languages: [v.language] }, { countries: [v.country] },
    { regions: [v.region] }, { publishers: [v.publisher] }, { types: [v.type] }, { scopes: [v.scope] },
    { objectives: [v.objective], regions: [v.region], types: [v.type] },
  ];
  const kenya = { objective: 5, principle: 'c', language: 'fr', country: 'KEN', region: 'AFRICA', publisher: 'ilo', type: 'POLICY_BRIEF', scope: 'NATIONAL' };
  const japan = { objective: 6, principle: 'd', language: 'es', country: 'JPN', region: 'ASIA', publisher: 'unhcr', type: 'TOOL_OR_GUIDANCE', scope: 'LOCAL' };

  it('finds a resource under each filter value it has, and after an update only under the new ones', async () => {
    const r = await submit(graph, t.iom, {
      title: `${WORD} policy brief`, objectives: [5], principles: ['c'], languages: ['fr'], countries: ['KEN'],
      publishers: ['ilo'], type: 'POLICY_BRIEF', geographicScope: 'NATIONAL',
    });
    for (const f of filters(kenya)) {
      expect(await found(f), JSON.stringify(f)).toBe(0); // submitted, not published: anonymous readers miss it
      expect(await found(f, t.iom), JSON.stringify(f)).toBe(1); // its submitter finds it
    }
    const { body } = await review(graph, t.secretariat, r.id, r.version, 'PUBLISH');
    expect(body.errors).toBeUndefined();
    for (const f of filters(kenya)) expect(await found(f), JSON.stringify(f)).toBe(1);
    for (const f of filters(japan)) expect(await found(f), JSON.stringify(f)).toBe(0);

    const updated = await graph.query(
      `mutation($input: UpdateResourceInput!) { updateResource(input: $input) { ${RESOURCE_FIELDS} } }`,
      { input: { id: r.id, version: body.data.reviewResource.version, objectives: [6], principles: ['d'], languages: ['es'], countries: ['JPN'], publishers: ['unhcr'], type: 'TOOL_OR_GUIDANCE', geographicScope: 'LOCAL' } },
      { token: t.secretariat },
    );
    expect(updated.body.errors).toBeUndefined();
    for (const f of filters(japan)) expect(await found(f), JSON.stringify(f)).toBe(1);
    for (const f of filters(kenya)) expect(await found(f), JSON.stringify(f)).toBe(0);
  });
});

describe('SupportRequest.relatedPractices', () => {
  it('lists published practices sharing an objective: same country first, then same region, then the rest', async () => {
    const practice = (over: Record<string, unknown>) => ({ type: 'PRACTICE', practice: { completed: true, lessonsLearned: 'Start small.' }, ...over });
    const inMexico = await published(graph, t, practice({ title: 'Mexican remittance practice', objectives: [20], geographicScope: 'NATIONAL', countries: ['MEX'] }), t.mex);
    const inColombia = await published(graph, t, practice({ title: 'Colombian recruitment practice', objectives: [6], geographicScope: 'NATIONAL', countries: ['COL'], publishers: ['ilo'] }));
    const notPractice = await published(graph, t, { title: 'Mexican report', objectives: [20], geographicScope: 'NATIONAL', countries: ['MEX'], publishers: ['iom'] });
    const otherObjective = await published(graph, t, practice({ title: 'Mexican border practice', objectives: [11], geographicScope: 'NATIONAL', countries: ['MEX'] }), t.mex);
    const draft = await submit(graph, t.mex, practice({ title: 'Unpublished Mexican practice', objectives: [20], geographicScope: 'NATIONAL', countries: ['MEX'] }));
    const created = await graph.query(
      `mutation($input: SubmitSupportRequestInput!) { submitSupportRequest(input: $input) { id } }`,
      { input: { idempotencyKey: 'kr-related-1', country: 'MEX', requestingAuthority: 'Ministry', channel: 'GOVERNMENT_DIRECT', title: 'Remittances and recruitment', description: 'Help.', objectives: [20, 6], supportKinds: ['PEER_EXCHANGE'], contact: { name: 'A Person', email: 'a@example.org' } } },
      { token: t.mex },
    );
    expect(created.body.errors).toBeUndefined();
    const id = created.body.data.submitSupportRequest.id;
    const nodes: any[] = [];
    let after: string | null = null;
    do {
      const { body }: any = await graph.query(
        `query($id: ID!, $after: String) { supportRequest(id: $id) { relatedPractices(first: 25, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id type reviewStatus regions countries { iso3 } objectives { number } } } } } }`,
        { id, after },
        { token: t.mex },
      );
      expect(body.errors).toBeUndefined();
      const conn = body.data.supportRequest.relatedPractices;
      nodes.push(...conn.edges.map((e: any) => e.node));
      after = conn.pageInfo.hasNextPage ? conn.pageInfo.endCursor : null;
    } while (after);
    const ids = nodes.map((n) => n.id);
    expect(ids).toContain(inMexico.id);
    expect(ids).toContain(inColombia.id);
    for (const excluded of [notPractice.id, otherObjective.id, draft.id]) expect(ids).not.toContain(excluded);
    expect(nodes.every((n) => n.type === 'PRACTICE' && n.reviewStatus === 'PUBLISHED')).toBe(true);
    expect(nodes.every((n) => n.objectives.some((o: any) => o.number === 20 || o.number === 6))).toBe(true);
    const tier = (n: any) => (n.countries.some((c: any) => c.iso3 === 'MEX') ? 0 : n.regions.includes('AMERICAS') ? 1 : 2);
    const tiers = nodes.map(tier);
    expect(tiers).toEqual([...tiers].sort());
    expect(new Set(tiers)).toEqual(new Set([0, 1, 2]));
  });
});

describe('bad input', () => {
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
    // A small selection: with nested lists, the gateway's cost limit would refuse first: 100000 before this subgraph.
    const { body } = await graph.query('query($filter: ResourceFilter, $first: Int) { resources(filter: $filter, first: $first) { totalCount edges { cursor } } }', { filter, first });
    expectError(body, 'BAD_USER_INPUT', argument);
    if (argument === 'first') expect(body.errors[0].message).toContain('100');
  });

  it('nested connections refuse a page size over the cap too', async () => {
    const { body } = await graph.query('{ objectives { resources(first: 1000) { totalCount } } }');
    expectError(body, 'BAD_USER_INPUT', 'first');
  });

  it('refuses invalid submissions naming the field, writing nothing', async () => {
    const count = async () => Number((await kr()('resources').count({ n: '*' }).first())!.n);
    const tagCount = async () => Number((await kr()('resource_objectives').count({ n: '*' }).first())!.n);
    const [before, tagsBefore] = [await count(), await tagCount()];
    const bad: [Record<string, unknown>, string][] = [
      [{ title: '' }, 'input.title'],
      [{ objectives: [] }, 'input.objectives'],
      [{ objectives: [1, 30] }, 'input.objectives'],
      [{ languages: ['zz'] }, 'input.languages'],
      [{ url: 'javascript:alert(1)' }, 'input.url'],
      [{ geographicScope: 'NATIONAL' }, 'input.countries'],
      [{ countries: ['MEX', 'NOPE'] }, 'input.countries'],
      [{ publishers: ['iom', 'acme-corp'] }, 'input.publishers'],
      [{ type: 'PRACTICE' }, 'input.practice'],
      [{ practice: { completed: true } }, 'input.practice'],
      [{ type: 'PRACTICE', practice: { completed: true, implementedFrom: '2024-01-01', implementedUntil: '2023-01-01' } }, 'input.practice.implementedUntil'],
    ];
    for (const [overrides, argument] of bad) {
      const { body } = await graph.query(
        'mutation($input: SubmitResourceInput!) { submitResource(input: $input) { id } }',
        { input: { title: 'Valid title', summary: 'Valid.', type: 'TRAINING', languages: ['en'], publishedOn: '2024-01-01', objectives: [1], geographicScope: 'GLOBAL', ...overrides } },
        { token: t.iom },
      );
      expectError(body, 'BAD_USER_INPUT', argument);
    }
    expect(await count()).toBe(before);
    expect(await tagCount()).toBe(tagsBefore);
  });

  it('refuses an update with a bad field without changing anything, and a stale version with CONFLICT', async () => {
    const r = await submit(graph, t.iom, { title: 'Stays as it is', objectives: [3] });
    const { body } = await graph.query(
      'mutation($input: UpdateResourceInput!) { updateResource(input: $input) { id } }',
      { input: { id: r.id, version: r.version, title: 'Changed', objectives: [99] } },
      { token: t.iom },
    );
    expectError(body, 'BAD_USER_INPUT', 'input.objectives');
    const after = await graph.query(`query($id: ID!) { resource(id: $id) { title version objectives { number } } }`, { id: r.id }, { token: t.iom });
    expect(after.body.data.resource).toEqual({ title: 'Stays as it is', version: 1, objectives: [{ number: 3 }] });
    const ok = await graph.query('mutation($input: UpdateResourceInput!) { updateResource(input: $input) { version } }', { input: { id: r.id, version: 1, title: 'First edit' } }, { token: t.iom });
    expect(ok.body.data.updateResource.version).toBe(2);
    const stale = await graph.query('mutation($input: UpdateResourceInput!) { updateResource(input: $input) { version } }', { input: { id: r.id, version: 1, title: 'Second edit from an old read' } }, { token: t.iom });
    expectError(stale.body, 'CONFLICT');
    const missing = await graph.query('mutation($input: UpdateResourceInput!) { updateResource(input: $input) { version } }', { input: { id: 'kr-nope', version: 1, title: 'Any title' } }, { token: t.iom });
    expectError(missing.body, 'NOT_FOUND');
  });
});
