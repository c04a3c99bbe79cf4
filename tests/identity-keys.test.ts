// Production identity: tokens signed by an identity provider's private key, verified at the gateway with a public key
// file or a local JWKS file. Real keys, real tokens, real HTTP.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SignJWT, exportJWK, exportSPKI, generateKeyPair } from 'jose';
import { startTestGraph, type TestGraph } from './harness.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'keys-'));
let keys: Awaited<ReturnType<typeof generateKeyPair>>;
const sign = (alg: string, key: any, claims: Record<string, unknown>, kid?: string) =>
  new SignJWT(claims).setProtectedHeader({ alg, ...(kid ? { kid } : {}) }).setSubject('idp-user').setIssuer('https://idp.example').setIssuedAt().setExpirationTime('5m').sign(key);

beforeAll(async () => {
  keys = await generateKeyPair('RS256', { extractable: true });
  fs.writeFileSync(path.join(dir, 'public.pem'), await exportSPKI(keys.publicKey));
  const jwk = { ...(await exportJWK(keys.publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
  fs.writeFileSync(path.join(dir, 'jwks.json'), JSON.stringify({ keys: [jwk] }));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe.each([
  ['a public key file', { JWT_PUBLIC_KEY_FILE: 'public.pem' }],
  ['a JWKS file', { JWT_JWKS_FILE: 'jwks.json' }],
])('gateway verifying RS256 tokens with %s', (_, files) => {
  let graph: TestGraph;
  beforeAll(async () => {
    const env = Object.fromEntries(Object.entries(files).map(([k, v]) => [k, path.join(dir, v)]));
    graph = await startTestGraph({ env: { ...env, JWT_ISSUER: 'https://idp.example' } });
  });
  afterAll(() => graph?.stop());

  it('accepts a token signed by the private key', async () => {
    const t = await sign('RS256', keys.privateKey, { role: 'country', country: 'MEX' }, 'k1');
    const { status, body } = await graph.query('{ viewer { role subject country { iso3 name } } }', {}, { token: t });
    expect(status).toBe(200);
    expect(body.data.viewer).toEqual({ role: 'COUNTRY', subject: 'idp-user', country: { iso3: 'MEX', name: 'Mexico' } });
  });

  it('refuses an HS256 token, another key and a wrong issuer', async () => {
    const other = await generateKeyPair('RS256');
    const attempts = [
      [await sign('HS256', new TextEncoder().encode('x'.repeat(40)), { role: 'secretariat' }), /algorithm HS256 is not accepted/],
      [await sign('RS256', other.privateKey, { role: 'secretariat' }, 'k1'), /signature|no applicable key/i],
      [await new SignJWT({ role: 'secretariat' }).setProtectedHeader({ alg: 'RS256', kid: 'k1' }).setIssuer('https://evil.example').setExpirationTime('5m').sign(keys.privateKey), /iss/],
    ] as const;
    for (const [t, reason] of attempts) {
      const { status, body } = await graph.query('{ viewer { role } }', {}, { token: t });
      expect(status).toBe(401);
      expect(body.errors[0].message).toMatch(reason);
    }
  });
});
