// Runs the knowledge-resources authorization cases (tests/authz/knowledge-resources.ts) as every persona through the
// gateway, so the case file is known to be right before the graph-wide matrix picks it up.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGraph, token, type TestGraph } from './harness.js';
import { cases } from './authz/knowledge-resources.js';
import { PERSONAS, type Persona } from './authz/types.js';

let graph: TestGraph;
beforeAll(async () => {
  graph = await startTestGraph();
});
afterAll(async () => graph?.stop());

describe.each(cases.map((c) => [c.name, c] as const))('%s', (_, c) => {
  it.each(Object.keys(PERSONAS) as Persona[])('as %s', async (persona) => {
    const claims = PERSONAS[persona];
    const { query, variables } = await c.prepare(graph);
    const { body } = await graph.query(query, variables, { token: claims ? await token(graph.config, claims as any) : undefined });
    const expected = c.expect[persona];
    if (expected === 'allowed' || expected === 'hidden') {
      expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
      if (c.hidden) expect(c.hidden(body.data)).toBe(expected === 'hidden');
    } else {
      expect(body.errors?.[0]?.extensions?.code, JSON.stringify(body)).toBe(expected);
    }
  });
});
