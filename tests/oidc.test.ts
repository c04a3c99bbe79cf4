// Signing in through the whole graph: a partner system gets a token from the development identity provider (idp/, a
// real OpenID provider over HTTP) by client credentials, and the gateway maps its claims to the viewer every subgraph
// sees. The gateway's own OIDC tests (rotation, refusals, bad input) are in gateway/test/oidc.test.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startIdp, type RunningIdp } from '@unmn/idp/server';
import { startTestGraph, testConfig, token, type TestGraph } from './harness.js';

let idp: RunningIdp;
let graph: TestGraph;
beforeAll(async () => {
  idp = await startIdp(testConfig(), { port: 0, quiet: true });
  graph = await startTestGraph({ env: { OIDC_ISSUER: idp.issuer, OIDC_AUDIENCE: idp.audience } });
});
afterAll(async () => {
  await graph?.stop();
  await idp?.stop();
});

describe('OpenID Connect through the gateway', () => {
  it('a client-credentials token from the provider reaches the subgraphs as its role, organization and subject', async () => {
    const res = await fetch(`${idp.issuer}/token`, {
      method: 'POST',
      headers: { authorization: `Basic ${Buffer.from('partner-system:dev-only-client-secret').toString('base64')}`, 'content-type': 'application/x-www-form-urlencoded' },
      body: 'grant_type=client_credentials',
    });
    expect(res.status).toBe(200);
    const { access_token } = (await res.json()) as { access_token: string };
    const answer = await graph.query('{ viewer { role subject organization { id } } }', {}, { token: access_token });
    expect(answer.body).toEqual({ data: { viewer: { role: 'MEMBER', subject: 'partner-system', organization: { id: 'iom' } } } });
  });

  it('still accepts development tokens from `npm run token`, and refuses a token whose claims map to no role', async () => {
    const dev = await graph.query('{ viewer { role } }', {}, { token: await token(graph.config, { role: 'secretariat' }) });
    expect(dev.body.data.viewer.role).toBe('SECRETARIAT');
    const unmapped = await graph.query('{ viewer { role } }', {}, { token: await idp.clientCredentialsToken('unmapped-system') });
    expect(unmapped.status).toBe(401);
    expect(unmapped.body.errors[0]).toMatchObject({ message: `Invalid bearer token: claim "role" is missing; it gives the viewer's role (OIDC_CLAIMS "role")`, extensions: { code: 'UNAUTHENTICATED' } });
  });
});
