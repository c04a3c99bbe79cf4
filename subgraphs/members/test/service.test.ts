// The members subgraph alone over HTTP, as its team runs it: no gateway, no other subgraph. Its contract with the
// gateway (_service, _entities), the identity it accepts and the viewer it answers with.
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IDENTITY_HEADER, signIdentity } from '@unmn/shared/viewer';
import { countStatementsOf, postGraphQL, startTestSubgraph, type TestSubgraph, type TestViewer } from '@unmn/shared/testing';
import { membersSubgraph } from '../src/index.js';
import { contractOf } from '@unmn/shared/testing';

let sub: TestSubgraph;
beforeAll(async () => {
  sub = await startTestSubgraph(membersSubgraph);
});
afterAll(() => sub?.stop());

/** Resolves representations as the gateway would, returning the entities and the SQL statements they cost. */
async function entities(selection: string, representations: Record<string, unknown>[]) {
  let body: any;
  const query = `query($r: [_Any!]!) { _entities(representations: $r) { ${selection} } }`;
  const statements = await countStatementsOf(sub.db, async () => ({ body } = await sub.query(query, { r: representations })));
  expect(body.errors).toBeUndefined();
  return { entities: body.data._entities as any[], statements };
}

describe('members subgraph alone', () => {
  it('publishes exactly the types of schema.graphql through _service', async () => {
    const { body } = await sub.query('{ _service { sdl } }');
    expect(body.errors).toBeUndefined();
    const published = contractOf(body.data._service.sdl);
    const declared = contractOf(fs.readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8'));
    expect(published).toEqual(declared);
    // The keys every other subgraph refers to Organizations and Countries by.
    expect(body.data._service.sdl).toMatch(/type Organization[^{]*@key\(fields: "id"/);
    expect(body.data._service.sdl).toMatch(/type Country[^{]*@key\(fields: "iso3"/);
    expect(published.Organization).not.toMatch(/resolvable: false/);
    expect(published.Country).not.toMatch(/resolvable: false/);
    // Reference data only: nothing here writes.
    expect(published.Mutation).toBeUndefined();
  });

  it('resolves Organization and Country references through _entities in one statement each', async () => {
    const { entities: found, statements } = await entities('... on Organization { id acronym } ... on Country { iso3 name }', [
      { __typename: 'Organization', id: 'iom' },
      { __typename: 'Organization', id: 'unhcr' },
      { __typename: 'Country', iso3: 'MEX' },
      { __typename: 'Organization', id: 'no-such-org' },
      { __typename: 'Country', iso3: 'XXX' },
    ]);
    expect(found).toEqual([
      { id: 'iom', acronym: 'IOM' },
      { id: 'unhcr', acronym: 'UNHCR' },
      { iso3: 'MEX', name: 'Mexico' },
      null,
      null,
    ]);
    expect(statements).toBe(2);
  });

  it('resolves a Country reference in any case, as the country field does', async () => {
    const { entities: found } = await entities('... on Country { iso3 name }', [{ __typename: 'Country', iso3: 'bol' }]);
    expect(found).toEqual([{ iso3: 'BOL', name: 'Bolivia (Plurinational State of)' }]);
  });

  it('resolves 100 Organizations through _entities with 1 SQL statement, as for one', async () => {
    // Top up to 100 real organizations (marked sample) so every representation finds a row.
    const at = new Date().toISOString();
    const existing = (await sub.db.knex('organizations').orderBy('id').pluck('id')) as string[];
    const extra = Array.from({ length: 100 - existing.length }, (_, i) => ({
      id: `sample-org-${i}`, acronym: `S${i}`, name: `Sample organization ${i}`, kind: 'OTHER_UN_ENTITY', network_member: false, sample: true, created_at: at, updated_at: at,
    }));
    await sub.db.knex.batchInsert('organizations', extra, 50);
    try {
      const ids = [...existing, ...extra.map((e) => e.id)];
      expect(ids).toHaveLength(100);
      const one = await entities('... on Organization { id acronym }', [{ __typename: 'Organization', id: 'iom' }]);
      const all = await entities('... on Organization { id acronym }', ids.map((id) => ({ __typename: 'Organization', id })));
      expect(all.entities).toHaveLength(100);
      expect(all.entities.map((e) => e.id)).toEqual(ids);
      expect(one.statements).toBe(1);
      expect(all.statements).toBe(1);
    } finally {
      await sub.db.knex('organizations').whereIn('id', extra.map((e) => e.id)).delete();
    }
  });

  it('resolves every Country with its regional commission in the same statements as one', async () => {
    const selection = '... on Country { iso3 regionalCommission { id acronym } }';
    const iso3s = (await sub.db.knex('countries').orderBy('iso3').pluck('iso3')) as string[];
    expect(iso3s).toHaveLength(195);
    const one = await entities(selection, [{ __typename: 'Country', iso3: 'MEX' }]);
    const all = await entities(selection, iso3s.map((iso3) => ({ __typename: 'Country', iso3 })));
    expect(one.entities).toEqual([{ iso3: 'MEX', regionalCommission: { id: 'eclac', acronym: 'ECLAC' } }]);
    expect(all.entities.map((c) => c.iso3)).toEqual(iso3s);
    expect(new Set(all.entities.map((c) => c.regionalCommission.id))).toEqual(new Set(['eca', 'ece', 'eclac', 'escap', 'escwa']));
    // The countries in one statement, then their commissions in one.
    expect(one.statements).toBe(2);
    expect(all.statements).toBe(one.statements);
  });

  it('resolves Organizations with their Network roles and committee seats in the same statements for 1 as for all', async () => {
    const selection = '... on Organization { id networkRoles { kind } onExecutiveCommittee(on: "2019-12-31") }';
    const ids = (await sub.db.knex('organizations').orderBy('id').pluck('id')) as string[];
    const one = await entities(selection, [{ __typename: 'Organization', id: 'iom' }]);
    const all = await entities(selection, ids.map((id) => ({ __typename: 'Organization', id })));
    expect(one.entities).toEqual([{ id: 'iom', networkRoles: [{ kind: 'COORDINATOR' }, { kind: 'SECRETARIAT' }, { kind: 'EXECUTIVE_COMMITTEE' }], onExecutiveCommittee: true }]);
    expect(all.entities.filter((o) => o.onExecutiveCommittee).map((o) => o.id)).toEqual(['desa', 'ilo', 'iom', 'ohchr', 'undp', 'unhcr', 'unicef', 'unodc']);
    // The organizations, then the roles of all of them (networkRoles and onExecutiveCommittee share one batch).
    expect(one.statements).toBe(2);
    expect(all.statements).toBe(one.statements);
  });

  it('answers its own root fields', async () => {
    const { body } = await sub.query('{ organization(id: "iom") { acronym } network { executiveCommittee(on: "2019-12-31") { acronym } } }');
    expect(body.errors).toBeUndefined();
    expect(body.data.organization.acronym).toBe('IOM');
    expect(body.data.network.executiveCommittee.map((o: { acronym: string }) => o.acronym)).toContain('IOM');
    expect(body.data.network.executiveCommittee).toHaveLength(8);
  });
});

describe('viewer', () => {
  const ME = '{ viewer { role subject organization { id acronym } country { iso3 name } } }';
  const me = async (viewer?: TestViewer) => {
    const { body } = await sub.query(ME, {}, viewer ? { viewer } : {});
    expect(body.errors).toBeUndefined();
    return body.data.viewer;
  };

  it('is anonymous without a signed identity for a role', async () => {
    expect(await me()).toEqual({ role: 'ANONYMOUS', subject: null, organization: null, country: null });
  });

  it('is the member, with their organization, that the gateway signed for', async () => {
    expect(await me({ role: 'member', organizationId: 'unicef', subject: 'alice' })).toEqual({
      role: 'MEMBER', subject: 'alice', organization: { id: 'unicef', acronym: 'UNICEF' }, country: null,
    });
  });

  it('is the country office, with its country, that the gateway signed for', async () => {
    expect(await me({ role: 'country', countryIso3: 'MEX', subject: 'rco-mexico' })).toEqual({
      role: 'COUNTRY', subject: 'rco-mexico', organization: null, country: { iso3: 'MEX', name: 'Mexico' },
    });
  });

  it.each([
    ['secretariat', 'SECRETARIAT'],
    ['fund-manager', 'FUND_MANAGER'],
    ['steering-committee', 'STEERING_COMMITTEE'],
  ] as const)('names the %s role as %s', async (role, expected) => {
    expect(await me({ role, subject: `someone-${role}` })).toEqual({ role: expected, subject: `someone-${role}`, organization: null, country: null });
  });

  it('answers null for an organization the reference data does not know, not an error', async () => {
    expect(await me({ role: 'member', organizationId: 'not-an-org', subject: 'bob' })).toEqual({ role: 'MEMBER', subject: 'bob', organization: null, country: null });
  });

  it('refuses an unsigned or forged identity header with 401 and answers nothing', async () => {
    const unsigned = Buffer.from(JSON.stringify({ role: 'secretariat' })).toString('base64url');
    const alg = Buffer.from(JSON.stringify({ alg: 'none' })).toString('base64url');
    const forged = await signIdentity({ role: 'secretariat', subject: 'mallory', organizationId: null, countryIso3: null }, 'a-different-secret-of-sufficient-length!!');
    for (const header of [unsigned, `${alg}.${unsigned}.`, forged]) {
      const { status, body } = await postGraphQL(sub.url, { query: '{ viewer { role } }' }, { [IDENTITY_HEADER]: header });
      expect(status).toBe(401);
      expect(body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
      expect(body.errors[0].message).toMatch(/not validly signed by the gateway|not a signed identity/);
      expect(body.data).toBeUndefined();
    }
  });
});

describe('change feed', () => {
  it('answers GET /changes like every subgraph: empty, since nothing here is written through the API, and seeds are not changes', async () => {
    const { status, body } = await sub.changes({ first: 10 }, { viewer: { role: 'secretariat' } });
    expect(status).toBe(200);
    expect(body).toMatchObject({ events: [], position: 0, latest: 0 });
    expect((await sub.changes({ after: 1 })).status).toBe(400);
  });
});
