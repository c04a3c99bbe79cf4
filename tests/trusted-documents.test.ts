// Trusted documents through the whole graph: a client held to the manifest runs approved operations by hash and is
// refused ad hoc documents and unknown hashes with a clear error; a signed-in analyst keeps ad hoc queries.
import fs from 'node:fs';
import { createHash } from 'node:crypto';
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGraph, token, type TestGraph } from './harness.js';

const manifest: Record<string, string> = JSON.parse(fs.readFileSync(new URL('../clients/trusted-documents.json', import.meta.url), 'utf8'));
const [dashboardHash] = Object.entries(manifest).find(([, doc]) => doc.startsWith('query ObjectiveDashboard'))!;
const hex = dashboardHash.replace(/^sha256:/, '');
const AD_HOC = '{ objective(number: 20) { title } }';

describe('TRUSTED_DOCUMENTS=per-client', () => {
  let graph: TestGraph;
  let portal: string;
  let analyst: string;
  beforeAll(async () => {
    graph = await startTestGraph({ env: { TRUSTED_DOCUMENTS: 'per-client', TRUSTED_DOCUMENTS_CLIENTS: 'hub-portal, dtm-app' } });
    const secret = new TextEncoder().encode(graph.config.auth.jwtSecret!);
    portal = await new SignJWT({ role: 'member', org: 'iom', azp: 'hub-portal' }).setProtectedHeader({ alg: 'HS256' }).setSubject('portal').setIssuedAt().setExpirationTime('1h').sign(secret);
    analyst = await token(graph.config, { role: 'secretariat' });
  });
  afterAll(() => graph?.stop());

  const postWith = async (body: Record<string, unknown>, t?: string) => {
    const res = await fetch(graph.gateway.url, { method: 'POST', headers: { 'content-type': 'application/json', ...(t ? { authorization: `Bearer ${t}` } : {}) }, body: JSON.stringify(body) });
    return { status: res.status, body: (await res.json()) as any };
  };

  it('a held client runs an approved operation by its hash', async () => {
    const { status, body } = await postWith({ extensions: { persistedQuery: { version: 1, sha256Hash: hex } }, variables: { number: 20 } }, portal);
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data.objective.number).toBe(20);
  });

  it('a held client cannot run an ad hoc query', async () => {
    const { status, body } = await graph.query(AD_HOC, {}, { token: portal });
    expect(status).toBe(400);
    expect(body.data).toBeUndefined();
    expect(body.errors[0].extensions.code).toBe('OPERATION_NOT_TRUSTED');
    expect(body.errors[0].message).toMatch(/client "hub-portal" may only run operations from the trusted-documents manifest/);
  });

  it('a held client cannot register an ad hoc query as a persisted query', async () => {
    const query = AD_HOC;
    const sha256Hash = createHash('sha256').update(query).digest('hex');
    const { body } = await postWith({ query, extensions: { persistedQuery: { version: 1, sha256Hash } } }, portal);
    expect(body.errors[0].extensions.code).toBe('OPERATION_NOT_TRUSTED');
    // Nor use one an analyst registered.
    expect((await postWith({ query, extensions: { persistedQuery: { version: 1, sha256Hash } } }, analyst)).body.data.objective.title).toBeTruthy();
    const { body: again } = await postWith({ extensions: { persistedQuery: { version: 1, sha256Hash } } }, portal);
    expect(again.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect(again.errors[0].message).toMatch(/Unknown operation hash/);
  });

  it('an unknown hash from a held client is refused naming the hash', async () => {
    const { status, body } = await postWith({ extensions: { persistedQuery: { version: 1, sha256Hash: 'f'.repeat(64) } } }, portal);
    expect(status).toBe(400);
    expect(body.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect(body.errors[0].message).toContain('f'.repeat(64));
  });

  it('a signed-in analyst and an anonymous caller still run ad hoc queries', async () => {
    const asAnalyst = await graph.query(AD_HOC, {}, { token: analyst });
    expect(asAnalyst.body.errors).toBeUndefined();
    expect(asAnalyst.body.data.objective.title).toBeTruthy();
    expect((await graph.query(AD_HOC)).body.data.objective.title).toBeTruthy();
  });
});

describe('TRUSTED_DOCUMENTS=all', () => {
  let graph: TestGraph;
  beforeAll(async () => {
    graph = await startTestGraph({ env: { TRUSTED_DOCUMENTS: 'all' } });
  });
  afterAll(() => graph?.stop());

  it('holds anonymous callers to the manifest and leaves signed-in analysts free', async () => {
    const anonymous = await graph.query(AD_HOC);
    expect(anonymous.body.errors[0].extensions.code).toBe('OPERATION_NOT_TRUSTED');
    expect(anonymous.body.errors[0].message).toMatch(/an anonymous caller may only run/);
    const analyst = await graph.query(AD_HOC, {}, { token: await token(graph.config, { role: 'member', org: 'iom' }) });
    expect(analyst.body.data.objective.title).toBeTruthy();
  });
});

describe('TRUSTED_DOCUMENTS_FILE', () => {
  it('a manifest whose entry does not hash to its document stops start-up naming the entry', async () => {
    const file = `${process.env.TMPDIR ?? '/tmp'}/trusted-${process.pid}.json`;
    fs.writeFileSync(file, JSON.stringify({ [dashboardHash]: AD_HOC }));
    await expect(startTestGraph({ env: { TRUSTED_DOCUMENTS: 'all', TRUSTED_DOCUMENTS_FILE: file }, modules: [] })).rejects.toThrow(`entry ${dashboardHash} does not hash to its document`);
    fs.rmSync(file);
  });
});
