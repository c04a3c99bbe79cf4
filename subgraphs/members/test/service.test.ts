// The members subgraph alone over HTTP, as its team runs it: no gateway, no other subgraph.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countStatementsOf, startTestSubgraph, type TestSubgraph } from '@unmn/shared/testing';
import { membersSubgraph } from '../src/index.js';

let sub: TestSubgraph;
beforeAll(async () => {
  sub = await startTestSubgraph(membersSubgraph);
});
afterAll(() => sub?.stop());

describe('members subgraph alone', () => {
  it('publishes its own schema through _service', async () => {
    const { body } = await sub.query('{ _service { sdl } }');
    expect(body.errors).toBeUndefined();
    expect(body.data._service.sdl).toMatch(/type Organization[^{]*@key\(fields: "id"/);
    expect(body.data._service.sdl).toMatch(/type Country[^{]*@key\(fields: "iso3"/);
  });

  it('resolves Organization and Country references through _entities in one statement each', async () => {
    const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Organization { id acronym } ... on Country { iso3 name } } }`;
    const representations = [
      { __typename: 'Organization', id: 'iom' },
      { __typename: 'Organization', id: 'unhcr' },
      { __typename: 'Country', iso3: 'MEX' },
      { __typename: 'Organization', id: 'no-such-org' },
    ];
    let body: any;
    const statements = await countStatementsOf(sub.db, async () => ({ body } = await sub.query(query, { r: representations })));
    expect(body.errors).toBeUndefined();
    expect(body.data._entities).toEqual([
      { id: 'iom', acronym: 'IOM' },
      { id: 'unhcr', acronym: 'UNHCR' },
      { iso3: 'MEX', name: 'Mexico' },
      null,
    ]);
    expect(statements).toBeLessThanOrEqual(2);
  });

  it('answers its own root fields', async () => {
    const { body } = await sub.query('{ organization(id: "iom") { acronym } network { executiveCommittee(on: "2019-12-31") { acronym } } }');
    expect(body.errors).toBeUndefined();
    expect(body.data.organization.acronym).toBe('IOM');
    expect(body.data.network.executiveCommittee.map((o: { acronym: string }) => o.acronym)).toContain('IOM');
    expect(body.data.network.executiveCommittee).toHaveLength(8);
  });
});
