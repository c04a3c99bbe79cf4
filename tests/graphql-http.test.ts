// The gateway speaks GraphQL over HTTP as the GraphQL Foundation's draft specifies, checked with the reference audit
// suite (graphql-http's auditServer): generic clients (GraphiQL, graphql-request, urql, codegen introspection) rely on
// its status codes and media types, not on anything Apollo-specific.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditServer, type AuditResult } from 'graphql-http';
import { startTestGraph, type TestGraph } from './harness.js';

let graph: TestGraph;
let results: AuditResult[];

beforeAll(async () => {
  graph = await startTestGraph();
  results = await auditServer({ url: graph.gateway.url });
}, 30_000);
afterAll(() => graph?.stop());

const post = (body: unknown, accept?: string) =>
  fetch(graph.gateway.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(accept ? { accept } : {}) },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

describe('GraphQL over HTTP audit (graphql-http auditServer)', () => {
  it('passes all 61 audits: no warning, no error', () => {
    const notOk = results.filter((r) => r.status === 'warn' || r.status === 'error').map((r) => `${r.status} ${r.id}: ${r.name}: ${'reason' in r ? r.reason : ''}`);
    expect(notOk).toEqual([]);
    expect(results.length).toBe(61);
    expect(results.filter((r) => r.status === 'ok').length).toBeGreaterThanOrEqual(58);
  });

  it('answers 200 with the errors to a client accepting only application/json, for parse, validation and variable errors', async () => {
    for (const body of [{ query: '{' }, { query: '{ noSuchField }' }, { query: 'query ($n: Int!) { objective(number: $n) { number } }', variables: { n: 'x' } }]) {
      const res = await post(body, 'application/json');
      expect(res.status, JSON.stringify(body)).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^application\/json/);
      const json = await res.json();
      expect(json.data).toBeUndefined();
      expect(json.errors[0].extensions.code).toMatch(/^(GRAPHQL_PARSE_FAILED|GRAPHQL_VALIDATION_FAILED|BAD_USER_INPUT)$/);
    }
  });

  it('keeps 400 for application/graphql-response+json, for clients sending no Accept header, and for malformed requests', async () => {
    expect((await post({ query: '{ noSuchField }' }, 'application/graphql-response+json')).status).toBe(400);
    expect((await post({ query: '{ noSuchField }' })).status).toBe(400); // fetch sends Accept: */*
    expect((await post({ query: '{ noSuchField }' }, '*/*')).status).toBe(400);
    expect((await post({ variables: {} }, 'application/json')).status).toBe(400);
    expect((await post('{"query":', 'application/json')).status).toBe(400);
  });
});
