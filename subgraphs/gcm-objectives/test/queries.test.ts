// The gcm-objectives subgraph's own root fields, queried on the subgraph alone: the Compact's objectives, guiding
// principles, adoption facts and review calendar, with their filters, paging and errors.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countStatementsOf, startTestSubgraph, type TestSubgraph } from '@unmn/shared/testing';
import { gcmObjectivesSubgraph } from '../src/index.js';

let sub: TestSubgraph;
beforeAll(async () => {
  sub = await startTestSubgraph(gcmObjectivesSubgraph);
});
afterAll(() => sub?.stop());

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

describe('objectives', () => {
  it('lists the 23 objectives in order with their GCM titles, paragraphs and Hub terms', async () => {
    const { objectives } = await sub.data('{ objectives { number title shortTitle paragraph hubTermId hubUrl provenance { confidence sample } createdAt updatedAt } }');
    expect(objectives.map((o: any) => o.number)).toEqual(Array.from({ length: 23 }, (_, i) => i + 1));
    expect(objectives[0].title).toBe('Collect and utilize accurate and disaggregated data as a basis for evidence-based policies');
    expect(objectives[19]).toMatchObject({
      number: 20, shortTitle: 'Remittances', paragraph: 36, hubTermId: 298, hubUrl: 'https://migrationnetwork.un.org/taxonomy/term/298',
    });
    expect(objectives[22].title).toBe('Strengthen international cooperation and global partnerships for safe, orderly and regular migration');
    for (const o of objectives) {
      expect(o.paragraph).toBe(16 + o.number);
      expect(o.hubTermId).toBe(278 + o.number);
      // The titles are facts from the Compact, not sample data.
      expect(o.provenance).toEqual({ confidence: 'CERTAIN', sample: false });
      expect(o.createdAt).toMatch(ISO_INSTANT);
      expect(Date.parse(o.updatedAt)).toBeGreaterThanOrEqual(Date.parse(o.createdAt));
    }
  });

  it('filters by numbers (answered in objective order), by text (case-insensitive, literal) and together with AND', async () => {
    const numbers = async (filter: unknown) =>
      (await sub.data('query($f: ObjectiveFilter) { objectives(filter: $f) { number } }', { f: filter })).objectives.map((o: any) => o.number);
    expect(await numbers({ numbers: [20, 3, 11] })).toEqual([3, 11, 20]);
    expect(await numbers({ search: 'REMITTANCE' })).toEqual([20]);
    expect(await numbers({ search: 'trafficking' })).toEqual([10]);
    // A search for a SQL wildcard finds the character, not everything.
    expect(await numbers({ search: '%' })).toEqual([]);
    expect(await numbers({ search: 'migrants', numbers: [1, 2, 3, 4] })).toEqual([3, 4]);
    expect(await numbers({ numbers: [] })).toEqual([]);
  });

  it('syncs changes with updatedSince: only records changed after the instant', async () => {
    const q = 'query($f: ObjectiveFilter) { objectives(filter: $f) { number updatedAt } }';
    const all = (await sub.data(q)).objectives;
    const latest = all.map((o: any) => o.updatedAt).sort().at(-1);
    expect((await sub.data(q, { f: { updatedSince: latest } })).objectives).toEqual([]);
    const later = new Date(Date.parse(latest) + 1000).toISOString();
    await sub.db.knex('objectives').where('number', 8).update({ updated_at: later });
    try {
      expect((await sub.data(q, { f: { updatedSince: latest } })).objectives).toEqual([{ number: 8, updatedAt: later }]);
      expect((await sub.data(q, { f: { updatedSince: later } })).objectives).toEqual([]);
    } finally {
      await sub.db.knex('objectives').where('number', 8).update({ updated_at: latest });
    }
  });

  it.each([0, 24, -3])('refuses objective number %i in a filter with BAD_USER_INPUT naming the argument and the range', async (n) => {
    const message = await sub.badInput('query($n: Int!) { objectives(filter: { numbers: [5, $n] }) { title } }', { n });
    expect(message).toContain('filter.numbers');
    expect(message).toContain('1 to 23');
    expect(message).toContain(String(n));
  });

  it('refuses an updatedSince that is not an instant, naming what is wrong', async () => {
    const message = await sub.badInput('query($f: ObjectiveFilter) { objectives(filter: $f) { number } }', { f: { updatedSince: 'last tuesday' } });
    expect(message).toMatch(/DateTime must be ISO 8601.*last tuesday/);
  });

  it('answers one objective by number, and null for a number that is not one', async () => {
    const found = await sub.data('{ remittances: objective(number: 20) { title shortTitle } none: objective(number: 99) { title } zero: objective(number: 0) { title } }');
    expect(found).toEqual({
      remittances: { title: 'Promote faster, safer and cheaper transfer of remittances and foster financial inclusion of migrants', shortTitle: 'Remittances' },
      none: null,
      zero: null,
    });
  });
});

describe('guiding principles', () => {
  it('lists the ten principles (a) to (j) with their codes, in GCM order, with timestamps', async () => {
    const { guidingPrinciples } = await sub.data('{ guidingPrinciples { letter code title summary provenance { confidence } createdAt updatedAt } }');
    expect(guidingPrinciples.map((p: any) => p.letter)).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j']);
    expect(guidingPrinciples.map((p: any) => p.code)).toEqual([
      'PEOPLE_CENTRED', 'INTERNATIONAL_COOPERATION', 'NATIONAL_SOVEREIGNTY', 'RULE_OF_LAW_AND_DUE_PROCESS', 'SUSTAINABLE_DEVELOPMENT',
      'HUMAN_RIGHTS', 'GENDER_RESPONSIVE', 'CHILD_SENSITIVE', 'WHOLE_OF_GOVERNMENT', 'WHOLE_OF_SOCIETY',
    ]);
    expect(guidingPrinciples[0]).toMatchObject({ code: 'PEOPLE_CENTRED', title: 'People-centred' });
    // (e) to (g) come from the Hub's labels and a gist, not the text itself: marked, never silently certain.
    expect(guidingPrinciples.filter((p: any) => p.provenance.confidence === 'LIKELY').map((p: any) => p.letter)).toEqual(['e', 'f', 'g']);
    // Every record carries its timestamps (delta sync and audit rely on them), principles included.
    for (const p of guidingPrinciples) {
      expect(p.summary.length).toBeGreaterThan(0);
      expect(p.createdAt).toMatch(ISO_INSTANT);
      expect(Date.parse(p.updatedAt)).toBeGreaterThanOrEqual(Date.parse(p.createdAt));
    }
  });

  it('answers one principle by letter in any case, and null for an unknown letter', async () => {
    const found = await sub.data('{ lower: guidingPrinciple(letter: "h") { code } upper: guidingPrinciple(letter: "H") { code } none: guidingPrinciple(letter: "k") { code } word: guidingPrinciple(letter: "child") { code } }');
    expect(found).toEqual({ lower: { code: 'CHILD_SENSITIVE' }, upper: { code: 'CHILD_SENSITIVE' }, none: null, word: null });
  });
});

describe('the Compact', () => {
  it('states its adoption facts and structure, each section with its provenance', async () => {
    const { compact } = await sub.data(`{ compact {
      name resolution adoptedOn adoptedAt endorsedOn objectiveCount guidingPrincipleCount reviewForumIntervalYears
      sections { title firstParagraph lastParagraph provenance { confidence sample } }
      provenance { confidence sample }
    } }`);
    expect(compact).toMatchObject({
      name: 'Global Compact for Safe, Orderly and Regular Migration',
      resolution: 'A/RES/73/195',
      adoptedOn: '2018-12-10',
      adoptedAt: 'Marrakech, Morocco',
      endorsedOn: '2018-12-19',
      objectiveCount: 23,
      guidingPrincipleCount: 10,
      reviewForumIntervalYears: 4,
      provenance: { confidence: 'CERTAIN', sample: false },
    });
    const objectives = compact.sections.find((s: any) => s.title === 'Objectives and commitments');
    // The objectives' paragraphs are 16 + number: 17 to 39.
    expect(objectives).toEqual({ title: 'Objectives and commitments', firstParagraph: 17, lastParagraph: 39, provenance: { confidence: 'CERTAIN', sample: false } });
    // The end of follow-up and review (para 54) was not seen in a source: the API says so.
    expect(compact.sections.find((s: any) => s.title === 'Follow-up and review').provenance.confidence).toBe('LIKELY');
    for (const s of compact.sections) expect(s.firstParagraph).toBeLessThanOrEqual(s.lastParagraph);
  });
});

describe('reviews', () => {
  const BY_YEAR = ['rr-ece-2020', 'rr-eca-2021', 'rr-eclac-2021', 'rr-escap-2021', 'imrf-2022', 'rr-ece-2024', 'imrf-2026'];
  const PAGE = `query($f: ReviewFilter, $first: Int, $after: String) { reviews(filter: $f, first: $first, after: $after) {
    totalCount edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  } }`;
  const ids = async (filter: unknown) => (await sub.data(PAGE, { f: filter })).reviews.edges.map((e: any) => e.node.id);

  it('lists every review ordered by year, then id', async () => {
    const { reviews } = await sub.data(PAGE);
    expect(reviews.totalCount).toBe(7);
    expect(reviews.edges.map((e: any) => e.node.id)).toEqual(BY_YEAR);
    expect(reviews.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: false });
  });

  it('pages with cursors, every review once and in order', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const { reviews }: any = await sub.data(PAGE, { first: 3, after });
      expect(reviews.totalCount).toBe(7);
      expect(reviews.pageInfo.hasPreviousPage).toBe(after !== null);
      expect(reviews.pageInfo.startCursor).toBe(reviews.edges[0].cursor);
      expect(reviews.pageInfo.endCursor).toBe(reviews.edges.at(-1).cursor);
      seen.push(...reviews.edges.map((e: any) => e.node.id));
      after = reviews.pageInfo.hasNextPage ? reviews.pageInfo.endCursor : null;
      pages += 1;
    } while (after);
    expect(pages).toBe(3);
    expect(seen).toEqual(BY_YEAR);
    const empty = (await sub.data(PAGE, { first: 0 })).reviews;
    expect(empty).toMatchObject({ totalCount: 7, edges: [], pageInfo: { hasNextPage: true, startCursor: null, endCursor: null } });
  });

  it('filters by kind, regional commission and years, combined with AND', async () => {
    expect(await ids({ kinds: ['INTERNATIONAL_MIGRATION_REVIEW_FORUM'] })).toEqual(['imrf-2022', 'imrf-2026']);
    expect(await ids({ regionalCommission: 'ece' })).toEqual(['rr-ece-2020', 'rr-ece-2024']);
    expect(await ids({ fromYear: 2022, toYear: 2024 })).toEqual(['imrf-2022', 'rr-ece-2024']);
    expect(await ids({ kinds: ['REGIONAL_REVIEW'], fromYear: 2021, toYear: 2021 })).toEqual(['rr-eca-2021', 'rr-eclac-2021', 'rr-escap-2021']);
    expect(await ids({ regionalCommission: 'ece', fromYear: 2021 })).toEqual(['rr-ece-2024']);
    expect(await ids({ regionalCommission: 'no-such-commission' })).toEqual([]);
    expect(await ids({ updatedSince: new Date(Date.now() + 60_000).toISOString() })).toEqual([]);
    const filtered = (await sub.data(PAGE, { f: { kinds: ['REGIONAL_REVIEW'] }, first: 2 })).reviews;
    // totalCount counts the filter's matches, not the page.
    expect(filtered.totalCount).toBe(5);
    expect(filtered.pageInfo.hasNextPage).toBe(true);
  });

  it('gives each review its dates, place, convener, organizers and provenance, null where unknown', async () => {
    const { reviews } = await sub.data(`{ reviews(first: 100) { edges { node {
      id kind title year startDate endDate location convenedBy regionalCommission { id } organizers { id } provenance { confidence note }
    } } } }`);
    const byId = Object.fromEntries(reviews.edges.map((e: any) => [e.node.id, e.node]));
    expect(byId['rr-eclac-2021']).toMatchObject({
      kind: 'REGIONAL_REVIEW', startDate: '2021-04-26', endDate: '2021-04-28', regionalCommission: { id: 'eclac' }, organizers: [{ id: 'eclac' }, { id: 'iom' }],
    });
    expect(byId['imrf-2022']).toMatchObject({
      kind: 'INTERNATIONAL_MIGRATION_REVIEW_FORUM', startDate: '2022-05-17', endDate: '2022-05-20', location: 'UN Headquarters, New York',
      convenedBy: 'President of the General Assembly', regionalCommission: null, organizers: [],
    });
    // A review whose dates were not found says so rather than inventing them.
    expect(byId['rr-eca-2021']).toMatchObject({ startDate: null, endDate: null, provenance: { confidence: 'LIKELY' } });
    expect(byId['rr-eca-2021'].provenance.note).toMatch(/exact dates not found/);
  });

  it('refuses a page size above the cap and a cursor it did not issue, naming the argument', async () => {
    expect(await sub.badInput('{ reviews(first: 101) { totalCount } }')).toMatch(/first.*0 to 100/);
    expect(await sub.badInput('{ reviews(first: -1) { totalCount } }')).toMatch(/first.*0 to 100/);
    expect(await sub.badInput('{ reviews(after: "not-a-cursor") { totalCount } }')).toMatch(/after.*not a cursor returned by this list/);
  });

  it('answers organizers of one review or of every review with the same number of statements', async () => {
    const q = 'query($first: Int) { reviews(first: $first) { edges { node { id organizers { id } regionalCommission { id } } } } }';
    const one = await countStatementsOf(sub.db, () => sub.data(q, { first: 1 }));
    const all = await countStatementsOf(sub.db, async () => expect((await sub.data(q, { first: 100 })).reviews.edges).toHaveLength(7));
    // The page, its total, and the organizers of every review on it in one statement.
    expect(one).toBe(3);
    expect(all).toBe(one);
  });
});
