// The exchange subgraph alone over HTTP, as its team runs it: no gateway, no other subgraph (their feeds' URLs point
// where nothing answers). Its contract with the gateway and the identity it accepts.
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IDENTITY_HEADER, signIdentity } from '@unmn/shared/viewer';
import { contractOf, postGraphQL, startTestSubgraph, type TestSubgraph } from '@unmn/shared/testing';
import { exchangeSubgraph } from '../src/index.js';

// Port 9 (discard) on loopback: nothing listens, so every feed is down at once.
const NOWHERE = 'http://127.0.0.1:9/graphql';

let sub: TestSubgraph;
beforeAll(async () => {
  sub = await startTestSubgraph(exchangeSubgraph, {
    env: { KNOWLEDGE_RESOURCES_URL: NOWHERE, SUPPORT_REQUESTS_URL: NOWHERE, FUND_PROJECTS_URL: NOWHERE, SUBGRAPH_TIMEOUT_MS: '500' },
  });
});
afterAll(() => sub?.stop());

describe('its contract with the gateway', () => {
  it('publishes exactly the types of schema.graphql through _service', async () => {
    const { body } = await sub.query('{ _service { sdl } }');
    expect(body.errors).toBeUndefined();
    const published = contractOf(body.data._service.sdl);
    const declared = contractOf(fs.readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8'));
    expect(published).toEqual(declared);
    // The records the feed points at belong to their owners: the exchange only names them, never resolves them.
    for (const type of ['KnowledgeResource', 'SupportRequest', 'FundProject']) {
      expect(published[type]).toMatch(new RegExp(`type ${type} @key\\(fields: "id", resolvable: false\\) \\{\\s*"[^"]*"\\s*id: ID!\\s*\\}`));
    }
    expect(published.ChangedEntity).toMatch(/union ChangedEntity = KnowledgeResource \| SupportRequest \| FundProject/);
  });

  it('serves its own change feed at /changes, empty: it owns no record of the feed', async () => {
    expect(await sub.changes()).toEqual({ status: 200, body: { subgraph: 'exchange', events: [], position: 0, latest: 0 } });
  });
});

describe('with every feed down', () => {
  it('answers an empty page with a cursor to poll from, and one SERVICE_UNAVAILABLE error per feed', async () => {
    const { status, body } = await sub.query('{ changes { edges { cursor } pageInfo { endCursor hasNextPage } } }');
    expect(status).toBe(200);
    expect(body.data.changes).toEqual({ edges: [], pageInfo: { endCursor: expect.stringMatching(/^[\w-]+\.[\w-]+$/), hasNextPage: false } });
    expect(body.errors.map((e: any) => [e.extensions.code, e.extensions.subgraph])).toEqual([
      ['SERVICE_UNAVAILABLE', 'knowledge-resources'],
      ['SERVICE_UNAVAILABLE', 'support-requests'],
      ['SERVICE_UNAVAILABLE', 'fund-projects'],
    ]);
  });
});

describe('identity', () => {
  it('refuses an identity header the gateway did not sign with 401 and answers nothing', async () => {
    const forged = await signIdentity({ role: 'secretariat', subject: 'mallory', organizationId: null, countryIso3: null }, 'a-different-secret-of-sufficient-length!!');
    const { status, body } = await postGraphQL(sub.url, { query: '{ changes { pageInfo { endCursor } } }' }, { [IDENTITY_HEADER]: forged });
    expect(status).toBe(401);
    expect(body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(body.data).toBeUndefined();
  });
});
