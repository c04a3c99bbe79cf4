// Operation limits at the gateway: each one lets an operation exactly at its value through and refuses one just above
// it, with a 400 whose message names the limit, the value found and the maximum. The graph runs with small limits set
// through the environment (which also proves each variable is wired); docs/configuration.md lists the defaults.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Lexer, Source, TokenKind } from 'graphql';
import { startTestGraph, token, type TestGraph } from './harness.js';
import { createRateLimiter } from '@unmn/gateway/rate-limit';

const LIMITS = {
  LIMIT_DEPTH: '8',
  LIMIT_ALIASES: '4',
  LIMIT_ROOT_FIELDS: '5',
  LIMIT_DIRECTIVES: '3',
  LIMIT_TOKENS: '60',
  LIMIT_COST: '2402',
  LIMIT_LIST_ITEMS: '10',
  LIMIT_STRING_LENGTH: '50',
  LIMIT_BATCH: '3',
  LIMIT_BODY_BYTES: '2000',
};

let graph: TestGraph;
beforeAll(async () => {
  graph = await startTestGraph({ env: LIMITS });
});
afterAll(async () => graph?.stop());

/** Sends a raw body to the gateway; returns status, parsed body and headers. */
async function post(body: string | unknown, headers: Record<string, string> = {}) {
  const res = await fetch(graph.gateway.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as any, headers: res.headers };
}

/**
 * Asserts the response is the limit's refusal: 400, naming the limit, value and maximum; QUERY_LIMIT_EXCEEDED for the
 * operation's shape, BAD_USER_INPUT for an oversized value (list or string), which is bad input in a named place.
 */
function expectRefused(res: { status: number; body: any }, limit: string, variable: string, found: number | null, max: number) {
  expect(res.status).toBe(400);
  expect(res.body.data).toBeUndefined();
  const error = res.body.errors.find((e: any) => e.extensions?.limit === limit);
  expect(error, JSON.stringify(res.body)).toBeDefined();
  const code = limit === 'stringLength' || limit === 'listItems' ? 'BAD_USER_INPUT' : 'QUERY_LIMIT_EXCEEDED';
  expect(error.extensions).toMatchObject({ code, limit, max });
  expect(error.message).toContain(`${variable}=${max}`);
  expect(error.message).toContain(`the limit is ${max}`);
  if (found !== null) {
    expect(error.extensions.found).toBe(found);
    expect(error.message).toContain(String(found));
  }
}

/** Asserts no limit tripped and the operation returned data without errors. */
function expectAnswered(res: { status: number; body: any }) {
  expect(res.body.errors, JSON.stringify(res.body.errors)).toBeUndefined();
  expect(res.status).toBe(200);
  expect(res.body.data).toBeTruthy();
}

describe('depth (GraphQL Armor)', () => {
  // countries 1 > edges 2 > node 3 > regionalCommission 4 > networkRoles 5 > organization 6 > networkMembership 7 > since 8
  const atLimit = '{ countries(first: 1) { edges { node { regionalCommission { networkRoles { organization { networkMembership { since } } } } } } } }';
  const above = atLimit.replace('since', 'provenance { confidence }');
  it('answers 8 levels', async () => expectAnswered(await post({ query: atLimit })));
  it('refuses 9 levels', async () => expectRefused(await post({ query: above }), 'depth', 'LIMIT_DEPTH', 9, 8));
  it('counts levels through fragments, not the fragments themselves', async () => {
    const viaFragments = `{ countries(first: 1) { ...C } } fragment C on CountryConnection { edges { node { ... on Country { regionalCommission { ...O } } } } }
      fragment O on Organization { networkRoles { organization { networkMembership { provenance { confidence } } } } }`;
    expectRefused(await post({ query: viaFragments }), 'depth', 'LIMIT_DEPTH', 9, 8);
  });
});

describe('aliases (GraphQL Armor)', () => {
  const aliased = (n: number) => `{ compact { ${Array.from({ length: n }, (_, i) => `a${i}: name`).join(' ')} } }`;
  it('answers 4 aliases', async () => expectAnswered(await post({ query: aliased(4) })));
  it('refuses 5 aliases', async () => expectRefused(await post({ query: aliased(5) }), 'aliases', 'LIMIT_ALIASES', 5, 4));
});

describe('root fields', () => {
  const five = '{ compact { name } network { name } viewer { role } guidingPrinciples { letter } objective(number: 1) { title } }';
  it('answers 5 top-level fields', async () => expectAnswered(await post({ query: five })));
  it('refuses 6, counting fields reached through fragments', async () => {
    const six = `${five.slice(0, -1)} ...More } fragment More on Query { organization(id: "iom") { id } }`;
    expectRefused(await post({ query: six }), 'rootFields', 'LIMIT_ROOT_FIELDS', 6, 5);
  });
});

describe('directives (GraphQL Armor)', () => {
  const three = '{ compact { name @include(if: true) resolution @include(if: true) adoptedOn @skip(if: false) } }';
  it('answers 3 directives', async () => expectAnswered(await post({ query: three })));
  it('refuses 4', async () => {
    const four = three.replace('adoptedOn @skip(if: false)', 'adoptedOn @skip(if: false) endorsedOn @skip(if: false)');
    expectRefused(await post({ query: four }), 'directives', 'LIMIT_DIRECTIVES', 4, 3);
  });
});

describe('tokens (graphql-js parser limit)', () => {
  const tokens = (query: string) => {
    const lexer = new Lexer(new Source(query));
    let n = 0;
    while (lexer.advance().kind !== TokenKind.EOF) n += 1;
    return n;
  };
  // `{ compact {` + n x `name` + `} }` is 5 + n tokens.
  const withTokens = (n: number) => `{ compact { ${'name '.repeat(n - 5)}} }`;
  it('answers an operation of exactly 60 tokens', async () => {
    expect(tokens(withTokens(60))).toBe(60);
    expectAnswered(await post({ query: withTokens(60) }));
  });
  it('refuses 61 tokens', async () => {
    expect(tokens(withTokens(61))).toBe(61);
    expectRefused(await post({ query: withTokens(61) }), 'tokens', 'LIMIT_TOKENS', null, 60);
  });
});

describe('estimated cost, with list sizes from `first`', () => {
  // countries 1 + edges 1 + 100 x (node 1 + iso3 1 + regionalCommission 1 + networkRoles 1 + 20 x kind 1) = 2402:
  // `first: 100` sizes the edges; networkRoles takes no `first`, so it is assumed to hold 20.
  const query = (extra = '') => `query($n: Int) { countries(first: $n) { ${extra} edges { node { iso3 regionalCommission { networkRoles { kind } } } } } }`;
  it('answers an operation costing exactly the limit, taking `first` from a variable', async () => {
    const res = await post({ query: query(), variables: { n: 100 } });
    expectAnswered(res);
    expect(res.body.data.countries.edges).toHaveLength(100);
  });
  it('refuses one field more', async () => {
    expectRefused(await post({ query: query('totalCount'), variables: { n: 100 } }), 'cost', 'LIMIT_COST', 2403, 2402);
  });
  it('multiplies by a literal `first`, and by the default page size (20) when it is omitted', async () => {
    // per edge: node 1 + iso3 1 + regionalCommission 1 + networkRoles 1 + 20 x (organization 1 + id 1) = 44
    const page = (first: string) => `{ countries${first} { edges { node { iso3 regionalCommission { networkRoles { organization { id } } } } } } }`;
    expectAnswered(await post({ query: page('(first: 54)') })); // 2 + 54 x 44 = 2378
    expectRefused(await post({ query: page('(first: 55)') }), 'cost', 'LIMIT_COST', 2422, 2402); // 2 + 55 x 44
    expectAnswered(await post({ query: page('') })); // 2 + 20 x 44 = 882
  });
});

describe('input sizes', () => {
  const isos = (n: number) => Array.from({ length: n }, (_, i) => (i === 0 ? 'MEX' : `X${String(i).padStart(2, '0')}`));
  const query = 'query($iso3: [ID!]) { countries(filter: { iso3: $iso3 }) { totalCount } }';
  it('answers a list variable of 10 items and refuses 11, naming the variable', async () => {
    const ok = await post({ query, variables: { iso3: isos(10) } });
    expectAnswered(ok);
    expect(ok.body.data.countries.totalCount).toBe(1);
    const refused = await post({ query, variables: { iso3: isos(11) } });
    expectRefused(refused, 'listItems', 'LIMIT_LIST_ITEMS', 11, 10);
    expect(refused.body.errors[0].message).toContain('$iso3');
  });
  it('refuses a literal list of 11 items, naming the argument', async () => {
    const literal = `{ countries(filter: { iso3: ${JSON.stringify(isos(11))} }) { totalCount } }`;
    const refused = await post({ query: literal });
    expectRefused(refused, 'listItems', 'LIMIT_LIST_ITEMS', 11, 10);
    expect(refused.body.errors[0].message).toContain('argument "filter" of field "countries"');
  });
  it('answers a 50-character string and refuses 51', async () => {
    const search = 'query($s: String) { countries(filter: { search: $s }) { totalCount } }';
    expectAnswered(await post({ query: search, variables: { s: 'm'.repeat(50) } }));
    expectRefused(await post({ query: search, variables: { s: 'm'.repeat(51) } }), 'stringLength', 'LIMIT_STRING_LENGTH', 51, 50);
  });
});

describe('batched requests', () => {
  const op = { query: '{ compact { objectiveCount } }' };
  it('answers a batch of 3 operations with 3 results', async () => {
    const res = await post([op, op, op]);
    expect(res.status).toBe(200);
    expect(res.body).toEqual([0, 1, 2].map(() => ({ data: { compact: { objectiveCount: 23 } } })));
  });
  it('refuses a batch of 4', async () => expectRefused(await post([op, op, op, op]), 'batch', 'LIMIT_BATCH', 4, 3));
});

describe('request body size (shared/http.ts)', () => {
  const bodyOf = (bytes: number) => {
    const base = JSON.stringify({ query: '{ compact { name } }' });
    return `${base.slice(0, -1)}${' '.repeat(bytes - base.length)}}`;
  };
  it('answers a body of exactly 2000 bytes', async () => {
    expect(Buffer.byteLength(bodyOf(2000))).toBe(2000);
    expectAnswered(await post(bodyOf(2000)));
  });
  it('refuses 2001 bytes with 413', async () => {
    const res = await post(bodyOf(2001));
    expect(res.status).toBe(413);
    expect(res.body.errors[0].extensions).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', limit: 'bodyBytes', max: 2000 });
    expect(res.body.errors[0].message).toContain('LIMIT_BODY_BYTES');
  });
});

describe('introspection', () => {
  it('is on by default, since analysts rely on it', async () => {
    expectAnswered(await post({ query: '{ __schema { queryType { name } } }' }));
  });
});

describe('rate limiting', () => {
  let limited: TestGraph;
  beforeAll(async () => {
    limited = await startTestGraph({ env: { RATE_LIMIT_PER_MINUTE: '3' } });
  });
  afterAll(async () => limited?.stop());

  const send = async (headers: Record<string, string> = {}, body: unknown = { query: '{ viewer { role } }' }) => {
    const res = await fetch(limited.gateway.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
    return { status: res.status, retryAfter: res.headers.get('retry-after'), body: (await res.json()) as any };
  };

  it('allows 3 operations a minute per client address, then answers 429 with Retry-After', async () => {
    for (let i = 0; i < 3; i++) expect((await send()).status).toBe(200);
    const refused = await send();
    expect(refused.status).toBe(429);
    expect(Number(refused.retryAfter)).toBeGreaterThanOrEqual(1);
    expect(Number(refused.retryAfter)).toBeLessThanOrEqual(60);
    expect(refused.body.errors[0].extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfter: Number(refused.retryAfter) });
    expect(refused.body.errors[0].message).toMatch(/at most 3 operations per minute per client address \(RATE_LIMIT_PER_MINUTE=3\)\. Retry after \d+ seconds/);
  });

  it('counts each token subject separately from the address, and each subject on its own', async () => {
    const alice = await token(limited.config, { role: 'secretariat', sub: 'alice' });
    const bob = await token(limited.config, { role: 'secretariat', sub: 'bob' });
    for (let i = 0; i < 3; i++) expect((await send({ authorization: `Bearer ${alice}` })).status).toBe(200);
    const refused = await send({ authorization: `Bearer ${alice}` });
    expect(refused.status).toBe(429);
    expect(refused.body.errors[0].message).toContain('per token subject');
    expect((await send({ authorization: `Bearer ${bob}` })).status).toBe(200);
  });

  it('weighs a batch by its operations', async () => {
    const carol = await token(limited.config, { role: 'secretariat', sub: 'carol' });
    const op = { query: '{ viewer { subject } }' };
    expect((await send({ authorization: `Bearer ${carol}` }, [op, op])).status).toBe(200);
    expect((await send({ authorization: `Bearer ${carol}` }, [op, op])).status).toBe(429);
    expect((await send({ authorization: `Bearer ${carol}` }, op)).status).toBe(200);
  });

  it('counts bad-token attempts against the address, so guessing tokens is throttled too', async () => {
    const fresh = await startTestGraph({ env: { RATE_LIMIT_PER_MINUTE: '2' } });
    try {
      const attempt = () => fetch(fresh.gateway.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer not-a-token' }, body: '{"query":"{ viewer { role } }"}' });
      expect((await attempt()).status).toBe(401);
      expect((await attempt()).status).toBe(401);
      expect((await attempt()).status).toBe(429);
    } finally {
      await fresh.stop();
    }
  });

  it('opens a new window once the window started by the first operation of a key has passed', async () => {
    const limiter = createRateLimiter(2, undefined, 1); // a one-second window instead of a minute
    expect((await limiter.take('k')).allowed).toBe(true);
    expect((await limiter.take('k')).allowed).toBe(true);
    expect(await limiter.take('k')).toMatchObject({ allowed: false, retryAfter: 1 });
    await new Promise((r) => setTimeout(r, 1_100));
    expect((await limiter.take('k')).allowed).toBe(true);
  });
});
