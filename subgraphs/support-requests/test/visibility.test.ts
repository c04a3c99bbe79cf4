// Who sees what (README "Reads"): the secretariat everything in full; the submitting country and matched partners
// their requests in full; everyone else a public summary of requests with partners identified, restricted fields null;
// the rest not at all. Checked for every persona through every path the gateway can reach this subgraph by.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestSubgraph, type TestSubgraph } from '@unmn/shared/testing';
import { knownCountryCodes } from '@unmn/shared/countries';
import { ORGANIZATION_IDS } from '@unmn/shared/organizations';
import { supportRequestsSubgraph } from '../src/index.js';
import { PUBLIC, STATUSES, VIEWERS, requestAt, type Who } from './fixtures.js';

let sub: TestSubgraph;
const db = () => sub.db.knex;
beforeAll(async () => {
  sub = await startTestSubgraph(supportRequestsSubgraph);
  // Every status beyond the seed, including requests created through the API (Mexico's, matched to IOM and ILO).
  for (const s of STATUSES) await requestAt(sub, s);
});
afterAll(() => sub?.stop());

const RESTRICTED = 'requestingAuthority description contact { name email phone } priority assessment { notes } history { kind comment actor { subject } }';
const NODE = `id status viewerAccess ${RESTRICTED}`;
const RESTRICTED_FIELDS = ['requestingAuthority', 'description', 'contact', 'priority', 'assessment', 'history'];

/** Every response `who` can get that carries requests: the root list (every page), by id and code, and _entities. */
async function everyPath(who: Who) {
  const viewer = VIEWERS[who];
  const q = async (query: string, variables: Record<string, unknown> = {}) => {
    const { body } = await sub.query(query, variables, { viewer });
    expect(body.errors, `${who}: ${JSON.stringify(body.errors)}`).toBeUndefined();
    return body;
  };
  const all = await db()('support_requests').select('id', 'code');
  const responses: any[] = [];
  const paths: Record<string, Set<string>> = {};
  const collect = (path: string, ids: string[]) => ids.forEach((id) => (paths[path] ??= new Set()).add(id));

  // 1. The root list, every page.
  let after: string | null = null;
  do {
    const body: any = await q(`query($after: String) { supportRequests(first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { ${NODE} } } } }`, { after });
    responses.push(body);
    collect('list', body.data.supportRequests.edges.map((e: any) => e.node.id));
    after = body.data.supportRequests.pageInfo.hasNextPage ? body.data.supportRequests.pageInfo.endCursor : null;
  } while (after);
  // 2. One by id and one by code, for every request that exists.
  const one = await q(`{ ${all.map((r, i) => `r${i}: supportRequest(id: "${r.id}") { ${NODE} } c${i}: supportRequestByCode(code: "${r.code}") { id }`).join(' ')} }`);
  responses.push(one);
  collect('byId', all.flatMap((_, i) => (one.data[`r${i}`] ? [one.data[`r${i}`].id] : [])));
  collect('byCode', all.flatMap((_, i) => (one.data[`c${i}`] ? [one.data[`c${i}`].id] : [])));
  // 3. _entities as the gateway asks: every request, and under every country, objective and organization.
  const entities = await q(`query($r: [_Any!]!) { _entities(representations: $r) { ... on SupportRequest { ${NODE} } } }`, { r: all.map((r) => ({ __typename: 'SupportRequest', id: r.id })) });
  responses.push(entities);
  collect('entities', entities.data._entities.filter(Boolean).map((e: any) => e.id));
  const parents = [
    ...knownCountryCodes().map((iso3) => ({ __typename: 'Country', iso3 })),
    ...Array.from({ length: 23 }, (_, i) => ({ __typename: 'Objective', number: i + 1 })),
    ...[...ORGANIZATION_IDS].map((id) => ({ __typename: 'Organization', id })),
  ];
  const under = await q(
    `query($r: [_Any!]!) { _entities(representations: $r) { ... on Country { supportRequests(first: 100) { edges { node { ${NODE} } } } }
       ... on Objective { supportRequests(first: 100) { edges { node { ${NODE} } } } }
       ... on Organization { supportRequests(first: 100) { edges { node { ${NODE} } } } } } }`,
    { r: parents },
  );
  responses.push(under);
  for (const [i, p] of parents.entries()) collect(p.__typename, under.data._entities[i].supportRequests.edges.map((e: any) => e.node.id));
  return { responses, paths };
}

/** What `who` should see of each stored request, from the rule in the README (not from the code under test). */
async function expectedAccess(who: Who): Promise<Map<string, 'FULL' | 'SUMMARY'>> {
  const viewer: any = VIEWERS[who];
  const rows = await db()('support_requests').select('id', 'status', 'country_iso3');
  const partners = await db()('support_request_partners').select('request_id', 'organization_id');
  const access = new Map<string, 'FULL' | 'SUMMARY'>();
  for (const r of rows) {
    const own =
      viewer.role === 'secretariat' ||
      (viewer.role === 'country' && r.country_iso3 === viewer.countryIso3) ||
      (viewer.role === 'member' && partners.some((p) => p.request_id === r.id && p.organization_id === viewer.organizationId));
    if (own) access.set(r.id, 'FULL');
    else if (PUBLIC.includes(r.status)) access.set(r.id, 'SUMMARY');
  }
  return access;
}

describe('what each viewer sees, through every path', () => {
  const WHO: Who[] = ['anonymous', 'fundManager', 'steeringCommittee', 'phl', 'unicef', 'mex', 'iom', 'ilo', 'secretariat'];

  it.each(WHO)('%s: exactly the requests it may see, in full or as a summary, on every path', async (who) => {
    const access = await expectedAccess(who);
    const rows = await db()('support_requests').select('id', 'status', 'assessment_notes');
    const notes = new Map(rows.map((r) => [r.id, r.assessment_notes ?? null]));
    // The fixture made sure each case exists: something hidden (except for the secretariat), something shown.
    expect(access.size).toBeGreaterThan(0);
    if (who !== 'secretariat') expect(access.size).toBeLessThan(rows.length);
    if (['mex', 'iom', 'ilo', 'secretariat'].includes(who)) expect([...access.values()]).toContain('FULL');

    const { responses, paths } = await everyPath(who);
    const visible = new Set(access.keys());
    expect(paths.list, 'root list').toEqual(visible);
    expect(paths.byId, 'by id').toEqual(visible);
    expect(paths.byCode, 'by code').toEqual(visible);
    expect(paths.entities, '_entities').toEqual(visible);
    // Every visible request is under its country and each of its objectives; under an organization only when matched.
    expect(paths.Country, 'under countries').toEqual(visible);
    expect(paths.Objective, 'under objectives').toEqual(visible);
    const matched = new Set((await db()('support_request_partners').distinct('request_id')).map((r) => r.request_id));
    expect(paths.Organization ?? new Set(), 'under organizations').toEqual(new Set([...visible].filter((id) => matched.has(id))));

    const seen = new Set<string>();
    const walk = (v: any) => {
      if (Array.isArray(v)) return v.forEach(walk);
      if (v && typeof v === 'object') {
        if ('viewerAccess' in v) {
          seen.add(v.id);
          const expected = access.get(v.id);
          expect(v.viewerAccess, `${who} reads ${v.id} (${v.status})`).toBe(expected);
          if (expected === 'SUMMARY') {
            expect(PUBLIC).toContain(v.status);
            for (const f of RESTRICTED_FIELDS) expect(v[f], `${who}: ${v.id}.${f}`).toBeNull();
          } else {
            for (const f of ['requestingAuthority', 'description', 'contact', 'priority']) expect(v[f], `${who}: ${v.id}.${f}`).not.toBeNull();
            expect(v.history.length, `${who}: ${v.id}.history`).toBeGreaterThan(0);
            expect(v.assessment?.notes ?? null, `${who}: ${v.id}.assessment`).toBe(notes.get(v.id));
          }
        }
        Object.values(v).forEach(walk);
      }
    };
    responses.forEach((body) => walk(body.data));
    expect(seen).toEqual(visible);

    if (!['country', 'member', 'secretariat'].includes(VIEWERS[who].role)) {
      // Belt and braces: no stored restricted text appears anywhere in what these viewers got.
      const text = JSON.stringify(responses);
      for (const r of await db()('support_requests').select('contact_email', 'description', 'assessment_notes', 'requesting_authority')) {
        expect(text).not.toContain(r.contact_email);
        expect(text).not.toContain(r.description);
        if (r.assessment_notes) expect(text).not.toContain(r.assessment_notes);
      }
    }
  });

  it('the aggregates count only what the viewer may see', async () => {
    for (const who of ['anonymous', 'mex', 'iom', 'secretariat'] as const) {
      const { body } = await sub.query('{ supportRequestStats { total byStatus { status count } } }', {}, { viewer: VIEWERS[who] });
      expect(body.errors).toBeUndefined();
      const access = await expectedAccess(who);
      expect(body.data.supportRequestStats.total, who).toBe(access.size);
      const rows = (await db()('support_requests').select('id', 'status')).filter((r) => access.has(r.id));
      for (const { status, count } of body.data.supportRequestStats.byStatus) expect(count, `${who} ${status}`).toBe(rows.filter((r) => r.status === status).length);
    }
  });
});
