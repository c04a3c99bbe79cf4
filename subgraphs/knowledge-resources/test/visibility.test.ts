// Who sees what, and that every read path follows every write, straight to this subgraph over HTTP: unpublished
// resources through the root list, `resource`, the lists it adds to Objective, Organization and Country (asked through
// `_entities` as the gateway does) and their facets; the tag tables' and search keys' copies kept in step by every
// write; and SupportRequest.relatedPractices' ranking from the request's country and objectives (@requires).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestSubgraph, type TestSubgraph } from '@unmn/shared/testing';
import { knowledgeResourcesSubgraph } from '../src/index.js';
import { tagKeysSql } from '../src/data/reference/tags.js';
import { ALL_OBJECTIVES, AS, type As, objectiveRefs, published, review, submit, update } from './helpers.js';

let sub: TestSubgraph;
const kr = () => sub.db.knex;
beforeAll(async () => {
  sub = await startTestSubgraph(knowledgeResourcesSubgraph);
});
afterAll(() => sub?.stop());

describe('anonymous readers never see unpublished resources', () => {
  const unpublished: string[] = [];
  const WORD = 'xylophonic';
  beforeAll(async () => {
    const base = { title: `${WORD} unpublished`, objectives: [7], geographicScope: 'NATIONAL', countries: ['MEX'], languages: ['fr'], publishers: ['iom'] };
    unpublished.push((await submit(sub, AS.iom, { ...base, draft: true })).id);
    unpublished.push((await submit(sub, AS.iom, base)).id);
    const underReview = await submit(sub, AS.mex, { ...base, publishers: [] });
    unpublished.push((await review(sub, AS.secretariat, underReview.id, underReview.version, 'START_REVIEW')).body.data.reviewResource.id);
    const rejected = await submit(sub, AS.iom, base);
    unpublished.push((await review(sub, AS.secretariat, rejected.id, rejected.version, 'REJECT', 'no')).body.data.reviewResource.id);
    await published(sub, base);
  });

  const facetsOf = `totalCount edges { node { id reviewStatus } } facets { objectives { objective { number } count } types { type count } languages { language count } regions { region count } publishers { publisher { id } count } }`;

  it('through Query.resources, Query.resource, the nested connections and their facet counts', async () => {
    const db = kr();
    const publishedCount = async (table: string, column: string, value: string | number) =>
      Number((await db('resources').join(`${table} as l`, 'l.resource_seq', 'resources.seq').where(`l.${column}`, value).where('review_status', 'PUBLISHED').count({ n: '*' }).first())!.n);
    const allCount = async (table: string, column: string, value: string | number) =>
      Number((await db('resources').join(`${table} as l`, 'l.resource_seq', 'resources.seq').where(`l.${column}`, value).count({ n: '*' }).first())!.n);
    // What the gateway sends for `objective(number: 7) { resources }`, `organization(id: "iom") { resources }`,
    // `country(iso3: "MEX") { resources }` and `objectives { resources }` once the owners have answered the keys.
    const query = `query($objective: [_Any!]!, $organization: [_Any!]!, $country: [_Any!]!, $objectives: [_Any!]!) {
      resources(first: 100, filter: { search: "${WORD}" }) { ${facetsOf} }
      statuses: resources(first: 100, filter: { reviewStatuses: [DRAFT, SUBMITTED, UNDER_REVIEW, REJECTED] }) { ${facetsOf} }
      objective: _entities(representations: $objective) { ... on Objective { resources(first: 100) { ${facetsOf} } } }
      organization: _entities(representations: $organization) { ... on Organization { resources(first: 100) { ${facetsOf} } } }
      country: _entities(representations: $country) { ... on Country { resources(first: 100) { ${facetsOf} } } }
      objectives: _entities(representations: $objectives) { ... on Objective { number resources(first: 1, filter: { languages: ["fr"] }) { totalCount facets { types { count } } } } }
    }`;
    const anon = (await sub.query(query, {
      objective: objectiveRefs([7]),
      organization: [{ __typename: 'Organization', id: 'iom' }],
      country: [{ __typename: 'Country', iso3: 'MEX' }],
      objectives: objectiveRefs(ALL_OBJECTIVES),
    })).body;
    expect(anon.errors).toBeUndefined();
    const d = { ...anon.data, objective: anon.data.objective[0], organization: anon.data.organization[0], country: anon.data.country[0] };
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
    // One by id: null for every unpublished one, through `resource` and through `_entities`.
    for (const id of unpublished) {
      const { body } = await sub.query('query($id: ID!) { resource(id: $id) { id } }', { id });
      expect(body.data.resource).toBeNull();
    }
    const refs = (await sub.query('query($r: [_Any!]!) { _entities(representations: $r) { ... on KnowledgeResource { id } } }', { r: unpublished.map((id) => ({ __typename: 'KnowledgeResource', id })) })).body;
    expect(refs.data._entities).toEqual(unpublished.map(() => null));
  });

  it('while submitters see their own and the secretariat sees all', async () => {
    const q = `{ resources(first: 100, filter: { search: "${WORD}" }) { totalCount edges { node { id reviewStatus } } } }`;
    const count = async (viewer: As) => (await sub.query(q, {}, { viewer })).body.data.resources.totalCount;
    expect(await count(AS.iom)).toBe(4); // its draft, submission and rejection, and the published one
    expect(await count(AS.mex)).toBe(2); // its resource under review and the published one
    expect(await count(AS.unicef)).toBe(1);
    expect(await count(AS.fundManager)).toBe(1);
    expect(await count(AS.secretariat)).toBe(5);
    const mine = (await sub.query(`{ resources(first: 100, filter: { mine: true, search: "${WORD}" }) { totalCount } }`, {}, { viewer: AS.mex })).body.data.resources;
    expect(mine.totalCount).toBe(1);
  });
});

describe('per-parent lists and tag browsing follow every write', () => {
  // These read the tag tables' copies of each resource's published flag and date (not `resources`), so every write
  // must keep the copies in step, in its own transaction.
  const lists = async (viewer?: As) => {
    const { body } = await sub.query(`query($o12: [_Any!]!, $o13: [_Any!]!, $org: [_Any!]!) {
      o12: _entities(representations: $o12) { ... on Objective { resources(first: 100) { totalCount edges { node { id } } } } }
      o13: _entities(representations: $o13) { ... on Objective { resources(first: 1, sort: OLDEST) { totalCount edges { node { id publishedOn } } } } }
      org: _entities(representations: $org) { ... on Organization { resources(first: 100) { totalCount edges { node { id } } } } }
      browse: resources(first: 100, filter: { objectives: [12], languages: ["pt"] }) { totalCount edges { node { id } } }
    }`, { o12: objectiveRefs([12]), o13: objectiveRefs([13]), org: [{ __typename: 'Organization', id: 'iom' }] }, { viewer });
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    const [o12, o13, org] = [body.data.o12[0].resources, body.data.o13[0].resources, body.data.org[0].resources];
    const ids = (c: any) => c.edges.map((e: any) => e.node.id);
    return { o12: ids(o12), o12Total: o12.totalCount, o13First: o13.edges[0]?.node, o13Total: o13.totalCount, org: ids(org), browse: ids(body.data.browse), browseTotal: body.data.browse.totalCount };
  };

  it('publishing shows a resource to anonymous readers, rejecting keeps it hidden, and date and tag changes move it', async () => {
    const before = await lists();
    const r = await submit(sub, AS.iom, { title: 'Sync check', objectives: [12], languages: ['pt'], publishedOn: '2023-03-03' });
    const rejected = await submit(sub, AS.iom, { title: 'Sync check rejected', objectives: [12], languages: ['pt'] });
    // Submitted: its submitter sees both under the objective, anonymous readers neither.
    const own = await lists(AS.iom);
    expect(own.o12).toEqual(expect.arrayContaining([r.id, rejected.id]));
    expect(own.browse).toEqual(expect.arrayContaining([r.id, rejected.id]));
    let anon = await lists();
    expect([...anon.o12, ...anon.org, ...anon.browse]).not.toContain(r.id);
    expect(anon.o12Total).toBe(before.o12Total);

    expect((await review(sub, AS.secretariat, r.id, r.version, 'PUBLISH')).body.errors).toBeUndefined();
    expect((await review(sub, AS.secretariat, rejected.id, rejected.version, 'REJECT', 'Out of scope')).body.errors).toBeUndefined();
    anon = await lists();
    expect(anon.o12).toContain(r.id);
    expect(anon.org).toContain(r.id);
    expect(anon.browse).toContain(r.id);
    expect([...anon.o12, ...anon.org, ...anon.browse]).not.toContain(rejected.id);
    expect(anon.o12Total).toBe(before.o12Total + 1);
    expect(anon.browseTotal).toBe(before.browseTotal + 1);

    // The secretariat moves it to objective 13 and dates it before everything else: it leaves 12 and heads 13's oldest.
    const current = (await sub.query('query($id: ID!) { resource(id: $id) { version } }', { id: r.id })).body.data.resource;
    const res = await update(sub, AS.secretariat, { id: r.id, version: current.version, objectives: [13], publishedOn: '1990-01-01' });
    expect(res.body.errors).toBeUndefined();
    anon = await lists();
    expect(anon.o12).not.toContain(r.id);
    expect(anon.o12Total).toBe(before.o12Total);
    expect(anon.o13First).toEqual({ id: r.id, publishedOn: '1990-01-01' });
    expect(anon.o13Total).toBe(before.o13Total + 1);
  });
});

it.skipIf(!process.env.DATABASE_URL)('seeds every resource with the search keys its tags and columns make (PostgreSQL)', async () => {
  // The seeds compute `tag_keys` in the application to write each row once; writes recompute them in SQL.
  const { rows } = await sub.db.knex.raw(`select count(*) as n, count(*) filter (where tag_keys <> '{}' and tag_keys @> (${tagKeysSql()}) and tag_keys <@ (${tagKeysSql()})) as same from resources`);
  expect(Number(rows[0].n)).toBeGreaterThan(100);
  expect(Number(rows[0].same)).toBe(Number(rows[0].n));
});

describe('filtered searches follow every write', () => {
  // Under a search, PostgreSQL tests filters on `resources.tag_keys` (a copy of the tags, type and scope) and SQLite on
  // the tag tables from the full-text rowid: submitting, publishing and updating must keep those in step.
  const WORD = 'Quokkaweave';
  const found = async (filter: Record<string, unknown>, viewer?: As) => {
    const { body } = await sub.query(
      'query($filter: ResourceFilter) { resources(filter: $filter, first: 5) { totalCount edges { node { id } } facets { types { type count } } } }',
      { filter: { search: WORD, ...filter } },
      { viewer },
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
    const r = await submit(sub, AS.iom, {
      title: `${WORD} policy brief`, objectives: [5], principles: ['c'], languages: ['fr'], countries: ['KEN'],
      publishers: ['ilo'], type: 'POLICY_BRIEF', geographicScope: 'NATIONAL',
    });
    for (const f of filters(kenya)) {
      expect(await found(f), JSON.stringify(f)).toBe(0); // submitted, not published: anonymous readers miss it
      expect(await found(f, AS.iom), JSON.stringify(f)).toBe(1); // its submitter finds it
    }
    const { body } = await review(sub, AS.secretariat, r.id, r.version, 'PUBLISH');
    expect(body.errors).toBeUndefined();
    for (const f of filters(kenya)) expect(await found(f), JSON.stringify(f)).toBe(1);
    for (const f of filters(japan)) expect(await found(f), JSON.stringify(f)).toBe(0);

    const updated = await update(sub, AS.secretariat, {
      id: r.id, version: body.data.reviewResource.version, objectives: [6], principles: ['d'], languages: ['es'], countries: ['JPN'],
      publishers: ['unhcr'], type: 'TOOL_OR_GUIDANCE', geographicScope: 'LOCAL',
    });
    expect(updated.body.errors).toBeUndefined();
    for (const f of filters(japan)) expect(await found(f), JSON.stringify(f)).toBe(1);
    for (const f of filters(kenya)) expect(await found(f), JSON.stringify(f)).toBe(0);
  });
});

describe('SupportRequest.relatedPractices', () => {
  it('lists published practices sharing an objective: same country first, then same region, then the rest', async () => {
    const practice = (over: Record<string, unknown>) => ({ type: 'PRACTICE', practice: { completed: true, lessonsLearned: 'Start small.' }, ...over });
    const inMexico = await published(sub, practice({ title: 'Mexican remittance practice', objectives: [20], geographicScope: 'NATIONAL', countries: ['MEX'] }), AS.mex);
    const inColombia = await published(sub, practice({ title: 'Colombian recruitment practice', objectives: [6], geographicScope: 'NATIONAL', countries: ['COL'], publishers: ['ilo'] }));
    const notPractice = await published(sub, { title: 'Mexican report', objectives: [20], geographicScope: 'NATIONAL', countries: ['MEX'], publishers: ['iom'] });
    const otherObjective = await published(sub, practice({ title: 'Mexican border practice', objectives: [11], geographicScope: 'NATIONAL', countries: ['MEX'] }), AS.mex);
    const draft = await submit(sub, AS.mex, practice({ title: 'Unpublished Mexican practice', objectives: [20], geographicScope: 'NATIONAL', countries: ['MEX'] }));
    // What the gateway sends once support-requests has answered the request's country and objectives (@requires).
    const representation = { __typename: 'SupportRequest', id: 'sr-kr-related-1', country: { iso3: 'MEX' }, objectives: [{ number: 20 }, { number: 6 }] };
    const nodes: any[] = [];
    let after: string | null = null;
    do {
      const { body }: any = await sub.query(
        `query($r: [_Any!]!, $after: String) { _entities(representations: $r) { ... on SupportRequest { relatedPractices(first: 25, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id type reviewStatus regions countries { iso3 } objectives { number } } } } } } }`,
        { r: [representation], after },
        { viewer: AS.mex },
      );
      expect(body.errors).toBeUndefined();
      const conn = body.data._entities[0].relatedPractices;
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
