// Table-driven authorization for every fund-projects mutation and the read visibility of programmes, for every persona, through the gateway with real tokens
// (the cases live in tests/authz/fund-projects.ts, which the graph-wide matrix also runs). A refused attempt must
// carry the expected code and leave every fund-projects table exactly as it was.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGraph, token, type TestGraph } from './harness.js';
import { PERSONAS, type Persona } from './authz/types.js';
import { cases } from './authz/fund-projects.js';
import { snapshot } from './fund-projects-fixtures.js';

let graph: TestGraph;
beforeAll(async () => {
  graph = await startTestGraph();
});
afterAll(async () => {
  console.log(`\nfund-projects authorization matrix\n${matrix.join('\n')}\n`);
  await graph?.stop();
});

const personas = Object.keys(PERSONAS) as Persona[];
const matrix: string[] = [`${'mutation'.padEnd(20)} ${personas.map((p) => p.padEnd(18)).join(' ')}`];

describe.each(cases.map((c) => [c.name, c] as const))('%s', (name, c) => {
  it('is allowed, hidden or refused as the table says, for every persona; refusals and reads write nothing', async () => {
    const row: string[] = [];
    for (const persona of personas) {
      const { query, variables } = await c.prepare(graph);
      const claims = PERSONAS[persona];
      const before = await snapshot(graph);
      const { body } = await graph.query(query, variables, claims ? { token: await token(graph.config, claims) } : {});
      const expected = c.expect[persona];
      let got: string = body.errors ? body.errors[0].extensions?.code : 'allowed';
      if (got === 'allowed' && c.hidden?.(body.data)) got = 'hidden';
      if (got === 'allowed' && c.check && !c.check(body.data, persona)) got = 'allowed, wrong data';
      row.push(got.padEnd(18));
      expect(got, `${name} as ${persona}: ${JSON.stringify(body.errors ?? body.data).slice(0, 400)}`).toBe(expected);
      if (c.kind === 'field' || expected !== 'allowed') expect(await snapshot(graph), `${name} as ${persona} wrote something`).toBe(before);
      else expect(await snapshot(graph)).not.toBe(before);
    }
    matrix.push(`${name.padEnd(20)} ${row.join(' ')}`);
  });
});
