// GET /export/<dataset>.ndjson and .csv: bulk files for analysts and partners. What a user relies on: the file holds
// the same rows, in the same order, as the graph gives the same token (visibility included: the secretariat sees
// support requests the public does not), the first line says what each column is, CSV cells survive commas, quotes
// and line breaks, and an unknown dataset is named in a clear 404.
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGraph, token, type TestGraph } from './harness.js';

let graph: TestGraph;
let base: string;
let secretariat: string;

beforeAll(async () => {
  graph = await startTestGraph();
  base = graph.gateway.url.replace(/\/graphql$/, '/export/');
  secretariat = await token(graph.config, { role: 'secretariat' });
}, 30_000);
afterAll(async () => {
  await graph?.stop();
});

/** The graph's own answer for a dataset, written here independently of the export: key and title (or name) per row. */
const GRAPH: Record<string, { field: string; key: string; label: string; selection: string; filter?: string; list?: boolean }> = {
  organizations: { field: 'organizations', key: 'id', label: 'name', selection: 'id name' },
  countries: { field: 'countries', key: 'iso3', label: 'name', selection: 'iso3 name' },
  objectives: { field: 'objectives', key: 'number', label: 'title', selection: 'number title', list: true },
  resources: { field: 'resources', key: 'id', label: 'title', selection: 'id title', filter: '{ reviewStatuses: [PUBLISHED] }' },
  'fund-projects': { field: 'fundProjects', key: 'id', label: 'title', selection: 'id title budget { amount } transferred { amount }' },
  'support-requests': { field: 'supportRequests', key: 'id', label: 'title', selection: 'id title' },
};

async function graphRows(name: string, bearer?: string): Promise<any[]> {
  const g = GRAPH[name];
  if (g.list) {
    const { body } = await graph.query(`{ ${g.field} { ${g.selection} } }`, {}, { token: bearer });
    expect(body.errors).toBeUndefined();
    return body.data[g.field];
  }
  const rows: any[] = [];
  for (let after: string | null = null; ;) {
    const { body }: { body: any } = await graph.query(
      `query($after: String) { ${g.field}(first: 100, after: $after${g.filter ? `, filter: ${g.filter}` : ''}) { pageInfo { hasNextPage endCursor } edges { node { ${g.selection} } } } }`,
      { after }, { token: bearer });
    expect(body.errors).toBeUndefined();
    const page: any = body.data[g.field];
    rows.push(...page.edges.map((e: any) => e.node));
    if (!page.pageInfo.hasNextPage) return rows;
    after = page.pageInfo.endCursor;
  }
}

async function download(file: string, bearer?: string) {
  const res = await fetch(base + file, { headers: bearer ? { authorization: `Bearer ${bearer}` } : {} });
  return { status: res.status, type: res.headers.get('content-type'), text: await res.text() };
}

describe('bulk export', () => {
  const callers: [string, () => string | undefined][] = [['anonymous', () => undefined], ['secretariat', () => secretariat]];
  for (const name of Object.keys(GRAPH)) {
    it.each(callers)(`${name}: NDJSON and CSV hold the graph's rows for %s`, async (_, bearer) => {
      const g = GRAPH[name];
      const expected = await graphRows(name, bearer());
      expect(expected.length).toBeGreaterThan(0);

      const ndjson = await download(`${name}.ndjson`, bearer());
      expect(ndjson.status).toBe(200);
      expect(ndjson.type).toMatch(/^application\/x-ndjson/);
      const [schemaLine, ...lines] = ndjson.text.trimEnd().split('\n').map((l) => JSON.parse(l));
      const columns = Object.keys(schemaLine.$schema.columns);
      expect(schemaLine.$schema.dataset).toBe(name);
      for (const c of columns) expect(schemaLine.$schema.columns[c]).toEqual(expect.any(String));
      expect(lines.map((r) => Object.keys(r))).toEqual(lines.map(() => columns));
      expect(lines.map((r) => [String(r[g.key]), r[g.label]])).toEqual(expected.map((r) => [String(r[g.key]), r[g.label]]));

      const csv = await download(`${name}.csv`, bearer());
      expect(csv.status).toBe(200);
      expect(csv.type).toMatch(/^text\/csv/);
      const [header, ...cells] = parse(csv.text) as string[][];
      expect(header).toEqual(columns);
      const records = cells.map((row) => Object.fromEntries(header.map((h, i) => [h, row[i]])));
      expect(records.map((r) => [r[g.key], r[g.label]])).toEqual(expected.map((r) => [String(r[g.key]), r[g.label]]));

      if (name === 'fund-projects') {
        // The money is the graph's to the cent, in both formats.
        const money = expected.map((p) => [p.budget.amount, p.transferred.amount]);
        expect(lines.map((p) => [p.budget, p.transferred])).toEqual(money);
        expect(records.map((p) => [p.budget, p.transferred])).toEqual(money);
      }
    });
  }

  it('follows the token: the secretariat exports support requests the public cannot see, the public only its own', async () => {
    const pub = (await download('support-requests.ndjson')).text.trimEnd().split('\n').length;
    const all = (await download('support-requests.ndjson', secretariat)).text.trimEnd().split('\n').length;
    expect(all).toBeGreaterThan(pub);
  });

  it('names an unknown dataset or format and lists the known ones', async () => {
    const unknown = await download('donors.csv');
    expect(unknown.status).toBe(404);
    const [error] = JSON.parse(unknown.text).errors;
    expect(error.message).toContain('"donors"');
    expect(error.extensions).toMatchObject({ code: 'UNKNOWN_DATASET', datasets: Object.keys(GRAPH) });
    expect(error.message).toContain('support-requests');

    const format = await download('countries.xlsx');
    expect(format.status).toBe(404);
    expect(JSON.parse(format.text).errors[0]).toMatchObject({ message: expect.stringContaining('"xlsx"'), extensions: { code: 'UNKNOWN_FORMAT' } });
  });

  it('passes on the graph\'s refusal of a bad token before writing any row', async () => {
    const res = await download('organizations.csv', 'not-a-token');
    expect(res.status).toBe(401);
    expect(res.text).not.toMatch(/^id,/);
  });
});

describe('bulk export under a rate limit', () => {
  let limited: TestGraph;
  beforeAll(async () => {
    limited = await startTestGraph({ env: { RATE_LIMIT_PER_MINUTE: '2' } });
  }, 30_000);
  afterAll(async () => {
    await limited?.stop();
  });

  it('counts a file as one request of the caller\'s, however many pages it reads, and keeps the limit for the rest', async () => {
    const res = await fetch(limited.gateway.url.replace(/\/graphql$/, '/export/resources.ndjson'));
    expect(res.status).toBe(200);
    const rows = (await res.text()).trimEnd().split('\n').length - 1;
    // More pages (100 rows each) than the limit allows requests: the file would be cut if each page counted.
    expect(rows).toBeGreaterThan(2 * 100);
    const statuses: number[] = [];
    for (let i = 0; i < 2; i++) statuses.push((await limited.query('{ objectives { number } }')).status);
    // The export took one of the two; one query fits, the next is refused.
    expect(statuses).toEqual([200, 429]);
  });

  it('does not honour the page pass from a caller who guesses the header', async () => {
    const bearer = await token(limited.config, { role: 'secretariat', sub: 'guesser' });
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) {
      const res = await fetch(limited.gateway.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${bearer}`, 'x-gateway-page': 'a'.repeat(64) },
        body: JSON.stringify({ query: '{ objectives { number } }' }),
      });
      statuses.push(res.status);
    }
    expect(statuses).toEqual([200, 200, 429]);
  });
});
