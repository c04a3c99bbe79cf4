// The graph-wide authorization matrix, the one runner for every subgraph: every case in tests/authz/*.ts (one file
// per subgraph, each exporting `cases: AuthzCase[]`) runs as every persona through the gateway with a real signed
// token, its outcome is compared with the case's expectation, and every attempt that is not an allowed write (a
// refusal, a hidden or allowed read) must leave the case's subgraph's tables exactly as they were. The matrix checked
// is printed: rows are cases, columns personas. Each subgraph's package tests check its rules in depth on the
// subgraph alone; this runner checks that real tokens reach every subgraph as the personas they name.
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Knex } from 'knex';
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

const tablesOf = new Map<Knex, string[]>();
/** The subgraph's own tables (its migrations' bookkeeping included: a refusal must not touch that either). */
async function tables(knex: Knex, dialect: string): Promise<string[]> {
  if (!tablesOf.has(knex)) {
    const names: string[] =
      dialect === 'postgres'
        ? (await knex.raw("select table_name as name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE'")).rows.map((r: { name: string }) => r.name)
        // Full-text shadow tables change with their content table; the content table is enough.
        : (await knex.raw("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and sql not like 'CREATE VIRTUAL TABLE%'")).map((r: { name: string }) => r.name);
    tablesOf.set(knex, names.filter((n) => !/_fts(_|$)/.test(n)).sort());
  }
  return tablesOf.get(knex)!;
}

/** Every row of every table of `subgraph`, as text: equal footprints mean nothing was written. */
async function footprint(subgraph: string): Promise<string> {
  const { knex, dialect } = graph.subgraphs[subgraph].db;
  const parts: unknown[] = [];
  for (const table of await tables(knex, dialect)) parts.push(table, (await knex(table).select()).map((r) => JSON.stringify(r)).sort());
  return JSON.stringify(parts);
}

/** What a persona actually got, and whether the attempt wrote anything. */
async function attempt(c: AuthzCase, persona: Persona): Promise<{ outcome: Outcome | string; detail: string; wrote: boolean }> {
  const { query, variables } = await c.prepare(graph);
  const t = tokens[persona];
  const before = await footprint(c.subgraph);
  const { status, body } = await graph.query(query, variables, t ? { token: t } : {});
  const wrote = (await footprint(c.subgraph)) !== before;
  if (body.errors?.length) {
    const code = body.errors[0].extensions?.code ?? `HTTP ${status}`;
    return { outcome: code, detail: body.errors[0].message, wrote };
  }
  if (c.hidden?.(body.data)) return { outcome: 'hidden', detail: '', wrote };
  if (c.check && !c.check(body.data, persona)) return { outcome: 'allowed, wrong data', detail: JSON.stringify(body.data).slice(0, 300), wrote };
  return { outcome: 'allowed', detail: '', wrote };
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
        const { outcome, detail, wrote } = await attempt(c, persona);
        const ok = outcome === c.expect[persona];
        // Only an allowed mutation may write; it must (a refused-looking success that changed nothing is a bug too).
        const shouldWrite = c.kind === 'mutation' && c.expect[persona] === 'allowed';
        row[persona] = ok && wrote === shouldWrite ? outcome : `! ${outcome}${wrote ? ', wrote' : ''}`;
        if (!ok) mismatches.push(`${persona}: expected ${c.expect[persona]}, got ${outcome}${detail ? ` (${detail})` : ''}`);
        if (wrote !== shouldWrite) mismatches.push(`${persona}: ${wrote ? 'wrote to' : 'did not write to'} ${c.subgraph} (${outcome})`);
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
