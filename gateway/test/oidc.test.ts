// OpenID Connect at the gateway against the development identity provider (idp/, oidc-provider over real HTTP): the
// gateway discovers the issuer's keys, follows a key rotation without a restart, maps claims to roles, and refuses
// what it must with a reason. The gateway's verifier is used directly for claim checks, and the whole gateway for
// readiness and the HTTP answer.
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SignJWT } from 'jose';
import { listen, closeServer } from '@unmn/shared/http';
import { ConfigError, loadConfig } from '@unmn/shared/config';
import { postGraphQL, testConfig } from '@unmn/shared/testing';
import { startIdp, type RunningIdp } from '@unmn/idp/server';
import { createTokenVerifier } from '../src/auth.js';
import { composeSupergraph, eventually, membersSdl, saveByRename, startStub, startTestGateway, tempDir, type StubSubgraph } from './stubs.js';

const bearer = (token: string) => `Bearer ${token}`;
const oidcEnv = (idp: { issuer: string; audience: string }, extra: Record<string, string> = {}) => ({
  OIDC_ISSUER: idp.issuer,
  OIDC_AUDIENCE: idp.audience,
  OIDC_JWKS_COOLDOWN_MS: '0',
  OIDC_JWKS_TIMEOUT_MS: '1000',
  ...extra,
});

let idp: RunningIdp;
beforeAll(async () => {
  idp = await startIdp(testConfig(), { port: 0, quiet: true });
});
afterAll(() => idp?.stop());

describe('tokens from the development identity provider', () => {
  it('a client-credentials token is accepted and maps to its role', async () => {
    const verify = await createTokenVerifier(testConfig(oidcEnv(idp)));
    expect(await verify(bearer(await idp.clientCredentialsToken('partner-system')))).toEqual({ role: 'member', subject: 'partner-system', organizationId: 'iom', countryIso3: null });
    expect((await verify(bearer(await idp.clientCredentialsToken('reporting-system')))).role).toBe('secretariat');
    // Development HS256 tokens keep working beside the issuer.
    const dev = await new SignJWT({ role: 'secretariat' }).setProtectedHeader({ alg: 'HS256' }).setSubject('dev').setExpirationTime('1h').sign(new TextEncoder().encode(testConfig().auth.jwtSecret!));
    expect((await verify(bearer(dev))).role).toBe('secretariat');
  });

  it('follows a key rotation without a restart: the new key is accepted, a retired one refused', async () => {
    const verify = await createTokenVerifier(testConfig(oidcEnv(idp)));
    const old = await idp.clientCredentialsToken('partner-system');
    expect((await verify(bearer(old))).role).toBe('member');
    // Rotate twice over HTTP, as an operator would: the first key is retired, the second still published.
    const first = await (await fetch(`${idp.issuer}/dev/rotate-key`, { method: 'POST' })).json();
    const second = await (await fetch(`${idp.issuer}/dev/rotate-key`, { method: 'POST' })).json();
    expect(second.retired).toContain(first.published[1]);
    const fresh = await idp.clientCredentialsToken('partner-system');
    expect(JSON.parse(Buffer.from(fresh.split('.')[0], 'base64url').toString()).kid).toBe(second.signing);
    expect((await verify(bearer(fresh))).role).toBe('member');
    await expect(verify(bearer(old))).rejects.toThrow(/signing key .* is not among the issuer's published keys: retired or unknown/);
  });

  it('refuses an expired token, another audience, another issuer and unmapped claims, each with its reason', async () => {
    const verify = await createTokenVerifier(testConfig(oidcEnv(idp)));
    const short = await idp.clientCredentialsToken('short-lived-system');
    const otherAudience = await idp.clientCredentialsToken('partner-system', { resource: 'https://reports.example.org' });
    const unmapped = await idp.clientCredentialsToken('unmapped-system');
    const other = await startIdp(testConfig(), { port: 0, quiet: true });
    try {
      const foreign = await other.clientCredentialsToken('partner-system');
      await expect(verify(bearer(foreign))).rejects.toThrow(`issuer "${other.issuer}" is not accepted (OIDC_ISSUER is ${idp.issuer})`);
    } finally {
      await other.stop();
    }
    await expect(verify(bearer(otherAudience))).rejects.toThrow('audience "https://reports.example.org" is not accepted (expected "urn:un-migration-network:graph")');
    await expect(verify(bearer(unmapped))).rejects.toThrow(`claim "role" is missing; it gives the viewer's role (OIDC_CLAIMS "role")`);
    // short-lived-system tokens live 1 s; jose refuses a token once the current second reaches `exp`.
    await new Promise((r) => setTimeout(r, 2100));
    await expect(verify(bearer(short))).rejects.toThrow('Invalid bearer token: it has expired');
  });

  it('maps provider claims through OIDC_CLAIMS, naming the provider claim that maps to nothing', async () => {
    const mapping = { role: 'role', organization: 'org', country: 'country', roles: { secretariat: 'steering-committee' } };
    const verify = await createTokenVerifier(testConfig(oidcEnv(idp, { OIDC_CLAIMS: JSON.stringify(mapping) })));
    expect((await verify(bearer(await idp.clientCredentialsToken('reporting-system')))).role).toBe('steering-committee');
    await expect(verify(bearer(await idp.clientCredentialsToken('partner-system')))).rejects.toThrow(
      'claim "role" is "member", which maps to no role (OIDC_CLAIMS "roles" maps "secretariat")',
    );
  });
});

describe('bad input', () => {
  it('a malformed claim mapping is a configuration error naming it', () => {
    const load = (claims: string) => () => loadConfig({ ...oidcEnv(idp), OIDC_CLAIMS: claims });
    expect(load('{"role": ')).toThrow(/OIDC_CLAIMS: not readable JSON/);
    expect(load('{"roles": {"admin": "root"}}')).toThrow(/OIDC_CLAIMS: "roles.admin": /);
    expect(load('{"rol": "x"}')).toThrow(ConfigError);
    expect(() => loadConfig({ OIDC_ISSUER: idp.issuer })).toThrow(/OIDC_AUDIENCE: required with OIDC_ISSUER/);
  });

  it('a JWKS with no usable key is refused, naming the issuer and the keys found', async () => {
    // A real provider misconfigured to publish only an encryption key.
    const server = http.createServer((req, res) => {
      const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
      res.writeHead(200, { 'content-type': 'application/json' });
      if (req.url === '/.well-known/openid-configuration') res.end(JSON.stringify({ issuer: base, jwks_uri: `${base}/jwks` }));
      else res.end(JSON.stringify({ keys: [{ kty: 'RSA', use: 'enc', n: 'AQAB', e: 'AQAB', kid: 'enc-1' }] }));
    });
    const port = await listen(server, 0, '127.0.0.1');
    try {
      const issuer = `http://127.0.0.1:${port}`;
      const verify = await createTokenVerifier(testConfig(oidcEnv({ issuer, audience: 'x' })));
      expect(await verify.issuerStatus!()).toMatch(`OIDC_ISSUER ${issuer}: JWKS ${issuer}/jwks has no usable signing key (keys found: RSA/enc`);
      // Hand-made: the refusal comes before any signature check, so the signature need not be real.
      const forged = [{ alg: 'RS256', kid: 'enc-1' }, { iss: issuer, role: 'secretariat' }].map((part) => Buffer.from(JSON.stringify(part)).toString('base64url')).join('.') + '.c2ln';
      await expect(verify(bearer(forged))).rejects.toThrow('has no usable signing key');
    } finally {
      await closeServer(server, { timeoutMs: 100 });
    }
  });

  it('an issuer that does not answer: the gateway starts, is not ready and refuses its tokens until it answers', async () => {
    const down = await startIdp(testConfig(), { port: 0, quiet: true });
    const { issuer, port } = down;
    const token = await down.clientCredentialsToken('reporting-system');
    await down.stop();
    const tmp = tempDir();
    const stub: StubSubgraph = await startStub('members', membersSdl(false));
    const file = `${tmp.dir}/supergraph.graphql`;
    saveByRename(file, composeSupergraph([{ name: 'members', url: stub.url, sdl: membersSdl(false) }]));
    const gateway = await startTestGateway(file, [stub], oidcEnv({ issuer, audience: down.audience }));
    let back: RunningIdp | undefined;
    try {
      const ready = await gateway.get('/ready');
      expect(ready.status).toBe(503);
      expect(ready.body.identityProvider).toMatch(`OIDC_ISSUER ${issuer}: discovery document ${issuer}/.well-known/openid-configuration could not be read (ECONNREFUSED)`);
      const refused = await postGraphQL(gateway.gateway.url, { query: '{ members { id } }' }, { authorization: bearer(token) });
      expect(refused.status).toBe(401);
      expect(refused.body.errors[0].message).toMatch('its issuer cannot be checked now: OIDC_ISSUER');
      // The provider comes back on the same address (new keys: the old token is now from a retired key).
      back = await startIdp(testConfig(), { port, quiet: true });
      await eventually('the gateway ready', async () => (await gateway.get('/ready')).status === 200);
      const answered = await postGraphQL(gateway.gateway.url, { query: '{ members { id } }' }, { authorization: bearer(await back.clientCredentialsToken('reporting-system')) });
      expect(answered.status).toBe(200);
      expect(answered.body.data.members).toHaveLength(2);
    } finally {
      await gateway.stop();
      await back?.stop();
      await stub.stop();
      tmp.remove();
    }
  });
});
