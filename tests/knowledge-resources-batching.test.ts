// N+1 guard for the knowledge-resources subgraph: nested connections under every objective cost the same number of SQL
// statements in this subgraph at 1k and at 10k resources (rows, counts, tags and facets each batch into one statement).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countStatements, startTestGraph, type TestGraph } from './harness.js';
import { insertGenerated } from '@unmn/knowledge-resources/data/seeds/generate';
import { benchmarkOptions, SAMPLE_SIZE } from '@unmn/knowledge-resources/data/seeds/index';

let graph: TestGraph;
beforeAll(async () => {
  graph = await startTestGraph();
});
afterAll(async () => graph?.stop());

const grow = async (to: number) => {
  const db = graph.subgraphs['knowledge-resources'].db;
  const n = Number((await db.knex('resources').count({ n: '*' }).first())!.n);
  await insertGenerated(db.knex, db.dialect, { from: n, to }, benchmarkOptions('2026-01-02T00:00:00.000Z'), undefined, 2000);
};

const QUERIES = {
  'the issue query': '{ objectives { number resources(first: 5) { totalCount edges { node { publishers { name } } } } } }',
  'with a search, snippets, tags and facets': `{ objectives { number resources(first: 5, filter: { search: "migrants", languages: ["en"] }) {
      totalCount edges { snippet node { title languages regions objectives { number title } countries { iso3 name } publishers { name } } }
      facets { types { type count } objectives { count } publishers { publisher { acronym } count } }
    } } }`,
};

describe('objectives { resources } over all 23 objectives', () => {
  it('runs a constant number of SQL statements in knowledge-resources at 1k and 10k resources', async () => {
    const measure = async () => {
      const counts: Record<string, number> = {};
      let total = 0;
      for (const [name, query] of Object.entries(QUERIES)) {
        let body: any;
        counts[name] = await countStatements(graph, 'knowledge-resources', async () => {
          body = (await graph.query(query)).body;
        });
        expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
        expect(body.data.objectives).toHaveLength(23);
        expect(body.data.objectives.every((o: any) => o.resources.edges.length === 5)).toBe(true);
        if (name === 'the issue query') total = body.data.objectives.reduce((s: number, o: any) => s + o.resources.totalCount, 0);
      }
      return { counts, total };
    };
    expect(SAMPLE_SIZE).toBeLessThan(1000);
    await grow(1000);
    const small = await measure();
    await grow(10_000);
    const large = await measure();
    expect(large.total).toBeGreaterThan(small.total * 8); // the data really grew tenfold
    expect(large.counts).toEqual(small.counts);
    // Pages' keys, counts and rows (3) and the tags of every node (1); with facets (1) and snippets (1) on top.
    expect(small.counts['the issue query']).toBe(4);
    expect(small.counts['with a search, snippets, tags and facets']).toBe(6);
  });
});
