// Table-driven authorization over every support-request mutation and restricted field, as every persona, through
// the gateway with real tokens. The table is tests/authz/support-requests.ts (also run by the graph-wide matrix).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGraph, token, type TestGraph } from './harness.js';
import { PERSONAS, type Persona } from './authz/types.js';
import { cases } from './authz/support-requests.js';
import { PROGRESS, COMPLETE, RESPOND, requestAt, tokens } from './fixtures/support-requests.js';

let graph: TestGraph;
const bearer: Partial<Record<Persona, string>> = {};
beforeAll(async () => {
  graph = await startTestGraph();
  for (const [persona, claims] of Object.entries(PERSONAS)) {
    if (claims) bearer[persona as Persona] = await token(graph.config, { ...claims, sub: `persona-${persona}` });
  }
});
afterAll(async () => graph?.stop());

/** Rows that any write would add to: a refused write must leave both counts unchanged. */
async function footprint() {
  const knex = graph.subgraphs['support-requests'].db.knex;
  const [requests, events] = await Promise.all([
    knex('support_requests').count({ n: '*' }).first(),
    knex('support_request_events').count({ n: '*' }).first(),
  ]);
  return { requests: Number(requests?.n), events: Number(events?.n) };
}

describe('support-requests authorization table', () => {
  for (const c of cases) {
    it(`${c.kind} ${c.name}: ${Object.entries(c.expect).map(([p, o]) => `${p}=${o}`).join(' ')}`, async () => {
      const seen: string[] = [];
      for (const persona of Object.keys(c.expect) as Persona[]) {
        const outcome = c.expect[persona];
        const op = await c.prepare(graph);
        const before = await footprint();
        const { body } = await graph.query(op.query, op.variables, { token: bearer[persona] });
        const after = await footprint();
        const label = `${c.name} as ${persona}`;
        if (outcome === 'allowed' || outcome === 'hidden') {
          expect(body.errors, label).toBeUndefined();
          if (outcome === 'hidden') expect(c.hidden!(body.data), `${label}: data should be withheld, got ${JSON.stringify(body.data)}`).toBe(true);
          if (outcome === 'allowed' && c.check) expect(c.check(body.data), `${label}: ${JSON.stringify(body.data)}`).toBe(true);
        } else {
          expect(body.errors?.[0]?.extensions?.code, `${label}: ${JSON.stringify(body.errors)}`).toBe(outcome);
          expect(body.data?.[c.name] ?? null, label).toBeNull();
          expect(after, `${label} wrote nothing`).toEqual(before);
        }
        if (c.kind === 'mutation' && outcome === 'allowed') expect(after.events, `${label} wrote its event`).toBe(before.events + 1);
        seen.push(persona);
      }
      expect(seen).toHaveLength(8);
    });
  }

  it('a matched partner that is not the lead may answer its match but not report progress or complete', async () => {
    const t = await tokens(graph);
    const started = await requestAt(graph, 'IN_IMPLEMENTATION');
    for (const query of [PROGRESS, COMPLETE]) {
      const input = query === PROGRESS ? { id: started.id, version: started.version, note: 'x' } : { id: started.id, version: started.version, summary: 'x' };
      const { body } = await graph.query(query, { input }, { token: t.ilo });
      expect(body.errors[0].extensions.code).toBe('FORBIDDEN');
      expect(body.errors[0].message).toMatch(/lead partner \(iom\)/);
    }
    const matched = await requestAt(graph, 'PARTNERS_IDENTIFIED');
    const { body } = await graph.query(RESPOND, { input: { id: matched.id, version: matched.version, accept: false, comment: 'No capacity this year' } }, { token: t.ilo });
    expect(body.errors).toBeUndefined();
    const ilo = body.data.respondToMatch.partners.find((p: any) => p.organization.id === 'ilo');
    expect(ilo.response).toBe('DECLINED');
    expect(body.data.respondToMatch.history.at(-1)).toMatchObject({ kind: 'MATCH_DECLINED', comment: 'No capacity this year', actor: { role: 'MEMBER', organization: { id: 'ilo' } } });
  });
});
