// The knowledge-resources subgraph alone over HTTP, as its team runs it: no gateway, no other subgraph. Its federation
// contract (`_service`), every entity it resolves through `_entities` as the gateway calls it, and the cost of those
// calls in SQL statements, which must not grow with the number of representations.
import { readFileSync } from 'node:fs';
import { parse, type DefinitionNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contractOf, countStatementsOf, startTestSubgraph, type TestSubgraph } from '@unmn/shared/testing';
import { knowledgeResourcesSubgraph } from '../src/index.js';
import { ALL_OBJECTIVES, AS, ENTITIES, entities, objectiveRefs, published, submit } from './helpers.js';

let sub: TestSubgraph;
beforeAll(async () => {
  sub = await startTestSubgraph(knowledgeResourcesSubgraph);
});
afterAll(() => sub?.stop());

/** Runs a query and returns its body and the SQL statements this subgraph ran for it. */
async function measured(query: string, variables: Record<string, unknown>, viewer?: typeof AS[keyof typeof AS]) {
  let body: any;
  const statements = await countStatementsOf(sub.db, async () => ({ body } = await sub.query(query, variables, { viewer })));
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return { body, statements };
}

describe('_service { sdl }', () => {
  const named = (defs: readonly DefinitionNode[]) => new Map(defs.filter((d): d is DefinitionNode & { name: { value: string } } => 'name' in d && !!d.name).map((d) => [d.name.value, d]));

  it('publishes exactly the types, fields, arguments, descriptions and directives of schema.graphql', async () => {
    const { body } = await sub.query('{ _service { sdl } }');
    expect(body.errors).toBeUndefined();
    const published = contractOf(body.data._service.sdl);
    const declared = contractOf(readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8'));
    expect(published).toEqual(declared);
    expect(Object.keys(published)).toEqual(expect.arrayContaining(['KnowledgeResource', 'Query', 'Mutation', 'ResourceFilter']));
  });

  it('declares its entity keys, the @requires of relatedPractices and the federation imports', async () => {
    const { sdl } = (await sub.query('{ _service { sdl } }')).body.data._service;
    const doc = parse(sdl);
    const types = named(doc.definitions) as Map<string, any>;
    const args = (d: any) => Object.fromEntries(d.arguments.map((a: any) => [a.name.value, a.value.value]));
    const keys = (type: string) => types.get(type).directives.filter((d: any) => d.name.value === 'key').map(args);
    expect(keys('KnowledgeResource')).toEqual([{ fields: 'id' }]);
    expect(keys('Objective')).toEqual([{ fields: 'number' }]);
    expect(keys('Organization')).toEqual([{ fields: 'id' }]);
    expect(keys('Country')).toEqual([{ fields: 'iso3' }]);
    expect(keys('SupportRequest')).toEqual([{ fields: 'id' }]);
    expect(keys('GuidingPrinciple')).toEqual([{ fields: 'letter', resolvable: false }]);
    const field = (type: string, name: string) => types.get(type).fields.find((f: any) => f.name.value === name);
    expect(field('SupportRequest', 'relatedPractices').directives.map((d: any) => [d.name.value, args(d)])).toEqual([['requires', { fields: 'country { iso3 } objectives { number }' }]]);
    for (const external of ['country', 'objectives']) expect(field('SupportRequest', external).directives.map((d: any) => d.name.value)).toEqual(['external']);
    expect(sdl).toContain('@link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@external", "@requires"])');
    // Every type with a key is in _Entity (federation lists GuidingPrinciple too; its key says the gateway never asks).
    expect(types.get('_Entity').types.map((t: any) => t.name.value).sort()).toEqual(['Country', 'GuidingPrinciple', 'KnowledgeResource', 'Objective', 'Organization', 'SupportRequest']);
  });
});

describe('_entities: KnowledgeResource', () => {
  const SELECTION = '... on KnowledgeResource { id title reviewStatus objectives { number } publishers { id } }';
  const refs = (ids: string[]) => ids.map((id) => ({ __typename: 'KnowledgeResource', id }));
  let publishedIds: string[];
  let submittedId: string;

  beforeAll(async () => {
    const ids = await sub.db.knex('resources').where('review_status', 'PUBLISHED').orderBy('seq').limit(10).pluck('id');
    publishedIds = ids;
    submittedId = (await submit(sub, AS.iom, { title: 'Entity not yet published', objectives: [4], publishers: ['ilo'] })).id;
  });

  it('resolves references in order, with null for unknown ids, in the same statements for 1 and for 10', async () => {
    const one = await measured(ENTITIES(SELECTION), { r: refs([publishedIds[0]]) });
    expect(one.body.data._entities).toHaveLength(1);
    expect(one.body.data._entities[0]).toMatchObject({ id: publishedIds[0], reviewStatus: 'PUBLISHED' });
    expect(one.body.data._entities[0].objectives.length).toBeGreaterThan(0);

    const order = [publishedIds[3], 'kr-does-not-exist', ...publishedIds.slice(4).reverse(), publishedIds[0], publishedIds[1]];
    const many = await measured(ENTITIES(SELECTION), { r: refs(order) });
    expect(many.body.data._entities.map((e: any) => e?.id ?? null)).toEqual(order.map((id) => (id === 'kr-does-not-exist' ? null : id)));
    // The row and its tags for every node come from one statement each, however many there are.
    expect(many.statements).toBe(one.statements);
    expect(one.statements).toBeLessThanOrEqual(2);
  });

  it('is null for an unpublished resource unless the viewer is its submitter or the secretariat', async () => {
    const r = refs([submittedId, publishedIds[0]]);
    for (const viewer of [AS.anonymous, AS.unicef, AS.mex, AS.fundManager]) {
      const [hidden, visible] = await entities(sub, r, SELECTION, viewer);
      expect(hidden, JSON.stringify(viewer)).toBeNull();
      expect(visible.id).toBe(publishedIds[0]);
    }
    for (const viewer of [AS.iom, AS.secretariat]) {
      const [own] = await entities(sub, r, SELECTION, viewer);
      expect(own).toEqual({ id: submittedId, title: 'Entity not yet published', reviewStatus: 'SUBMITTED', objectives: [{ number: 4 }], publishers: [{ id: 'iom' }, { id: 'ilo' }] });
    }
  });
});

describe('_entities: the resources this subgraph adds to Objective, Organization and Country', () => {
  const CONN = 'resources(first: 3) { totalCount edges { node { id publishedOn provenance { sample } objectives { number } publishers { id } countries { iso3 } } } }';

  it('Objective.resources lists resources tagged with the objective, real first then newest, in the same statements for 1 and 23 objectives', async () => {
    const selection = `... on Objective { number ${CONN} }`;
    const one = await measured(ENTITIES(selection), { r: objectiveRefs([20]) });
    const all = await measured(ENTITIES(selection), { r: objectiveRefs(ALL_OBJECTIVES) });
    expect(all.statements).toBe(one.statements);
    expect(one.statements).toBeLessThanOrEqual(4); // the pages' keys, their counts, their rows, their tags
    const objectives = all.body.data._entities;
    expect(objectives.map((o: any) => o.number)).toEqual(ALL_OBJECTIVES);
    expect(objectives[19]).toEqual(one.body.data._entities[0]);
    for (const o of objectives) {
      const nodes = o.resources.edges.map((e: any) => e.node);
      expect(nodes).toHaveLength(3);
      expect(nodes.every((n: any) => n.objectives.some((x: any) => x.number === o.number))).toBe(true);
      // The default order: real resources (provenance.sample false) first, each group newest first.
      const realFirst = (a: any, b: any) => Number(a.provenance.sample) - Number(b.provenance.sample) || b.publishedOn.localeCompare(a.publishedOn);
      expect(nodes).toEqual([...nodes].sort(realFirst));
    }
    // Each total is what the database holds for that objective among published resources.
    const published = await sub.db.knex('resource_objectives as ro').join('resources as r', 'r.seq', 'ro.resource_seq')
      .where('r.review_status', 'PUBLISHED').select('ro.objective_number as n').count({ c: '*' }).groupBy('ro.objective_number');
    const expected = new Map(published.map((p: any) => [Number(p.n), Number(p.c)]));
    expect(objectives.map((o: any) => o.resources.totalCount)).toEqual(ALL_OBJECTIVES.map((n) => expected.get(n) ?? 0));
  });

  it('Organization.resources lists what the organization published, in the same statements for 1 and 5 organizations', async () => {
    const selection = `... on Organization { id ${CONN} }`;
    const ids = ['iom', 'unhcr', 'ilo', 'unicef', 'who'];
    const one = await measured(ENTITIES(selection), { r: [{ __typename: 'Organization', id: 'iom' }] });
    const many = await measured(ENTITIES(selection), { r: ids.map((id) => ({ __typename: 'Organization', id })) });
    expect(many.statements).toBe(one.statements);
    expect(one.statements).toBeLessThanOrEqual(4);
    const orgs = many.body.data._entities;
    expect(orgs.map((o: any) => o.id)).toEqual(ids);
    expect(orgs[0]).toEqual(one.body.data._entities[0]);
    for (const o of orgs) {
      expect(o.resources.totalCount, o.id).toBeGreaterThan(0);
      expect(o.resources.edges.every((e: any) => e.node.publishers.some((p: any) => p.id === o.id)), o.id).toBe(true);
    }
  });

  it('Country.resources lists resources covering the country, in the same statements for 1 and 4 countries; a lower-case key is the same country', async () => {
    const selection = `... on Country { iso3 ${CONN} }`;
    const codes = ['MEX', 'KEN', 'PHL', 'DEU'];
    const one = await measured(ENTITIES(selection), { r: [{ __typename: 'Country', iso3: 'MEX' }] });
    const many = await measured(ENTITIES(selection), { r: codes.map((iso3) => ({ __typename: 'Country', iso3 })) });
    expect(many.statements).toBe(one.statements);
    expect(one.statements).toBeLessThanOrEqual(4);
    const countries = many.body.data._entities;
    expect(countries.map((c: any) => c.iso3)).toEqual(codes);
    expect(countries[0]).toEqual(one.body.data._entities[0]);
    expect(countries[0].resources.totalCount).toBeGreaterThan(0);
    for (const c of countries) expect(c.resources.edges.every((e: any) => e.node.countries.some((x: any) => x.iso3 === c.iso3)), c.iso3).toBe(true);
    const [lower] = await entities(sub, [{ __typename: 'Country', iso3: 'mex' }], selection);
    expect(lower).toEqual(one.body.data._entities[0]);
  });

  it('a key this subgraph has no resources for is the entity with an empty list (the owning subgraph decides it exists)', async () => {
    // Objective, Organization and Country belong to other subgraphs; the gateway sends only keys they returned, so
    // this subgraph answers every key with its (possibly empty) list rather than null.
    const [objective, org, country] = await entities(sub, [
      { __typename: 'Objective', number: 99 },
      { __typename: 'Organization', id: 'no-such-org' },
      { __typename: 'Country', iso3: 'ATA' },
    ], '... on Objective { number resources { totalCount edges { cursor } } } ... on Organization { id resources { totalCount } } ... on Country { iso3 resources { totalCount } }');
    expect(objective).toEqual({ number: 99, resources: { totalCount: 0, edges: [] } });
    expect(org).toEqual({ id: 'no-such-org', resources: { totalCount: 0 } });
    expect(country).toEqual({ iso3: 'ATA', resources: { totalCount: 0 } });
  });
});

describe('_entities: SupportRequest.relatedPractices with its @requires fields', () => {
  const SELECTION = '... on SupportRequest { id relatedPractices(first: 5) { totalCount edges { node { id type reviewStatus objectives { number } countries { iso3 } } } } }';
  const request = (id: string, iso3: string, objectives: number[]) => ({ __typename: 'SupportRequest', id, country: { iso3 }, objectives: objectives.map((number) => ({ number })) });

  it('answers one request or many in the same statements, each from its own country and objectives', async () => {
    await published(sub, { title: 'Kenyan practice on objective 5', type: 'PRACTICE', practice: { completed: true }, objectives: [5], geographicScope: 'NATIONAL', countries: ['KEN'], publishers: ['iom'] });
    const one = await measured(ENTITIES(SELECTION), { r: [request('sr-1', 'KEN', [5])] });
    const many = await measured(ENTITIES(SELECTION), { r: [request('sr-1', 'KEN', [5]), request('sr-2', 'MEX', [20, 6]), request('sr-3', 'PHL', [11])] });
    expect(many.statements).toBe(one.statements);
    expect(one.statements).toBeLessThanOrEqual(3); // the pages' keys and counts, their rows, their tags
    const [ken, mex, phl] = many.body.data._entities;
    expect(ken).toEqual(one.body.data._entities[0]);
    expect(ken.relatedPractices.edges[0].node.countries).toEqual([{ iso3: 'KEN' }]);
    for (const [r, wanted] of [[ken, [5]], [mex, [20, 6]], [phl, [11]]] as const) {
      expect(r.relatedPractices.totalCount, r.id).toBeGreaterThan(0);
      for (const { node } of r.relatedPractices.edges) {
        expect(node).toMatchObject({ type: 'PRACTICE', reviewStatus: 'PUBLISHED' });
        expect(node.objectives.some((o: any) => (wanted as readonly number[]).includes(o.number)), `${r.id} ${node.id}`).toBe(true);
      }
    }
  });

  it('is empty for a request with no objectives', async () => {
    const [r] = await entities(sub, [request('sr-none', 'MEX', [])], SELECTION);
    expect(r.relatedPractices).toEqual({ totalCount: 0, edges: [] });
  });
});

describe('root fields', () => {
  it('resources lists what the caller may see and resource reads one by id', async () => {
    const { body } = await sub.query('{ resources(first: 2) { totalCount edges { node { id reviewStatus } } } }');
    expect(body.errors).toBeUndefined();
    const total = Number((await sub.db.knex('resources').where('review_status', 'PUBLISHED').count({ n: '*' }).first())!.n);
    expect(body.data.resources.totalCount).toBe(total);
    const first = body.data.resources.edges[0].node;
    expect(first.reviewStatus).toBe('PUBLISHED');
    // Real resources come first by default.
    const one = await sub.query('query($id: ID!) { resource(id: $id) { id reviewStatus provenance { sample } } }', { id: first.id });
    expect(one.body.data.resource).toEqual({ id: first.id, reviewStatus: 'PUBLISHED', provenance: { sample: false } });
    const none = await sub.query('{ resource(id: "kr-nope") { id } }');
    expect(none.body).toEqual({ data: { resource: null } });
    const secretariat = await sub.query('{ resources(first: 0) { totalCount } }', {}, { viewer: AS.secretariat });
    expect(secretariat.body.data.resources.totalCount).toBe(await sub.db.knex('resources').count({ n: '*' }).first().then((r: any) => Number(r.n)));
    expect(secretariat.body.data.resources.totalCount).toBeGreaterThan(total);
  });
});
