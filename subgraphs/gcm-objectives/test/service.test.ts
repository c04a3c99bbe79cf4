// The gcm-objectives subgraph alone over HTTP, as its team runs it: no gateway, no other subgraph. Its contract with the
// gateway (_service, _entities) and the identity it accepts.
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IDENTITY_HEADER, signIdentity } from '@unmn/shared/viewer';
import { countStatementsOf, postGraphQL, startTestSubgraph, type TestSubgraph } from '@unmn/shared/testing';
import { gcmObjectivesSubgraph } from '../src/index.js';
import { contractOf } from '@unmn/shared/testing';

let sub: TestSubgraph;
beforeAll(async () => {
  sub = await startTestSubgraph(gcmObjectivesSubgraph);
});
afterAll(() => sub?.stop());

const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) {
  __typename
  ... on Objective { number shortTitle paragraph }
  ... on GuidingPrinciple { letter code }
  ... on Review { id year regionalCommission { id } organizers { id } }
} }`;

/** Resolves representations as the gateway would, returning the entities and the SQL statements they cost. */
async function entities(representations: Record<string, unknown>[]) {
  let body: any;
  const statements = await countStatementsOf(sub.db, async () => ({ body } = await sub.query(ENTITIES, { r: representations })));
  expect(body.errors).toBeUndefined();
  return { entities: body.data._entities as any[], statements };
}

describe('its contract with the gateway', () => {
  it('publishes exactly the types of schema.graphql through _service', async () => {
    const { body } = await sub.query('{ _service { sdl } }');
    expect(body.errors).toBeUndefined();
    const published = contractOf(body.data._service.sdl);
    const declared = contractOf(fs.readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8'));
    expect(published).toEqual(declared);
    // The keys other subgraphs and the gateway rely on, stated once more so a reader sees them.
    expect(published.Objective).toMatch(/^"[^"]*"\s*type Objective @key\(fields: "number"\)/);
    expect(published.GuidingPrinciple).toMatch(/type GuidingPrinciple @key\(fields: "letter"\)/);
    expect(published.Review).toMatch(/type Review @key\(fields: "id"\)/);
    // Organization belongs to members: this subgraph only names it and must never claim to resolve it.
    expect(published.Organization).toMatch(/type Organization @key\(fields: "id", resolvable: false\) \{\s*"[^"]*"\s*id: ID!\s*\}/);
    // Reference data only: nothing here writes.
    expect(published.Mutation).toBeUndefined();
  });
});

describe('_entities, as the gateway resolves references', () => {
  it('resolves Objectives by number, in the order asked, and null for a number that is not an objective', async () => {
    const { entities: found } = await entities([
      { __typename: 'Objective', number: 20 },
      { __typename: 'Objective', number: 1 },
      { __typename: 'Objective', number: 24 },
      { __typename: 'Objective', number: 0 },
    ]);
    expect(found).toEqual([
      { __typename: 'Objective', number: 20, shortTitle: 'Remittances', paragraph: 36 },
      { __typename: 'Objective', number: 1, shortTitle: 'Data', paragraph: 17 },
      null,
      null,
    ]);
  });

  it('resolves GuidingPrinciples by letter, and null for an unknown letter', async () => {
    const { entities: found } = await entities([
      { __typename: 'GuidingPrinciple', letter: 'j' },
      { __typename: 'GuidingPrinciple', letter: 'a' },
      { __typename: 'GuidingPrinciple', letter: 'k' },
    ]);
    expect(found).toEqual([
      { __typename: 'GuidingPrinciple', letter: 'j', code: 'WHOLE_OF_SOCIETY' },
      { __typename: 'GuidingPrinciple', letter: 'a', code: 'PEOPLE_CENTRED' },
      null,
    ]);
  });

  it('resolves Reviews by id with their organizers in order, and null for an unknown id', async () => {
    const { entities: found } = await entities([
      { __typename: 'Review', id: 'rr-eclac-2021' },
      { __typename: 'Review', id: 'imrf-2022' },
      { __typename: 'Review', id: 'rr-nowhere-2099' },
    ]);
    expect(found).toEqual([
      { __typename: 'Review', id: 'rr-eclac-2021', year: 2021, regionalCommission: { id: 'eclac' }, organizers: [{ id: 'eclac' }, { id: 'iom' }] },
      { __typename: 'Review', id: 'imrf-2022', year: 2022, regionalCommission: null, organizers: [] },
      null,
    ]);
  });

  it('costs the same SQL statements for one representation of each type as for every record there is', async () => {
    const one = [
      { __typename: 'Objective', number: 7 },
      { __typename: 'GuidingPrinciple', letter: 'c' },
      { __typename: 'Review', id: 'rr-ece-2024' },
    ];
    const everything = [
      ...Array.from({ length: 23 }, (_, i) => ({ __typename: 'Objective', number: i + 1 })),
      ...'abcdefghij'.split('').map((letter) => ({ __typename: 'GuidingPrinciple', letter })),
      ...['rr-ece-2020', 'rr-escap-2021', 'rr-eca-2021', 'rr-eclac-2021', 'rr-ece-2024', 'imrf-2022', 'imrf-2026'].map((id) => ({ __typename: 'Review', id })),
    ];
    const few = await entities(one);
    const many = await entities(everything);
    expect(many.entities).toHaveLength(40);
    expect(many.entities.every((e) => e !== null)).toBe(true);
    // One statement per entity table, plus one for the organizers of all the reviews.
    expect(few.statements).toBe(4);
    expect(many.statements).toBe(few.statements);
  });

  it('costs one statement for one Objective and for all 23', async () => {
    const one = await entities([{ __typename: 'Objective', number: 5 }]);
    const all = await entities(Array.from({ length: 23 }, (_, i) => ({ __typename: 'Objective', number: 23 - i })));
    expect(all.entities.map((o) => o.number)).toEqual(Array.from({ length: 23 }, (_, i) => 23 - i));
    expect(one.statements).toBe(1);
    expect(all.statements).toBe(1);
  });
});

describe('identity', () => {
  it('answers a request signed as any viewer the same, since its reference data is public', async () => {
    const query = '{ objective(number: 13) { shortTitle } }';
    const anonymous = await sub.query(query);
    const member = await sub.query(query, {}, { viewer: { role: 'member', organizationId: 'iom', subject: 'alice' } });
    expect(anonymous.body).toEqual({ data: { objective: { shortTitle: 'Alternatives to detention' } } });
    expect(member.body).toEqual(anonymous.body);
  });

  it('refuses an identity header the gateway did not sign with 401 and answers nothing', async () => {
    const forged = await signIdentity({ role: 'secretariat', subject: 'mallory', organizationId: null, countryIso3: null }, 'a-different-secret-of-sufficient-length!!');
    const unsigned = Buffer.from(JSON.stringify({ role: 'secretariat' })).toString('base64url');
    for (const header of [forged, unsigned]) {
      const { status, body } = await postGraphQL(sub.url, { query: '{ objectives { number } }' }, { [IDENTITY_HEADER]: header });
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
