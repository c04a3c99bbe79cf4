// Sends the hostile corpus (tests/hostile/) through a real gateway in production mode and checks every answer:
// no 5xx, a well-formed GraphQL response, every error a client error with a message a person can act on (never
// "Unexpected error", never internals), and afterwards every process still answers and the data is intact.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logSink, startTestGraph, type TestGraph } from './harness.js';
import { hostileCorpus, INJECTIONS_PER_POSITION, type HostileCase } from './hostile/corpus.js';
import { INJECTIONS, injectionOperations, sampleInjections } from './hostile/injection.js';
import { CLIENT_ERROR_CODES } from '@unmn/shared/masking';

const CONCURRENCY = 6;
const corpus = hostileCorpus();
// The corpus's own time budget, per test: each test sends at most CHUNK requests (one category, or a slice of the
// injection cases). The slowest chunk took 21 s on a 2-core machine at load average 24 (a few seconds when idle), so
// 60 s leaves room for slower machines; the corpus grows with the schema's string arguments only
// (INJECTIONS_PER_POSITION strings each), and then only by more chunks, never by longer tests.
const CORPUS_BUDGET_MS = 60_000;
const CHUNK = 100;

/** The corpus as [label, cases] per test: each category whole, the injection cases in chunks of CHUNK. */
function batches(): [string, HostileCase[]][] {
  const byCategory = new Map<string, HostileCase[]>();
  for (const c of corpus) byCategory.set(c.category, [...(byCategory.get(c.category) ?? []), c]);
  return [...byCategory].flatMap(([category, cases]): [string, HostileCase[]][] => {
    if (cases.length <= CHUNK) return [[category, cases]];
    const parts = Math.ceil(cases.length / CHUNK);
    return Array.from({ length: parts }, (_, i) => [`${category} (${i + 1} of ${parts})`, cases.slice(i * CHUNK, (i + 1) * CHUNK)]);
  });
}

// Internals that must never reach a client.
const LEAKS = /select .* from|sqlite|postgres|relation "|no such table|node_modules|\/work\/|\.ts:\d|\.js:\d|\bat [\w.<>]+ \(|127\.0\.0\.1|localhost:|stacktrace/i;

let graph: TestGraph;
// Warnings and errors the processes log while under attack: shown when a check fails, so a failure says why.
const logs = logSink();
const logged = () => logs.lines.map((l) => `${l.msg} ${JSON.stringify({ subgraph: l.subgraph, code: l.code, err: l.err?.message })}`).join('\n');
beforeAll(async () => {
  graph = await startTestGraph({
    env: { NODE_ENV: 'production', JWT_SECRET: 'hostile-corpus-jwt-secret-0123456789abcdef', IDENTITY_SECRET: 'hostile-corpus-identity-secret-0123456789ab', LOG_LEVEL: 'warn' },
    logDestination: logs.stream,
  });
});
afterAll(async () => graph?.stop());

interface Answer {
  status: number;
  contentType: string;
  text: string;
}

async function send(c: HostileCase): Promise<Answer> {
  const base = graph.gateway.url.replace(/\/graphql$/, '');
  const { method = 'POST', path = '/graphql', headers = {}, body } = c.request;
  const res = await fetch(base + path, { method, headers, body: body as BodyInit | undefined });
  return { status: res.status, contentType: res.headers.get('content-type') ?? '', text: await res.text() };
}

/** Problems with one answer; empty when it is acceptable for the case. */
function problems(c: HostileCase, answer: Answer): string[] {
  const found: string[] = [];
  if (answer.status >= 500) found.push(`HTTP ${answer.status}`);
  if (LEAKS.test(answer.text)) found.push(`leaks internals: ${answer.text.slice(0, 300)}`);
  let body: any;
  try {
    body = JSON.parse(answer.text);
  } catch {
    return [...found, `not JSON (${answer.contentType}): ${answer.text.slice(0, 200)}`];
  }
  const results = Array.isArray(body) ? body : [body];
  const errors = results.flatMap((r: any) => (Array.isArray(r?.errors) ? r.errors : []));
  for (const r of results) {
    if (typeof r !== 'object' || r === null || (!('data' in r) && !('errors' in r))) found.push(`not a GraphQL response: ${JSON.stringify(r).slice(0, 200)}`);
  }
  for (const e of errors) {
    const code = e?.extensions?.code;
    // PERSISTED_QUERY_NOT_FOUND is the automatic-persisted-query protocol's signal: clients resend the full query.
    const protocolSignal = code === 'PERSISTED_QUERY_NOT_FOUND';
    if (typeof e?.message !== 'string' || (!protocolSignal && e.message.trim().split(/\s+/).length < 3)) found.push(`unhelpful message ${JSON.stringify(e?.message)}`);
    if (!CLIENT_ERROR_CODES.has(code)) found.push(`code ${code}: ${e?.message}`);
  }
  if (c.expect === 'error') {
    if (errors.length === 0) found.push(`expected an error, got ${answer.text.slice(0, 200)}`);
    if (answer.status === 200 && results.every((r: any) => r.data && Object.values(r.data).some((v) => v !== null))) found.push('answered with data');
    if (c.message && !errors.some((e: any) => c.message!.test(e.message))) found.push(`no message matching ${c.message}: ${errors.map((e: any) => e.message.slice(0, 200)).join(' | ')}`);
  }
  return found;
}

describe('the hostile corpus', () => {
  it('has at least 200 cases, covering every category', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(200);
    const categories = new Set(corpus.map((c) => c.category));
    for (const category of ['deep nesting', 'alias bomb', 'fragment bomb', 'fragment cycle', 'huge string', 'invalid UTF-8', 'wrong variable type', 'missing variable', 'injection', 'oversized list', 'batch', 'content type', 'GET']) {
      expect(categories).toContain(category);
    }
  });

  it('attacks every string argument position of the schema, the same strings on every run, every string somewhere', () => {
    const all = injectionOperations();
    const sample = sampleInjections(all, INJECTIONS_PER_POSITION);
    const positions = new Set(all.map((o) => o.position));
    expect(new Set(sample.map((o) => o.position))).toEqual(positions);
    expect(sample).toHaveLength(positions.size * INJECTIONS_PER_POSITION);
    // Deterministic, and a position's strings depend on its name only: adding or removing other positions (a schema
    // change elsewhere) leaves them as they were.
    const one = [...positions][positions.size >> 1];
    expect(sampleInjections(all.filter((o) => o.position === one), INJECTIONS_PER_POSITION)).toEqual(sample.filter((o) => o.position === one));
    expect(sampleInjections(all, INJECTIONS_PER_POSITION)).toEqual(sample);
    const uses = new Map<string, number>();
    for (const o of sample) uses.set(o.injection, (uses.get(o.injection) ?? 0) + 1);
    for (const name of Object.keys(INJECTIONS)) expect(uses.get(name) ?? 0, name).toBeGreaterThanOrEqual(5);
  });

  // One test per category (the injection cases in chunks of CHUNK), each with the corpus's explicit time budget, so a
  // failure names its category and no single test grows with the schema.
  for (const [label, cases] of batches()) {
    it(`gets a well-formed, actionable answer to every ${label} case, and never a 5xx`, { timeout: CORPUS_BUDGET_MS }, async () => {
      const failures: string[] = [];
      const queue = [...cases];
      const worker = async () => {
        for (let c = queue.shift(); c; c = queue.shift()) {
          const found = problems(c, await send(c));
          if (found.length) failures.push(`[${c.category}] ${c.name}: ${found.join('; ')}`);
        }
      };
      await Promise.all(Array.from({ length: CONCURRENCY }, worker));
      expect(failures, `logged during the run:\n${logged()}`).toEqual([]);
    });
  }

  it('takes injection strings literally: a lookup by an injected id finds nothing', async () => {
    for (const id of ["' OR '1'='1", "iom' --", '%', 'IOM']) {
      const { body } = await graph.query('query($id: ID!) { organization(id: $id) { id } }', { id });
      expect(body).toEqual({ data: { organization: null } });
    }
    const { body } = await graph.query('query($s: String) { countries(filter: { search: $s }) { totalCount } }', { s: '%' });
    expect(body.data.countries.totalCount).toBe(0);
  });

  it('leaves every process answering and the data intact afterwards', async () => {
    const { body } = await graph.query('{ objective(number: 20) { shortTitle } countries { totalCount } organizations(filter: { ids: ["iom"] }) { totalCount } }');
    expect(body, `logged during the run:\n${logged()}`).toEqual({ data: { objective: { shortTitle: 'Remittances' }, countries: { totalCount: 195 }, organizations: { totalCount: 1 } } });
    for (const url of [graph.gateway.url, ...Object.values(graph.subgraphs).map((s) => s.url)]) {
      expect((await fetch(url.replace('/graphql', '/health'))).status).toBe(200);
    }
  });
});
