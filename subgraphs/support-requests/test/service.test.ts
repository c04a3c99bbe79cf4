// The support-requests subgraph alone over HTTP, as its team runs it: no gateway, no other subgraph. Its federation
// contract (_service, _entities), its root fields, the fields it adds to Country, Objective and Organization, and the
// SQL statements each costs.
import { readFileSync } from 'node:fs';
import { parse, print, visit, type DefinitionNode, type DocumentNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countStatementsOf, startTestSubgraph, type TestSubgraph } from '@unmn/shared/testing';
import { ORGANIZATION_IDS } from '@unmn/shared/organizations';
import { supportRequestsSubgraph } from '../src/index.js';
import { PUBLIC, STATUSES, VIEWERS, requestAt, type Who } from './fixtures.js';

let sub: TestSubgraph;
const db = () => sub.db.knex;
beforeAll(async () => {
  sub = await startTestSubgraph(supportRequestsSubgraph);
});
afterAll(() => sub?.stop());

const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) {
  ... on SupportRequest { id code status viewerAccess description objectives { number } partners { organization { id } } }
  ... on Country { iso3 supportRequests(first: 100) { totalCount edges { node { id country { iso3 } } } } }
  ... on Objective { number supportRequests(first: 100) { totalCount edges { node { id objectives { number } } } } }
  ... on Organization { id supportRequests(first: 100) { totalCount edges { node { id partners { organization { id } } } } } }
} }`;

/** Runs `query` as `who` and returns the body and the SQL statements it cost; fails the test on any GraphQL error. */
async function measured(query: string, variables: Record<string, unknown>, who: Who = 'anonymous') {
  let body: any;
  const statements = await countStatementsOf(sub.db, async () => ({ body } = await sub.query(query, variables, { viewer: VIEWERS[who] })));
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return { data: body.data, statements };
}

describe('_service: the contract the gateway composes', () => {
  // Descriptions may come back as block or plain strings; the text is what counts.
  const definitions = (doc: DocumentNode) => {
    const plain = visit(doc, { StringValue: (node) => ({ ...node, block: false }) });
    return new Map(plain.definitions.filter((d): d is DefinitionNode & { name: { value: string } } => 'name' in d && !!d.name).map((d) => [d.name.value, d]));
  };

  it('publishes schema.graphql exactly: every type, field, argument, description and @key, plus only federation\'s own additions', async () => {
    const { body } = await sub.query('{ _service { sdl } }');
    expect(body.errors).toBeUndefined();
    const published = definitions(parse(body.data._service.sdl));
    const source = definitions(parse(readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8')));
    expect(source.size).toBeGreaterThan(40);
    for (const [name, definition] of source) {
      const got = published.get(name);
      expect(got, `${name} is missing from _service`).toBeDefined();
      if (name === 'Query') {
        // Federation adds its two entry points to Query; everything else on Query is ours, unchanged.
        const ours = { ...got!, fields: (got as any).fields.filter((f: any) => !['_entities', '_service'].includes(f.name.value)) };
        expect(print(ours), name).toBe(print(definition));
      } else {
        expect(print(got!), name).toBe(print(definition));
      }
    }
    const extra = [...published.keys()].filter((name) => !source.has(name));
    expect(extra.filter((name) => !/^(_|link|federation__|key$|shareable$)/.test(name))).toEqual([]);
    // The entities this subgraph answers _entities for: its own SupportRequest and the three it extends.
    expect(body.data._service.sdl).toMatch(/union _Entity = Country \| GuidingPrinciple \| Objective \| Organization \| SupportRequest/);
    expect(body.data._service.sdl).toMatch(/type SupportRequest[^{]*@key\(fields: "id"\)/);
    expect(body.data._service.sdl).toMatch(/type GuidingPrinciple[^{]*@key\(fields: "letter", resolvable: false\)/);
  });
});

describe('_entities', () => {
  it('resolves SupportRequest references the viewer may see, null for unknown and hidden ones, in the same statements for 1 or many', async () => {
    const rows = await db()('support_requests').select('id', 'code', 'status');
    const publicRows = rows.filter((r) => PUBLIC.includes(r.status));
    const hidden = rows.find((r) => !PUBLIC.includes(r.status))!;
    expect(publicRows.length).toBeGreaterThan(10);
    const ref = (id: string) => ({ __typename: 'SupportRequest', id });

    const one = await measured(ENTITIES, { r: [ref(publicRows[0].id)] });
    const many = await measured(ENTITIES, { r: [...publicRows.map((r) => ref(r.id)), ref('no-such-request'), ref(hidden.id)] });
    expect(one.data._entities).toEqual([expect.objectContaining({ id: publicRows[0].id, code: publicRows[0].code, viewerAccess: 'SUMMARY', description: null })]);
    // Answers line up with the representations; unknown and not-visible ids are null, indistinguishably.
    expect(many.data._entities.map((e: any) => e?.id ?? null)).toEqual([...publicRows.map((r) => r.id), null, null]);
    for (const e of many.data._entities.slice(0, -2)) expect(e.objectives.length).toBeGreaterThan(0);
    // Rows, partners (for access and the field) and objectives: one batch each, whatever the number of references.
    expect(many.statements).toBe(one.statements);
    expect(many.statements).toBeLessThanOrEqual(3);

    // The secretariat sees the hidden request in full through the same path.
    const full = await measured(ENTITIES, { r: [ref(hidden.id)] }, 'secretariat');
    expect(full.data._entities[0]).toMatchObject({ id: hidden.id, status: hidden.status, viewerAccess: 'FULL', description: expect.any(String) });
  });

  it('adds supportRequests to Country, Objective and Organization references, batched across parents', async () => {
    const countries = (await db()('support_requests').distinct('country_iso3').orderBy('country_iso3')).map((r) => r.country_iso3 as string);
    expect(countries.length).toBeGreaterThan(5);
    const reps = [
      ...countries.map((iso3) => ({ __typename: 'Country', iso3 })),
      ...Array.from({ length: 23 }, (_, i) => ({ __typename: 'Objective', number: i + 1 })),
      ...[...ORGANIZATION_IDS].map((id) => ({ __typename: 'Organization', id })),
    ];
    const { data } = await measured(ENTITIES, { r: reps }, 'secretariat');
    expect(data._entities).toHaveLength(reps.length);

    const requestsOf = async (table: string, column: string) =>
      new Map((await db()(table).select({ key: column }).count({ n: '*' }).groupBy(column)).map((r: any) => [String(r.key), Number(r.n)]));
    const byCountry = await requestsOf('support_requests', 'country_iso3');
    const byObjective = await requestsOf('support_request_objectives', 'objective_number');
    const byOrganization = await requestsOf('support_request_partners', 'organization_id');
    let linked = 0;
    for (const e of data._entities) {
      const [key, expected, belongs] =
        'iso3' in e ? [e.iso3, byCountry, (n: any) => n.country.iso3 === e.iso3]
        : 'number' in e ? [String(e.number), byObjective, (n: any) => n.objectives.some((o: any) => o.number === e.number)]
        : [e.id, byOrganization, (n: any) => n.partners.some((p: any) => p.organization.id === e.id)];
      expect(e.supportRequests.totalCount, key).toBe(expected.get(key) ?? 0);
      expect(e.supportRequests.edges.length, key).toBe(Math.min(100, expected.get(key) ?? 0));
      for (const { node } of e.supportRequests.edges) expect(belongs(node), `${key} lists ${node.id}`).toBe(true);
      linked += e.supportRequests.totalCount;
    }
    expect(linked).toBeGreaterThan(0);
  });

  it('costs the same statements for one parent or all 23 objectives (or 1 and 20 requests per objective)', async () => {
    const q = `query($r: [_Any!]!, $first: Int) { _entities(representations: $r) { ... on Objective { number
      supportRequests(first: $first) { totalCount edges { node { id objectives { number } partners { organization { id } } } } } } } }`;
    const all = Array.from({ length: 23 }, (_, i) => ({ __typename: 'Objective', number: i + 1 }));
    const one = await measured(q, { r: all.slice(19, 20), first: 1 }, 'secretariat');
    const few = await measured(q, { r: all, first: 1 }, 'secretariat');
    const many = await measured(q, { r: all, first: 20 }, 'secretariat');
    expect(many.data._entities.reduce((n: number, o: any) => n + o.supportRequests.edges.length, 0))
      .toBeGreaterThan(few.data._entities.reduce((n: number, o: any) => n + o.supportRequests.edges.length, 0));
    expect(few.statements).toBe(one.statements);
    expect(many.statements).toBe(few.statements);
    // page and count for every parent at once, then one batch for objectives and one for partners.
    expect(many.statements).toBeLessThanOrEqual(4);
  });

  it('answers an extended entity it does not own with its key, never null: the owning subgraph decides whether it exists', async () => {
    // The gateway only sends keys the owner returned; an unknown one simply has no requests here.
    const { data } = await measured(ENTITIES, { r: [{ __typename: 'Country', iso3: 'XXX' }, { __typename: 'Objective', number: 99 }, { __typename: 'Organization', id: 'acme' }] }, 'secretariat');
    expect(data._entities.map((e: any) => e.supportRequests.totalCount)).toEqual([0, 0, 0]);
    expect(data._entities.map((e: any) => e.iso3 ?? e.number ?? e.id)).toEqual(['XXX', 99, 'acme']);
  });

  it('upper-cases Country references like every other subgraph, so a lower-case reference finds the country\'s requests', async () => {
    const { data } = await measured(
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on Country { iso3 supportRequests(first: 100) { totalCount } } } }',
      { r: [{ __typename: 'Country', iso3: 'mex' }, { __typename: 'Country', iso3: 'MEX' }] },
    );
    const [lower, upper] = data._entities;
    expect(lower.iso3).toBe('MEX');
    expect(upper.supportRequests.totalCount).toBeGreaterThan(0);
    expect(lower.supportRequests.totalCount).toBe(upper.supportRequests.totalCount);
  });
});

describe('root fields', () => {
  it('supportRequest by id and supportRequestByCode (case and spaces ignored); null for an unknown one', async () => {
    const made = await requestAt(sub, 'PARTNERS_IDENTIFIED');
    const { data } = await measured(
      `query($id: ID!, $code: String!, $loose: String!) { byId: supportRequest(id: $id) { id code status }
         byCode: supportRequestByCode(code: $code) { id } loose: supportRequestByCode(code: $loose) { id }
         missing: supportRequest(id: "no-such-request") { id } missingCode: supportRequestByCode(code: "SR-1999-0001") { id } }`,
      { id: made.id, code: made.code, loose: `  ${made.code.toLowerCase()} ` },
    );
    expect(data).toEqual({
      byId: { id: made.id, code: made.code, status: 'PARTNERS_IDENTIFIED' },
      byCode: { id: made.id },
      loose: { id: made.id },
      missing: null,
      missingCode: null,
    });
  });

  it('supportRequests pages through everything in a stable order, each sort as documented, and caps first at 100', async () => {
    const total = Number((await db()('support_requests').count({ n: '*' }).first())?.n);
    const PAGE = `query($sort: SupportRequestSort, $first: Int, $after: String) { supportRequests(sort: $sort, first: $first, after: $after) {
      totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { cursor node { id code submittedAt updatedAt } } } }`;
    for (const sort of [undefined, 'SUBMITTED_ASC', 'UPDATED_ASC', 'UPDATED_DESC', 'CODE_ASC']) {
      const whole = (await measured(PAGE, { sort, first: 100 }, 'secretariat')).data.supportRequests;
      expect(whole.totalCount).toBe(total);
      expect(whole.edges).toHaveLength(Math.min(100, total));
      const nodes = whole.edges.map((e: any) => e.node);
      const key = (n: any) => (sort === 'CODE_ASC' ? n.code : sort?.startsWith('UPDATED') ? n.updatedAt : n.submittedAt);
      const sorted = [...nodes].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
      expect(nodes.map(key), String(sort)).toEqual((sort?.endsWith('_ASC') ? sorted : sorted.reverse()).map(key));
      // Walking in pages of 7 gives the same sequence, with no gaps or repeats.
      const walked: string[] = [];
      let after: string | null = null;
      do {
        const page: any = (await measured(PAGE, { sort, first: 7, after }, 'secretariat')).data.supportRequests;
        expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
        walked.push(...page.edges.map((e: any) => e.node.id));
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      } while (after && walked.length < 100);
      expect(walked.slice(0, nodes.length), String(sort)).toEqual(nodes.map((n: any) => n.id));
    }
    const { body } = await sub.query('{ supportRequests(first: 101) { totalCount } }');
    expect(body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first' });
  });

  it('supportRequests filters by status, country, region, objective, partner and kind, and counts only what the viewer may see', async () => {
    const Q = `query($f: SupportRequestFilter) { supportRequests(filter: $f, first: 100) { totalCount edges { node { id status country { iso3 }
      objectives { number } partners { organization { id } } supportKinds } } } }`;
    const rows = await db()('support_requests').select('id', 'status', 'country_iso3', 'region');
    const ids = async (f: Record<string, unknown>, who: Who = 'secretariat') => {
      const c = (await measured(Q, { f }, who)).data.supportRequests;
      expect(c.totalCount).toBe(c.edges.length);
      return new Set(c.edges.map((e: any) => e.node.id));
    };
    const where = (test: (r: any) => boolean) => new Set(rows.filter(test).map((r) => r.id));
    expect(await ids({ statuses: ['COMPLETED', 'DECLINED'] })).toEqual(where((r) => ['COMPLETED', 'DECLINED'].includes(r.status)));
    expect(await ids({ countries: ['MEX'] })).toEqual(where((r) => r.country_iso3 === 'MEX'));
    expect(await ids({ regions: ['AFRICA'] })).toEqual(where((r) => r.region === 'AFRICA'));
    const onObjective20 = new Set((await db()('support_request_objectives').where('objective_number', 20)).map((r) => r.request_id));
    expect(await ids({ objectives: [20] })).toEqual(onObjective20);
    const iomMatched = new Set((await db()('support_request_partners').where('organization_id', 'iom')).map((r) => r.request_id));
    expect(await ids({ partners: ['iom'] })).toEqual(iomMatched);
    const funding = new Set((await db()('support_request_kinds').where('kind', 'FUNDING')).map((r) => r.request_id));
    expect(await ids({ supportKinds: ['FUNDING'] })).toEqual(funding);
    expect(await ids({ regions: ['AFRICA'], statuses: ['COMPLETED'] })).toEqual(where((r) => r.region === 'AFRICA' && r.status === 'COMPLETED'));
    // Anonymous readers get the same filter over public requests only.
    expect(await ids({ regions: ['AFRICA'] }, 'anonymous')).toEqual(where((r) => r.region === 'AFRICA' && PUBLIC.includes(r.status)));
  });

  it('supportRequests updatedSince returns only the requests changed after the instant', async () => {
    const since = new Date().toISOString();
    const made = await requestAt(sub, 'PARTNERS_IDENTIFIED');
    const { data } = await measured('query($s: DateTime) { supportRequests(filter: { updatedSince: $s }, sort: UPDATED_ASC, first: 100) { edges { node { id updatedAt } } } }', { s: since }, 'secretariat');
    const ids = data.supportRequests.edges.map((e: any) => e.node.id);
    expect(ids).toContain(made.id);
    expect(data.supportRequests.edges.every((e: any) => e.node.updatedAt > since)).toBe(true);
    expect(ids.some((id: string) => id.startsWith('sample-'))).toBe(false);
  });

  it('listing 50 requests with country, objectives and partners runs the same few statements as listing 5, for every viewer', async () => {
    const LIST = `query($first: Int) { supportRequests(first: $first, sort: SUBMITTED_ASC) { totalCount edges { node {
      id code status country { iso3 } objectives { number } guidingPrinciples { letter } supportKinds
      partners { isLead response organization { id } } } } } }`;
    for (const who of ['secretariat', 'anonymous', 'iom'] as const) {
      const small = await measured(LIST, { first: 5 }, who);
      const large = await measured(LIST, { first: 50 }, who);
      expect(large.data.supportRequests.edges.length, who).toBe(who === 'secretariat' ? 50 : Math.min(50, large.data.supportRequests.totalCount));
      expect(large.data.supportRequests.edges.length).toBeGreaterThan(5);
      // page + count, then one batch each for objectives, principles, kinds and partners.
      expect(large.statements, who).toBe(small.statements);
      expect(large.statements, who).toBeLessThanOrEqual(6);
    }
  });
});

describe('analyst aggregates', () => {
  const STATS = `query($f: SupportRequestFilter) { supportRequestStats(filter: $f) { total byStatus { status count } byRegion { region count }
    byObjective { objective { number } count } bySupportKind { kind count }
    daysToPartnersIdentified { count medianDays p90Days } daysToCompletion { count medianDays p90Days } } }`;

  it('counts what the viewer may see by status, region, objective and kind, with median and p90 days, in five statements', async () => {
    const { data, statements } = await measured(STATS, {}, 'secretariat');
    const s = data.supportRequestStats;
    expect(statements).toBeLessThanOrEqual(5);
    const rows = await db()('support_requests').select('id', 'status', 'region');
    expect(s.total).toBe(rows.length);
    expect(s.byStatus.map((x: any) => x.status)).toEqual(STATUSES);
    for (const { status, count } of s.byStatus) expect(count, status).toBe(rows.filter((r) => r.status === status).length);
    for (const { region, count } of s.byRegion) expect(count, region).toBe(rows.filter((r) => r.region === region).length);
    expect(s.byRegion.every((r: any) => r.count > 0)).toBe(true);
    const objectiveRows = await db()('support_request_objectives').where('objective_number', 20);
    expect(s.byObjective.find((o: any) => o.objective.number === 20)).toEqual({ count: objectiveRows.length, objective: { number: 20 } });
    const fundingRows = await db()('support_request_kinds').where('kind', 'FUNDING');
    expect(s.bySupportKind.find((k: any) => k.kind === 'FUNDING').count).toBe(fundingRows.length);
    expect(s.daysToPartnersIdentified.count).toBe((await db()('support_requests').whereNotNull('partners_identified_at')).length);
    expect(s.daysToPartnersIdentified.medianDays).toBeGreaterThan(0);
    expect(s.daysToPartnersIdentified.p90Days).toBeGreaterThanOrEqual(s.daysToPartnersIdentified.medianDays);
    expect(s.daysToCompletion.count).toBe(rows.filter((r) => r.status === 'COMPLETED').length);
    expect(s.daysToCompletion.p90Days).toBeGreaterThanOrEqual(s.daysToCompletion.medianDays);

    // Anonymous readers get the same aggregates over public requests only.
    const anon = (await measured(STATS, {})).data.supportRequestStats;
    expect(anon.total).toBe(rows.filter((r) => PUBLIC.includes(r.status)).length);
    expect(anon.byStatus.filter((x: any) => !PUBLIC.includes(x.status)).every((x: any) => x.count === 0)).toBe(true);

    // Filters apply: one region.
    const africa = (await measured(STATS, { f: { regions: ['AFRICA'] } }, 'secretariat')).data.supportRequestStats;
    expect(africa.total).toBe(rows.filter((r) => r.region === 'AFRICA').length);
  });

  it('the seed has at least 60 sample requests across every region and status, each with a history that ends at its status', async () => {
    const sample = await db()('support_requests').where('sample', true);
    expect(sample.length).toBeGreaterThanOrEqual(60);
    expect(new Set(sample.map((r) => r.status))).toEqual(new Set(STATUSES));
    expect(new Set(sample.map((r) => r.region))).toEqual(new Set(['AFRICA', 'AMERICAS', 'ASIA', 'EUROPE', 'OCEANIA']));
    const events = await db()('support_request_events').whereIn('request_id', sample.map((r) => r.id)).orderBy(['request_id', 'version']);
    for (const r of sample) {
      const mine = events.filter((e) => e.request_id === r.id);
      expect(mine.map((e) => Number(e.version))).toEqual(mine.map((_, i) => i + 1));
      expect(mine.at(-1).to_status).toBe(r.status);
      expect(Number(r.version)).toBe(mine.length);
    }
  });
});
