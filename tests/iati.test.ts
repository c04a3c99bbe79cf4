// GET /iati/activities.xml: the fund's joint programmes as IATI 2.03 activities for donors. The file must validate
// against the IATI schema (xmllint, Debian's libxml2-utils, installed by .ci/run) and its money must be the graph's:
// disbursements are the recorded transfers, commitments the approved budget shares.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGraph, token, type TestGraph } from './harness.js';

const XSD = fileURLToPath(new URL('../../shared/reference/iati/iati-activities-schema.xsd', import.meta.url));
const xmllint = spawnSync('xmllint', ['--version']).status === 0;
if (!xmllint) console.warn('[tests/iati] xmllint not found: the IATI schema check is skipped. Install it with `apt-get install -y libxml2-utils` (.ci/run does).');

let graph: TestGraph;
let iatiUrl: string;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'iati-'));

beforeAll(async () => {
  graph = await startTestGraph();
  iatiUrl = graph.gateway.url.replace(/\/graphql$/, '/iati/activities.xml');
}, 30_000);
afterAll(async () => {
  await graph?.stop();
  fs.rmSync(tmp, { recursive: true, force: true });
});

const cents = (amount: string) => BigInt(amount.replace('.', ''));
const fetchXml = async (query = '', headers: Record<string, string> = {}) => {
  const res = await fetch(iatiUrl + query, { headers });
  return { status: res.status, type: res.headers.get('content-type'), text: await res.text() };
};
/** `<transaction>` values of one type, in cents, per activity code. */
function transactions(xml: string, type: string): Map<string, bigint> {
  const totals = new Map<string, bigint>();
  for (const activity of xml.split('<iati-activity ').slice(1)) {
    const code = /<iati-identifier>UNMN-MIG00-([^<]+)<\/iati-identifier>/.exec(activity)![1];
    let sum = 0n;
    for (const m of activity.matchAll(new RegExp(`<transaction-type code="${type}"/>.*?<value [^>]*>([0-9.]+)</value>`, 'g'))) sum += cents(m[1]);
    totals.set(code, sum);
  }
  return totals;
}
function validate(xml: string, name: string): { ok: boolean; output: string } {
  const file = path.join(tmp, name);
  fs.writeFileSync(file, xml);
  const run = spawnSync('xmllint', ['--noout', '--schema', XSD, file], { encoding: 'utf8' });
  return { ok: run.status === 0, output: run.stderr };
}

describe('IATI activities export', () => {
  it.skipIf(!xmllint)('validates against the IATI 2.03 activities schema, with and without sample programmes', async () => {
    const real = await fetchXml();
    expect(real.status).toBe(200);
    expect(real.type).toMatch(/^application\/xml/);
    expect(validate(real.text, 'real.xml')).toEqual({ ok: true, output: expect.stringContaining('validates') });
    const all = await fetchXml('?samples=include');
    expect(validate(all.text, 'all.xml')).toEqual({ ok: true, output: expect.stringContaining('validates') });
    // The schema check can fail: a file missing a required element does not validate.
    expect(validate(real.text.replace(/<activity-status [^>]*\/>/g, ''), 'broken.xml').ok).toBe(false);
  });

  it("publishes the real programmes, and disbursements that equal the graph's transfers to each", async () => {
    const { text } = await fetchXml();
    const { body: { data } } = await graph.query(`{ fundProjects(first: 100, filter: { sample: false }) { totalCount edges { node { code status transferred { amount } budget { amount } } } } }`);
    const projects = data.fundProjects.edges.map((e: any) => e.node);
    expect(projects.length).toBeGreaterThan(0);
    const disbursed = transactions(text, '3');
    expect([...disbursed.keys()].sort()).toEqual(projects.map((p: any) => p.code).sort());
    for (const p of projects) expect(disbursed.get(p.code), p.code).toBe(cents(p.transferred.amount));
    const committed = transactions(text, '2');
    for (const p of projects.filter((p: any) => ['APPROVED', 'ACTIVE', 'CLOSED'].includes(p.status))) expect(committed.get(p.code), p.code).toBe(cents(p.budget.amount));
    expect(text).not.toContain('SAMPLE-');
  });

  it("with samples included, every transfer of the fund is disbursed once: totals equal the fund's transferredTotal", async () => {
    const { text } = await fetchXml('?samples=include');
    const { body: { data } } = await graph.query(`{ fund { transferredTotal { amount currency } transfers(first: 0) { totalCount } } }`);
    const disbursed = [...transactions(text, '3').values()].reduce((a, b) => a + b, 0n);
    expect(disbursed).toBe(cents(data.fund.transferredTotal.amount));
    expect(text.match(/<transaction-type code="3"\/>/g)?.length ?? 0).toBe(data.fund.transfers.totalCount);
    expect(text).toContain('default-currency="USD"');
  });

  it('shows a caller what its token may read: anonymous callers get public programmes only; a bad token is refused', async () => {
    const anonymous = await fetchXml('?samples=include');
    expect(anonymous.text).not.toContain('SAMPLE-2024-01'); // a concept note: not public
    const fmu = await token(graph.config, { role: 'fund-manager' });
    const staff = await fetchXml('?samples=include', { authorization: `Bearer ${fmu}` });
    expect(staff.status).toBe(200);
    expect(staff.text).toContain('SAMPLE-2024-01');
    const refused = await fetchXml('', { authorization: 'Bearer not-a-token' });
    expect(refused.status).toBe(401);
    expect(JSON.parse(refused.text).errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a samples value other than include with a 400 naming it, rather than a file silently without samples', async () => {
    for (const query of ['?samples=true', '?samples=', '?samples=include&samples=yes']) {
      const bad = await fetchXml(query);
      expect(bad.status, query).toBe(400);
      const [error] = JSON.parse(bad.text).errors;
      expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'samples' });
      expect(error.message).toMatch(/^Invalid samples: .*\?samples=include/);
    }
  });
});
