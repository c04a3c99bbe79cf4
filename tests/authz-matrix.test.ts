// The graph-wide authorization matrix: every case in tests/authz/*.ts (one file per subgraph, each exporting
// `cases: AuthzCase[]`) runs as every persona through the gateway with a real signed token, and its outcome is
// compared with the case's expectation. The matrix checked is printed: rows are cases, columns personas.
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGraph, token, type TestGraph } from './harness.js';
import { PERSONAS, type AuthzCase, type Outcome, type Persona } from './authz/types.js';

const AUTHZ_DIR = new URL('./authz/', import.meta.url);
const files = fs.readdirSync(AUTHZ_DIR).filter((f) => f.endsWith('.ts') && f !== 'types.ts').sort();
const cases: AuthzCase[] = [];
for (const file of files) {
  const module = (await import(new URL(file, AUTHZ_DIR).href)) as { cases?: AuthzCase[] };
  if (!Array.isArray(module.cases)) throw new Error(`tests/authz/${file} must export "cases: AuthzCase[]"`);
  cases.push(...module.cases);
}
const personas = Object.keys(PERSONAS) as Persona[];

let graph: TestGraph;
const tokens = {} as Record<Persona, string | null>;
/** observed[caseLabel][persona] = outcome, with a mark when it differs from the expectation. */
const observed = new Map<string, Record<Persona, string>>();
const label = (c: AuthzCase) => `${c.subgraph} ${c.kind} ${c.name}`;

beforeAll(async () => {
  graph = await startTestGraph();
  for (const persona of personas) {
    const claims = PERSONAS[persona];
    tokens[persona] = claims ? await token(graph.config, { ...claims, sub: `authz-${persona}` }) : null;
  }
});

afterAll(async () => {
  await graph?.stop();
  if (!observed.size) return;
  const rows = [...observed.entries()].map(([name, cells]) => [name, ...personas.map((p) => cells[p] ?? '-')]);
  const header = ['case', ...personas];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  console.log(
    [`Authorization matrix (${observed.size} cases x ${personas.length} personas; "!" marks a mismatch):`, line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n'),
  );
});

/** What a persona actually got. */
async function attempt(c: AuthzCase, persona: Persona): Promise<{ outcome: Outcome | string; detail: string }> {
  const { query, variables } = await c.prepare(graph);
  const t = tokens[persona];
  const { status, body } = await graph.query(query, variables, t ? { token: t } : {});
  if (body.errors?.length) {
    const code = body.errors[0].extensions?.code ?? `HTTP ${status}`;
    return { outcome: code, detail: body.errors[0].message };
  }
  if (c.hidden?.(body.data)) return { outcome: 'hidden', detail: '' };
  if (c.check && !c.check(body.data, persona)) return { outcome: 'allowed, wrong data', detail: JSON.stringify(body.data).slice(0, 300) };
  return { outcome: 'allowed', detail: '' };
}

describe('authorization matrix', () => {
  it('loads every case file, and every case names an outcome for every persona', () => {
    expect(files).toContain('foundation.ts');
    for (const c of cases) expect(Object.keys(c.expect).sort(), label(c)).toEqual([...personas].sort());
  });

  if (cases.length === 0) {
    console.log('Authorization matrix: no cases in tests/authz/*.ts yet; nothing to check.');
    it.skip('has cases to run', () => {});
  }

  for (const c of cases) {
    it(label(c), async () => {
      const row = {} as Record<Persona, string>;
      observed.set(label(c), row);
      const mismatches: string[] = [];
      for (const persona of personas) {
        const { outcome, detail } = await attempt(c, persona);
        const ok = outcome === c.expect[persona];
        row[persona] = ok ? outcome : `! ${outcome}`;
        if (!ok) mismatches.push(`${persona}: expected ${c.expect[persona]}, got ${outcome}${detail ? ` (${detail})` : ''}`);
      }
      expect(mismatches).toEqual([]);
    });
  }

  it('uses real tokens: the gateway refuses each persona\'s token re-signed with another secret', async () => {
    const other = { ...graph.config, auth: { ...graph.config.auth, jwtSecret: 'another-secret-that-the-gateway-does-not-know' } };
    for (const persona of personas) {
      const claims = PERSONAS[persona];
      if (!claims) continue;
      const forged = await token(other, { ...claims, sub: `authz-${persona}` });
      const { status, body } = await graph.query('{ viewer { role } }', {}, { token: forged });
      expect(status, persona).toBe(401);
      expect(body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    }
  });
});
