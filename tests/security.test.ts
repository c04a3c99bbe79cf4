// Error masking, structured logs with request ids, direct-access refusal at subgraphs, and the production switches
// (field suggestions off, introspection switchable). Two real graphs: one in production mode (secrets given through
// the environment), one in development mode. An unexpected error is provoked for real: the members subgraph's
// organizations table is renamed away, so its SQL fails as it would if a migration were missing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logSink, startTestGraph, token, type TestGraph } from './harness.js';
import { IDENTITY_HEADER, REQUEST_ID_HEADER, signIdentity } from '@unmn/shared/viewer';

const SECRETS = { JWT_SECRET: 'production-jwt-secret-for-tests-0123456789', IDENTITY_SECRET: 'production-identity-secret-for-tests-012345' };

/** A pino destination that keeps every line, parsed. */
// What must never reach a client in production: SQL, driver names, stack frames, file paths, internal addresses.
const LEAKS = /select |from `|from "|sqlite|postgres|relation "|no such table|organizations_hidden|node_modules|\/work\/|\.ts:\d|\.js:\d|\bat [\w.<>]+ \(|127\.0\.0\.1|localhost|stacktrace/i;

async function breakOrganizations(graph: TestGraph, fn: () => Promise<void>) {
  const knex = graph.subgraphs.members.db.knex;
  await knex.schema.renameTable('organizations', 'organizations_hidden');
  try {
    await fn();
  } finally {
    await knex.schema.renameTable('organizations_hidden', 'organizations');
  }
}

async function post(graph: TestGraph, url: string, body: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  const text = await res.text();
  return { status: res.status, text, body: JSON.parse(text), requestId: res.headers.get(REQUEST_ID_HEADER) };
}

describe('production mode', () => {
  let graph: TestGraph;
  const logs = logSink();
  beforeAll(async () => {
    graph = await startTestGraph({
      env: { NODE_ENV: 'production', ...SECRETS, LOG_LEVEL: 'info', INTROSPECTION: 'false' },
      logDestination: logs.stream,
    });
  });
  afterAll(async () => graph?.stop());

  it('answers an unexpected error as "Unexpected error" with the request id, and nothing else', async () => {
    await breakOrganizations(graph, async () => {
      const res = await post(graph, graph.gateway.url, { query: '{ organization(id: "iom") { name } }' });
      expect(res.status).toBe(200);
      expect(res.body.data).toEqual({ organization: null });
      expect(res.body.errors).toEqual([
        { message: 'Unexpected error', path: ['organization'], extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: res.requestId } },
      ]);
      expect(res.text).not.toMatch(LEAKS);
    });
  });

  it('logs the detail as JSON lines carrying the same request id, in the gateway and in the subgraph', async () => {
    await breakOrganizations(graph, async () => {
      const res = await post(graph, graph.gateway.url, { query: '{ organization(id: "iom") { name } }' });
      const lines = logs.lines.filter((l) => l.requestId === res.requestId);
      const subgraphError = lines.find((l) => l.service === 'members' && l.msg === 'unexpected error');
      expect(subgraphError.level).toBe(50);
      // The SQL and the driver's reason, which the client never saw.
      expect(subgraphError.err.message).toMatch(/select .*organizations/i);
      expect(subgraphError.err.message).toMatch(/no such table|does not exist/);
      expect(lines.find((l) => l.service === 'gateway' && l.msg === 'unexpected error')).toMatchObject({ subgraph: 'members', path: ['organization'] });
      // Request lines (info level) from both processes share the id the gateway passed on in x-request-id.
      expect(lines.filter((l) => l.msg === 'request').map((l) => l.service).sort()).toEqual(['gateway', 'members']);
    });
  });

  it('keeps a client-supplied request id so a caller can correlate, if it is a plain token', async () => {
    const res = await post(graph, graph.gateway.url, { query: '{ compact { name } }' }, { [REQUEST_ID_HEADER]: 'partner-sync-0042' });
    expect(res.requestId).toBe('partner-sync-0042');
    const forged = await post(graph, graph.gateway.url, { query: '{ compact { name } }' }, { [REQUEST_ID_HEADER]: 'x" {"level":60,"msg":"forged"}' });
    expect(forged.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('never puts tokens or signed identities in the log', async () => {
    const t = await token(graph.config, { role: 'secretariat' });
    await post(graph, graph.gateway.url, { query: '{ viewer { role } }' }, { authorization: `Bearer ${t}` });
    const all = JSON.stringify(logs.lines);
    expect(all).not.toContain(t);
    expect(all).not.toContain(t.split('.')[2]);
  });

  it('passes client errors through unmasked, but without suggestions of field names', async () => {
    const res = await post(graph, graph.gateway.url, { query: '{ objectives { titel } }' });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].message).toBe('Cannot query field "titel" on type "Objective".');
    expect(res.body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const bad = await post(graph, graph.gateway.url, { query: '{ countries(first: 500) { totalCount } }' });
    expect(bad.body.errors[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'first' } });
    expect(bad.body.errors[0].extensions.stacktrace).toBeUndefined();
  });

  it('refuses introspection when INTROSPECTION=false', async () => {
    const res = await post(graph, graph.gateway.url, { query: '{ __schema { types { name } } }' });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].message).toMatch(/introspection is not allowed/i);
    expect(res.body.data).toBeUndefined();
  });

  it('a subgraph answers 401 to an unsigned request, and keeps /health and /metrics open', async () => {
    for (const subgraph of Object.values(graph.subgraphs)) {
      const res = await post(graph, subgraph.url, { query: '{ __typename }' });
      expect(res.status).toBe(401);
      expect(res.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
      expect(res.body.errors[0].message).toMatch(/only requests that come through the gateway/);
      expect(res.body.data).toBeUndefined();
      expect((await fetch(subgraph.url.replace('/graphql', '/health'))).status).toBe(200);
      expect((await fetch(subgraph.url.replace('/graphql', '/metrics'))).status).toBe(200);
    }
    // The gateway's own signature is what gets through.
    const identity = await signIdentity({ role: 'anonymous', subject: null, organizationId: null, countryIso3: null }, SECRETS.IDENTITY_SECRET);
    const signed = await post(graph, graph.subgraphs.members.url, { query: '{ viewer { role } }' }, { [IDENTITY_HEADER]: identity });
    expect(signed.body).toEqual({ data: { viewer: { role: 'ANONYMOUS' } } });
  });

  it('answers an unreachable subgraph with a retryable error that names no address', async () => {
    const gcm = graph.subgraphs['gcm-objectives'];
    const { closeServer } = await import('@unmn/shared/http');
    await closeServer(gcm.server);
    try {
      const res = await post(graph, graph.gateway.url, { query: '{ compact { name } }' });
      expect(res.body.errors[0]).toMatchObject({ message: 'The gcm-objectives service is not answering; try again shortly.', extensions: { code: 'SERVICE_UNAVAILABLE' } });
      expect(res.text).not.toMatch(LEAKS);
      expect(logs.lines.find((l) => l.requestId === res.requestId && l.msg === 'subgraph unreachable').err.message).toMatch(/ECONNREFUSED/);
    } finally {
      await new Promise<void>((resolve) => gcm.server.listen(gcm.port, graph.config.host, resolve));
    }
    expect((await post(graph, graph.gateway.url, { query: '{ compact { objectiveCount } }' })).body.data.compact.objectiveCount).toBe(23);
  });

  // A kept-alive connection the subgraph drops just as the gateway reuses it: the subgraph destroys the connection of
  // the next request it receives, once. (Its handler still runs that request: the gateway cannot know whether a dropped
  // request was executed, which is why a mutation is not sent again.)
  const dropNextConnection = (server: import('node:http').Server) =>
    server.prependOnceListener('request', (req: import('node:http').IncomingMessage) => req.socket.destroy());

  it('retries a query once when a subgraph drops the connection, so the client never sees it', async () => {
    const gcm = graph.subgraphs['gcm-objectives'];
    dropNextConnection(gcm.server);
    const res = await post(graph, graph.gateway.url, { query: '{ objective(number: 20) { shortTitle } }' });
    expect(res.body).toEqual({ data: { objective: { shortTitle: 'Remittances' } } });
    expect(logs.lines.some((l) => l.requestId === res.requestId && l.msg.startsWith('subgraph connection reset') && l.subgraph === 'gcm-objectives')).toBe(true);
  });

  it('never sends a mutation twice: a dropped connection is a retryable error for the client', async () => {
    const fund = graph.subgraphs['fund-projects'];
    dropNextConnection(fund.server);
    const res = await post(graph, graph.gateway.url, { query: 'mutation { closeFundProject(input: { id: "none", version: 1 }) { id } }' });
    expect(res.body.errors[0]).toMatchObject({ message: 'The fund-projects service is not answering; try again shortly.', extensions: { code: 'SERVICE_UNAVAILABLE' } });
    expect(logs.lines.some((l) => l.requestId === res.requestId && l.msg.startsWith('subgraph connection reset'))).toBe(false);
    // The listener was used up by the one attempt: the next mutation reaches the subgraph (which refuses the anonymous caller).
    const next = await post(graph, graph.gateway.url, { query: 'mutation { closeFundProject(input: { id: "none", version: 1 }) { id } }' });
    expect(next.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });
});

describe('development mode', () => {
  let graph: TestGraph;
  beforeAll(async () => {
    graph = await startTestGraph({ env: { NODE_ENV: 'development', LOG_LEVEL: 'silent' } });
  });
  afterAll(async () => graph?.stop());

  it('shows the full detail of an unexpected error: the original message and the stack', async () => {
    await breakOrganizations(graph, async () => {
      const res = await post(graph, graph.gateway.url, { query: '{ organization(id: "iom") { name } }' });
      const error = res.body.errors[0];
      expect(error.message).toMatch(/select .*organizations/i);
      expect(error.message).toMatch(/no such table|does not exist/);
      expect(error.extensions.requestId).toBe(res.requestId);
      expect(error.extensions.code).toBe('INTERNAL_SERVER_ERROR');
      expect(Array.isArray(error.extensions.stacktrace)).toBe(true);
    });
  });

  it('answers a client error with its message alone: no stack of the code that refused it', async () => {
    const res = await post(graph, graph.gateway.url, { query: '{ objectives(filter: { numbers: [99] }) { number } }' });
    expect(res.body.errors[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'filter.numbers[0]' } });
    expect(res.body.errors[0].extensions.stacktrace).toBeUndefined();
  });

  it('suggests field names', async () => {
    const res = await post(graph, graph.gateway.url, { query: '{ objectives { titel } }' });
    expect(res.body.errors[0].message).toBe('Cannot query field "titel" on type "Objective". Did you mean "title"?');
  });

  it('lets a subgraph be queried directly without a signature (REQUIRE_GATEWAY defaults off here)', async () => {
    const res = await post(graph, graph.subgraphs.members.url, { query: '{ viewer { role } }' });
    expect(res.body).toEqual({ data: { viewer: { role: 'ANONYMOUS' } } });
  });
});

describe('direct access with IDENTITY_SECRET set, outside production', () => {
  let graph: TestGraph;
  beforeAll(async () => {
    graph = await startTestGraph({ env: { IDENTITY_SECRET: SECRETS.IDENTITY_SECRET, LOG_LEVEL: 'silent' } });
  });
  afterAll(async () => graph?.stop());

  it('a configured secret turns refusal on: unsigned 401, through the gateway fine, REQUIRE_GATEWAY=false opts out', async () => {
    expect(graph.config.auth.requireGateway).toBe(true);
    const direct = await post(graph, graph.subgraphs['gcm-objectives'].url, { query: '{ compact { name } }' });
    expect(direct.status).toBe(401);
    expect((await post(graph, graph.gateway.url, { query: '{ compact { objectiveCount } }' })).body.data.compact.objectiveCount).toBe(23);
    const { loadConfig } = await import('@unmn/shared/config');
    expect(loadConfig({ IDENTITY_SECRET: SECRETS.IDENTITY_SECRET, REQUIRE_GATEWAY: 'false' }).auth.requireGateway).toBe(false);
  });
});

describe('secret rotation', () => {
  const OLD = { jwt: 'old-jwt-secret-being-rotated-out-0123456789', identity: 'old-identity-secret-being-rotated-out-01234' };
  let graph: TestGraph;
  beforeAll(async () => {
    graph = await startTestGraph({
      env: { ...SECRETS, JWT_SECRET_PREVIOUS: OLD.jwt, IDENTITY_SECRET_PREVIOUS: OLD.identity, LOG_LEVEL: 'silent' },
    });
  });
  afterAll(async () => graph?.stop());

  it('accepts client tokens signed with the previous JWT secret, and refuses any other', async () => {
    const current = await token(graph.config, { role: 'secretariat', sub: 'new' });
    const previous = await token({ ...graph.config, auth: { ...graph.config.auth, jwtSecret: OLD.jwt } }, { role: 'secretariat', sub: 'old' });
    const stranger = await token({ ...graph.config, auth: { ...graph.config.auth, jwtSecret: 'x'.repeat(40) } }, { role: 'secretariat' });
    expect((await graph.query('{ viewer { subject } }', {}, { token: current })).body.data.viewer.subject).toBe('new');
    expect((await graph.query('{ viewer { subject } }', {}, { token: previous })).body.data.viewer.subject).toBe('old');
    expect((await graph.query('{ viewer { subject } }', {}, { token: stranger })).status).toBe(401);
  });

  it('subgraphs accept identities signed with the previous identity secret while the gateway signs with the new one', async () => {
    const viewer = { role: 'secretariat' as const, subject: 's', organizationId: null, countryIso3: null };
    for (const [secret, status] of [[SECRETS.IDENTITY_SECRET, 200], [OLD.identity, 200], ['z'.repeat(40), 401]] as const) {
      const res = await post(graph, graph.subgraphs.members.url, { query: '{ viewer { role } }' }, { [IDENTITY_HEADER]: await signIdentity(viewer, secret) });
      expect(res.status, secret).toBe(status);
    }
  });
});
