// The hostile-input corpus: requests a careless or malicious client might send the gateway. Each case says what a
// correct answer is: `error` (a GraphQL error a person can act on, optionally matching `message`), or `safe` (the
// request is legitimate GraphQL carrying hostile data, e.g. an injection string in an id: any well-formed answer
// without an unexpected error; data that comes back must be what the hostile text means literally).
// tests/hostile.test.ts sends every case through a real gateway.
import { injectionOperations, sampleInjections } from './injection.js';

/**
 * Injection strings sent to each string-like argument position of the schema. Every position is attacked on every
 * run; the strings rotate between positions (see sampleInjections), so the corpus grows with the schema's positions
 * only, not with positions times strings.
 */
export const INJECTIONS_PER_POSITION = 2;

export interface HostileRequest {
  method?: string;
  /** Path and query string, default `/graphql`. */
  path?: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
}

export interface HostileCase {
  category: string;
  name: string;
  request: HostileRequest;
  expect: 'error' | 'safe';
  /** What the (first) error message must say, so the answer is the right refusal, not just any error. */
  message?: RegExp;
}

const JSON_HEADERS = { 'content-type': 'application/json' };
const post = (body: unknown, headers: Record<string, string> = {}): HostileRequest => ({
  method: 'POST',
  headers: { ...JSON_HEADERS, ...headers },
  body: typeof body === 'string' || Buffer.isBuffer(body) ? body : JSON.stringify(body),
});
const op = (query: string, variables?: unknown, extra: Record<string, unknown> = {}) => post({ query, variables, ...extra });
const get = (params: Record<string, string>, headers: Record<string, string> = { 'apollo-require-preflight': 'true' }): HostileRequest => ({
  method: 'GET',
  path: `/graphql?${new URLSearchParams(params)}`,
  headers,
});

/** `organization(id: "iom") { networkRoles { organization { networkRoles { ... } } } }`: `depth` levels of fields. */
function deep(depth: number): string {
  const chain = ['organization(id: "iom")'];
  for (let level = 2; level < depth; level++) chain.push(level % 2 === 0 ? 'networkRoles' : 'organization');
  let body = chain.length % 2 === 1 ? 'id' : 'kind'; // the leaf under an Organization or a NetworkRole
  for (const field of [...chain].reverse()) body = `${field} { ${body} }`;
  return `{ ${body} }`;
}

function staticCases(): HostileCase[] {
  const cases: HostileCase[] = [];
  const add = (category: string, name: string, request: HostileRequest, expect: 'error' | 'safe' = 'error', message?: RegExp) =>
    cases.push({ category, name, request, expect, message });

  // Deep nesting.
  for (const depth of [13, 20, 60]) add('deep nesting', `${depth} levels of real fields`, op(deep(depth)), 'error', /Depth limit exceeded|Cost limit exceeded/);
  add('deep nesting', '300 levels of unknown fields', op(`{ ${'a { '.repeat(300)}b${' }'.repeat(300)} }`), 'error', /Token limit|Cannot query field|Depth/);
  add('deep nesting', '5000 levels of braces', op(`{ ${'a { '.repeat(5000)}b${' }'.repeat(5000)} }`), 'error', /Token limit/);
  add('deep nesting', 'deep nesting through inline fragments', op(`{ organization(id: "iom") { ${'... on Organization { networkRoles { organization { '.repeat(8)}id${' } } }'.repeat(8)} } }`), 'error', /Depth limit exceeded|Cost limit/);
  add('deep nesting', 'deeply nested list literal', op(`{ countries(filter: { iso3: ${'['.repeat(1500)}"MEX"${']'.repeat(1500)} }) { totalCount } }`), 'error', /Token limit/);
  add('deep nesting', 'deeply nested variables JSON', post(`{"query":"query($i: [ID!]) { countries(filter: { iso3: $i }) { totalCount } }","variables":{"i":${'['.repeat(20000)}${']'.repeat(20000)}}}`), 'error', /Variable "\$i"/);
  add('deep nesting', 'introspection nesting bomb', op('{ __schema { types { fields { type { fields { type { fields { type { fields { name } } } } } } } } } }'), 'error', /introspection/i);

  // Alias bombs.
  const aliases = (n: number, field = 'name') => `{ compact { ${Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ')} } }`;
  add('alias bomb', '31 aliases', op(aliases(31)), 'error', /Alias limit exceeded/);
  add('alias bomb', '600 aliases', op(aliases(600)), 'error', /Alias limit exceeded|Token limit/);
  add('alias bomb', '2000 aliases', op(aliases(2000)), 'error', /Token limit/);
  add('alias bomb', 'aliased root lookups', op(`{ ${Array.from({ length: 40 }, (_, i) => `o${i}: organization(id: "iom") { name }`).join(' ')} }`), 'error', /limit exceeded/);
  add('alias bomb', '500 aliased __typename at the root', op(`{ ${Array.from({ length: 500 }, (_, i) => `t${i}: __typename`).join(' ')} }`), 'error', /Root field limit|Token limit/);
  add('alias bomb', 'aliased introspection', op(`{ ${Array.from({ length: 30 }, (_, i) => `s${i}: __schema { types { name } }`).join(' ')} }`), 'error', /limit exceeded/);

  // Fragment bombs: each fragment spreads the previous one several times, so the expanded operation is exponential.
  const laughs = (levels: number, fanout: number) => {
    const parts = ['fragment F0 on Query { countries(first: 100) { edges { node { iso3 name } } } }'];
    for (let i = 1; i <= levels; i++) parts.push(`fragment F${i} on Query { ${Array.from({ length: fanout }, () => `...F${i - 1}`).join(' ')} }`);
    return `{ ...F${levels} } ${parts.join(' ')}`;
  };
  add('fragment bomb', 'ten levels of ten spreads', op(laughs(10, 10)), 'error', /Cost limit exceeded/);
  add('fragment bomb', 'thirty levels of two spreads', op(laughs(30, 2)), 'error', /Cost limit exceeded/);
  add('fragment bomb', 'spreads on nested lists', op(`{ countries(first: 100) { edges { node { ...C } } } } fragment C on Country { regionalCommission { networkRoles { organization { networkRoles { organization { networkRoles { kind } } } } } } }`), 'error', /Cost limit exceeded/);
  add('fragment bomb', '1000 spreads of one fragment', op(`{ compact { ${'...N '.repeat(1000)}} } fragment N on Compact { name }`), 'error', /Token limit/);
  add('fragment bomb', 'unused fragments', op(`{ compact { name } } ${Array.from({ length: 50 }, (_, i) => `fragment U${i} on Compact { name }`).join(' ')}`), 'error', /never used/);

  // Fragment cycles.
  add('fragment cycle', 'self spread', op('{ ...A } fragment A on Query { compact { name } ...A }'), 'error', /Cannot spread fragment "A" within itself/);
  add('fragment cycle', 'two fragments', op('{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }'), 'error', /within itself/);
  add('fragment cycle', 'three fragments deep inside fields', op('{ organization(id: "iom") { ...A } } fragment A on Organization { networkRoles { organization { ...B } } } fragment B on Organization { ...C } fragment C on Organization { ...A }'), 'error', /within itself/);
  add('fragment cycle', 'cycle through inline fragments', op('{ ...A } fragment A on Query { ... on Query { ...A } }'), 'error', /within itself/);
  add('fragment cycle', 'cycle in an unused fragment', op('{ compact { name } } fragment A on Query { ...A }'), 'error', /within itself|never used/);
  add('fragment cycle', 'spread of an unknown fragment', op('{ ...Nope }'), 'error', /Unknown fragment "Nope"/);

  // Huge strings.
  const searchOp = 'query($s: String) { countries(filter: { search: $s }) { totalCount } }';
  // A search is capped by its subgraph (200 characters); anything past the gateway's LIMIT_STRING_LENGTH never gets there.
  add('huge string', '10 001 characters in a search variable', op(searchOp, { s: 'm'.repeat(10_001) }), 'error', /filter\.search: is 10001 characters long/);
  add('huge string', '900 000 characters in a search variable', op(searchOp, { s: 'm'.repeat(900_000) }), 'error', /String length limit exceeded/);
  add('huge string', '10 001 three-byte characters', op(searchOp, { s: '語'.repeat(10_001) }), 'error', /filter\.search: is 10001 characters long/);
  add('huge string', '100 001 characters in a search variable', op(searchOp, { s: 'm'.repeat(100_001) }), 'error', /String length limit exceeded/);
  add('huge string', 'a 2 MB variable', op(searchOp, { s: 'm'.repeat(2_000_000) }), 'error', /Body size limit exceeded/);
  add('huge string', 'a 20 000 character literal', op(`{ countries(filter: { search: "${'m'.repeat(20_000)}" }) { totalCount } }`), 'error', /filter\.search: is 20000 characters long/);
  add('huge string', 'a 100 001 character literal', op(`{ countries(filter: { search: "${'m'.repeat(100_001)}" }) { totalCount } }`), 'error', /String length limit exceeded/);
  add('huge string', 'a 100 000 character field name', op(`{ ${'f'.repeat(100_000)} }`), 'error', /Cannot query field/);
  add('huge string', 'a 50 000 character operation name', op('query Q { compact { name } }', undefined, { operationName: 'Q'.repeat(50_000) }), 'error', /Unknown operation named/);
  add('huge string', 'a 100 001 character id', op('query($id: ID!) { organization(id: $id) { name } }', { id: 'i'.repeat(100_001) }), 'error', /String length limit exceeded/);
  add('huge string', 'a 100 KB comment', op(`# ${'c'.repeat(100_000)}\n{ compact { name } }`), 'safe');
  add('huge string', '3000 comments', op(`${'#c\n'.repeat(3000)}{ compact { name } }`), 'error', /Token limit exceeded/);

  // Invalid UTF-8 in the body.
  const bytes = (...parts: (string | number[])[]) => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p) : Buffer.from(p))));
  const invalid: Record<string, number[]> = {
    'a lone 0xFF byte': [0xff],
    'an overlong slash': [0xc0, 0xaf],
    'a lone continuation byte': [0x80],
    'a truncated 3-byte sequence': [0xe2, 0x82],
    'an encoded surrogate': [0xed, 0xa0, 0x80],
    'a code point above U+10FFFF': [0xf4, 0x90, 0x80, 0x80],
  };
  for (const [name, sequence] of Object.entries(invalid)) {
    add('invalid UTF-8', `${name} in a string argument`, post(bytes('{"query":"{ countries(filter: { search: \\"', sequence, '\\" }) { totalCount } }"}')), 'error', /not valid UTF-8/);
  }
  add('invalid UTF-8', 'Latin-1 body declared as such', post(Buffer.from('{"query":"{ countries(filter: { search: \\"S\xE3o Tom\xE9\\" }) { totalCount } }"}', 'latin1'), { 'content-type': 'application/json; charset=iso-8859-1' }), 'error', /not valid UTF-8/);
  add('invalid UTF-8', 'UTF-16 body', post(Buffer.from('{"query":"{ compact { name } }"}', 'utf16le')), 'error', /Malformed JSON body/);

  // Wrong variable types.
  const objective = 'query($n: Int!) { objective(number: $n) { title } }';
  const wrongTypes: [string, string, unknown][] = [
    ['a string for Int', objective, { n: 'twenty' }],
    ['a float for Int', objective, { n: 20.5 }],
    ['a number beyond 32 bits for Int', objective, { n: 2 ** 40 }],
    ['an object for Int', objective, { n: { $gt: 0 } }],
    ['an array for Int', objective, { n: [20] }],
    ['a boolean for Int', objective, { n: true }],
    ['null for Int!', objective, { n: null }],
    ['an object for ID', 'query($id: ID!) { organization(id: $id) { name } }', { id: { $ne: null } }],
    ['a float for ID', 'query($id: ID!) { organization(id: $id) { name } }', { id: 1.5 }],
    ['an unknown enum value', 'query($r: [HubRegion!]) { countries(filter: { hubRegions: $r }) { totalCount } }', { r: ['ATLANTIS'] }],
    ['a lower-case enum value', 'query($r: [HubRegion!]) { countries(filter: { hubRegions: $r }) { totalCount } }', { r: ['africa'] }],
    ['an unknown input field', 'query($f: CountryFilter) { countries(filter: $f) { totalCount } }', { f: { iso3: ['MEX'], colour: 'red' } }],
    ['a string for an input object', 'query($f: CountryFilter) { countries(filter: $f) { totalCount } }', { f: 'iso3=MEX' }],
    ['an impossible date', 'query($d: Date) { network { executiveCommittee(on: $d) { id } } }', { d: '2019-02-30' }],
    ['a date in another format', 'query($d: Date) { network { executiveCommittee(on: $d) { id } } }', { d: '31/12/2019' }],
    ['a timestamp without zone', 'query($t: DateTime) { countries(filter: { updatedSince: $t }) { totalCount } }', { t: 'yesterday' }],
    ['a variable declared with an unknown type', 'query($n: Integer) { objective(number: $n) { title } }', { n: 1 }],
    ['a variable used at the wrong type', 'query($n: String) { objective(number: $n) { title } }', { n: '1' }],
  ];
  for (const [name, query, variables] of wrongTypes) add('wrong variable type', name, op(query, variables), 'error', /Variable|Invalid|must be|Unknown type|got invalid|cannot represent|does not exist/i);

  // Missing variables.
  add('missing variable', 'required variable not sent', op(objective), 'error', /Variable "\$n" of required type "Int!" was not provided/);
  add('missing variable', 'variables: null', op(objective, null), 'error', /was not provided/);
  add('missing variable', 'variable used but not declared', op('{ objective(number: $n) { title } }'), 'error', /Variable "\$n" is not defined/);
  add('missing variable', 'variable sent under another name', op(objective, { number: 20 }), 'error', /was not provided/);
  add('missing variable', 'required argument left out', op('{ objective { title } }'), 'error', /argument "number" of type "Int!" is required/);

  // Oversized lists.
  add('oversized list', '1001 ids in a variable', op('query($i: [ID!]) { countries(filter: { iso3: $i }) { totalCount } }', { i: Array.from({ length: 1001 }, () => 'MEX') }), 'error', /List limit exceeded/);
  add('oversized list', '100 000 ids in a variable', op('query($i: [ID!]) { organizations(filter: { ids: $i }) { totalCount } }', { i: Array.from({ length: 100_000 }, (_, k) => `o${k}`) }), 'error', /List limit exceeded|Body size/);
  add('oversized list', '1001 numbers in a literal', op(`{ objectives(filter: { numbers: [${Array.from({ length: 1001 }, () => '1').join(',')}] }) { title } }`), 'error', /List limit exceeded/);
  add('oversized list', 'a page of 100 000', op('{ countries(first: 100000) { edges { node { iso3 } } } }'), 'error', /Cost limit exceeded|first: must be an integer from 0 to 100/);
  add('oversized list', 'a page of 101', op('{ countries(first: 101) { totalCount } }'), 'error', /first.*0 to 100/);
  add('oversized list', 'a negative page', op('{ reviews(first: -5) { totalCount } }'), 'error', /first.*0 to 100/);

  // Batched arrays.
  const small = { query: '{ compact { objectiveCount } }' };
  add('batch', '11 operations', post(Array.from({ length: 11 }, () => small)), 'error', /Batch limit exceeded/);
  add('batch', '5000 operations', post(Array.from({ length: 5000 }, () => small)), 'error', /Batch limit exceeded/);
  add('batch', 'an empty batch', post([]), 'error', /No operations found/);
  add('batch', 'a batch of numbers', post([1, 2, 3]), 'error', /POST body|operations must contain|query/i);
  add('batch', 'a batch of nested batches', post([[small], [small]]), 'error', /POST body|operations must contain|query/i);
  add('batch', 'a batch of broken operations', post([{ query: '{ compact { nope } }' }, { query: '{' }]), 'error', /Cannot query field|Syntax Error/);
  add('batch', 'a batch mixing limits', post([{ query: aliases(31) }, { query: deep(20) }]), 'error', /limit exceeded/);

  // Wrong content types.
  const bodyText = JSON.stringify(small);
  for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/xml', 'application/graphql', 'application/jsonp', '']) {
    add('content type', type ? `Content-Type ${type}` : 'no Content-Type', { method: 'POST', headers: type ? { 'content-type': type } : {}, body: bodyText }, 'error', /Unsupported content type/);
  }

  // GET requests.
  add('GET', 'a mutation over GET', get({ query: 'mutation { withdrawSupportRequest(input: { id: "x", version: 1 }) { id } }' }), 'error', /GET requests only support query|no mutation/);
  add('GET', 'a mutation over GET without a preflight header (CSRF)', get({ query: 'mutation { withdrawSupportRequest(input: { id: "x", version: 1 }) { id } }' }, {}), 'error', /Cross-Site Request Forgery/);
  add('GET', 'a query without a preflight header (CSRF)', get({ query: '{ compact { name } }' }, {}), 'error', /Cross-Site Request Forgery/);
  add('GET', 'no query at all', get({}), 'error', /non-empty `query`|GraphQL operations must contain/);
  add('GET', 'variables that are not JSON', get({ query: objective, variables: '{n: 20' }), 'error', /variables.*JSON|JSON/i);
  add('GET', 'a 30 KB URL', get({ query: `{ compact { name } } # ${'x'.repeat(30_000)}` }), 'error', /too large/);
  add('GET', 'a deep query over GET', get({ query: deep(20) }), 'error', /Depth limit exceeded|Cost limit/);
  add('GET', 'a batch over GET', get({ query: '[{"query":"{ compact { name } }"}]' }), 'error', /Syntax Error/);

  // Malformed JSON and body shapes.
  const shapes: [string, string, RegExp][] = [
    ['truncated JSON', '{"query": "{ compact { name } }"', /Malformed JSON body/],
    ['trailing garbage', '{"query": "{ compact { name } }"} x', /Malformed JSON body/],
    ['JSON null', 'null', /POST body missing/],
    ['a JSON number', '42', /POST body missing/],
    ['a JSON string', '"{ compact { name } }"', /POST body missing/],
    ['an empty object', '{}', /POST body missing/],
    ['an empty body', '', /Malformed JSON body/],
    ['query as a number', '{"query": 42}', /queries must be strings/],
    ['query as an object', '{"query": {"compact": "name"}}', /queries must be strings/],
    ['an empty query', '{"query": ""}', /non-empty `query`/],
    ['variables as a string', '{"query": "{ compact { name } }", "variables": "{}"}', /should be provided as an object/],
    ['variables as an array', '{"query": "{ compact { name } }", "variables": [1]}', /variables.*object/],
    ['operationName as an object', '{"query": "{ compact { name } }", "operationName": {"a": 1}}', /operationName.*string/],
    ['extensions as a string', '{"query": "{ compact { name } }", "extensions": "x"}', /extensions.*object/],
    ['a persisted query that is not stored', '{"extensions": {"persistedQuery": {"version": 1, "sha256Hash": "ffff"}}}', /PersistedQueryNotFound/],
    ['a persisted query of an unknown version', '{"extensions": {"persistedQuery": {"version": 9, "sha256Hash": "ffff"}}}', /Unsupported persisted query version/],
  ];
  for (const [name, body, message] of shapes) add('malformed body', name, post(body), 'error', message);
  // A UTF-8 byte order mark is dropped by the decoder (RFC 8259 allows ignoring it), so this one is answered.
  add('malformed body', 'a byte order mark', post('\uFEFF{"query": "{ compact { name } }"}'), 'safe');

  // Syntax errors.
  const syntax: [string, string][] = [
    ['an unterminated string', '{ organization(id: "iom) { name } }'],
    ['unbalanced braces', '{ compact { name }'],
    ['a stray character', '{ compact { name } } ;'],
    ['a NUL character', '{ compact { name \u0000 } }'],
    ['only a keyword', 'query'],
    ['only whitespace and comments', '   # nothing here\n  '],
    ['a JSON document as the query', '{"compact": "name"}'],
    ['an SQL statement as the query', "SELECT * FROM organizations WHERE id = '1' OR 1=1"],
  ];
  for (const [name, query] of syntax) add('syntax', name, op(query), 'error', /Syntax Error|non-empty `query`|Unexpected/);

  // Unknown names, wrong literals, directives.
  add('validation', 'an unknown field', op('{ compact { colour } }'), 'error', /Cannot query field "colour" on type "Compact"/);
  add('validation', 'an unknown argument', op('{ countries(frist: 10) { totalCount } }'), 'error', /Unknown argument "frist"/);
  add('validation', 'a string literal for an Int', op('{ objective(number: "20") { title } }'), 'error', /Int cannot represent/);
  add('validation', 'an Int literal beyond 32 bits', op('{ objective(number: 99999999999) { title } }'), 'error', /Int cannot represent/);
  add('validation', 'a selection on a scalar', op('{ compact { name { first } } }'), 'error', /must not have a selection/);
  add('validation', 'no selection on an object', op('{ compact }'), 'error', /must have a selection of subfields/);
  add('validation', 'an unknown directive', op('{ compact { name @uppercase } }'), 'error', /Unknown directive "@uppercase"/);
  add('validation', 'a repeated directive', op('{ compact { name @skip(if: false) @skip(if: false) } }'), 'error', /can only be used once/);
  add('validation', 'a directive bomb', op(`{ compact { ${Array.from({ length: 60 }, (_, i) => `n${i % 2}: name @include(if: true)`).join(' ')} } }`), 'error', /limit exceeded/);
  add('validation', 'a subscription', op('subscription { compact { name } }'), 'error', /no subscriptions/);
  add('validation', 'two anonymous operations', op('{ compact { name } } { network { name } }'), 'error', /only operation|anonymous/i);
  add('validation', 'an unknown operationName', op('query A { compact { name } }', undefined, { operationName: 'B' }), 'error', /Unknown operation named "B"/);
  add('validation', 'several operations without operationName', op('query A { compact { name } } query B { network { name } }'), 'error', /several operations/);
  add('validation', 'a mutation on a graph without one', op('mutation { compact { name } }'), 'error', /no mutation|Unknown type|Cannot query/);
  add('validation', 'too many root fields', op(`{ ${Array.from({ length: 21 }, (_, i) => `c${i}: compact { name }`).join(' ')} }`), 'error', /Root field limit exceeded/);

  // Pagination cursors and arguments.
  const forged = (values: unknown) => Buffer.from(JSON.stringify(values)).toString('base64url');
  const cursorCases: [string, string][] = [
    ['a cursor that is not base64', '!!!'],
    ['a cursor of the wrong length', forged(['MEX', 1, 2])],
    ['a cursor holding an object', forged([{ $gt: '' }])],
    ['a cursor holding a nested array', forged([['MEX']])],
    ['a cursor holding a boolean', forged([true])],
    ['a cursor of a huge array', forged(Array.from({ length: 1000 }, () => 1))],
  ];
  const paged = 'query($a: String) { countries(first: 5, after: $a) { edges { node { iso3 } } } }';
  for (const [name, after] of cursorCases) add('pagination', name, op(paged, { a: after }), 'error', /Invalid after: is not a cursor returned by this list/);
  add('pagination', 'a cursor holding null', op(paged, { a: forged([null]) }), 'safe');

  // Identity.
  const auth = (authorization: string) => post({ query: '{ viewer { role } }' }, { authorization });
  const unsigned = (claims: object) =>
    `${Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url')}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.`;
  add('identity', 'a token with alg none', auth(`Bearer ${unsigned({ role: 'secretariat', sub: 'x' })}`), 'error', /algorithm none is not accepted/);
  add('identity', 'a garbage token', auth('Bearer a.b.c'), 'error', /Invalid bearer token/);
  add('identity', 'an empty bearer', auth('Bearer '), 'error', /must be "Bearer <token>"/);
  add('identity', 'Basic credentials', auth('Basic YWRtaW46YWRtaW4='), 'error', /must be "Bearer <token>"/);
  add('identity', 'a 12 KB token', auth(`Bearer ${'a'.repeat(12_000)}.b.c`), 'error', /Invalid bearer token|too large/);
  add('identity', 'a 40 KB header', auth(`Bearer ${'a'.repeat(40_000)}`), 'error', /too large/);

  // Other methods and paths.
  add('http', 'PUT', { method: 'PUT', headers: JSON_HEADERS, body: bodyText }, 'error', /GET\/POST|only supports/i);
  add('http', 'DELETE', { method: 'DELETE', headers: JSON_HEADERS }, 'error', /GET\/POST|only supports/i);
  add('http', 'a wrong path', { method: 'POST', path: '/graphiql', headers: JSON_HEADERS, body: bodyText }, 'error', /GraphQL is served at \/graphql/);
  add('http', 'a path traversal', { method: 'GET', path: '/graphql/../../etc/passwd' }, 'error', /GraphQL is served at \/graphql|Cross-Site|non-empty/);

  return cases;
}

/** Injection cases: hostile strings in every string argument of the schema, sampled per argument. */
function injectionCases(): HostileCase[] {
  return sampleInjections(injectionOperations(), INJECTIONS_PER_POSITION).map((o) => ({
    category: 'injection',
    name: `${o.injection} in ${o.position}`,
    request: op(o.query, o.variables),
    // NUL is refused outright; the rest are data, which must be taken literally.
    expect: o.injection === 'nul byte' ? 'error' : 'safe',
    message: o.injection === 'nul byte' ? /NUL character/ : undefined,
  }));
}

export function hostileCorpus(): HostileCase[] {
  return [...staticCases(), ...injectionCases()];
}

