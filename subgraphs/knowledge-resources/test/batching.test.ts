// N+1 guard: the resources this subgraph adds under every objective cost the same number of SQL statements at 1k and
// at 10k resources (rows, counts, tags and facets each batch into one statement). Asked through `_entities` with all
// 23 objectives, exactly as the gateway asks for `{ objectives { resources { … } } }`; fields of other subgraphs
// (publisher names, country names, objective titles) are theirs, so only their keys are selected here.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countStatementsOf, startTestSubgraph, type TestSubgraph } from '@unmn/shared/testing';
import { knowledgeResourcesSubgraph } from '../src/index.js';
import { insertGenerated } from '../src/data/seeds/generate.js';
import { benchmarkOptions, SAMPLE_SIZE } from '../src/data/seeds/index.js';
import { ALL_OBJECTIVES, ENTITIES, objectiveRefs } from './helpers.js';

let sub: TestSubgraph;
beforeAll(async () => {
  sub = await startTestSubgraph(knowledgeResourcesSubgraph);
});
afterAll(() => sub?.stop());

const grow = async (to: number) => {
  const { db } = sub;
  const n = Number((await db.knex('resources').count({ n: '*' }).first())!.n);
  await insertGenerated(db.knex, db.dialect, { from: n, to }, benchmarkOptions('2026-01-02T00:00:00.000Z'), undefined, 2000);
};

const QUERIES = {
  'the issue query': ENTITIES('... on Objective { number resources(first: 5) { totalCount edges { node { publishers { id } } } } }'),
  'with a search, snippets, tags and facets': ENTITIES(`... on Objective { number resources(first: 5, filter: { search: "migrants", languages: ["en"] }) {
      totalCount edges { snippet node { title languages regions objectives { number } countries { iso3 } publishers { id } } }
      facets { types { type count } objectives { count } publishers { publisher { id } count } }
    } }`),
};

/** Statements per query, and the total of all 23 objectives' lists (to prove the data grew). */
async function measure() {
  const counts: Record<string, number> = {};
  let total = 0;
  for (const [name, query] of Object.entries(QUERIES)) {
    let body: any;
    counts[name] = await countStatementsOf(sub.db, async () => {
      body = (await sub.query(query, { r: objectiveRefs(ALL_OBJECTIVES) })).body;
    });
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    expect(body.data._entities).toHaveLength(23);
    expect(body.data._entities.every((o: any) => o.resources.edges.length === 5)).toBe(true);
    if (name === 'the issue query') total = body.data._entities.reduce((s: number, o: any) => s + o.resources.totalCount, 0);
  }
  return { counts, total };
}

describe('Objective.resources over all 23 objectives', () => {
  let small: Awaited<ReturnType<typeof measure>>;

  it('at 1k resources: 4 statements, 5 with a search, snippets, tags and facets', async () => {
    expect(SAMPLE_SIZE).toBeLessThan(1000);
    await grow(1000);
    small = await measure();
    // Pages' keys, counts and rows (3) and the tags of every node (1); with facets (1) on top (snippets are made from
    // the rows already read, no statement of their own).
    expect(small.counts['the issue query']).toBe(4);
    expect(small.counts['with a search, snippets, tags and facets']).toBe(5);
  });

  describe('at 10k resources', () => {
    // Growing the data is setup, not the test: on PostgreSQL on a busy 2-core machine it can take half a minute.
    beforeAll(() => grow(10_000), 120_000);

    it('the same number of statements as at 1k', async () => {
      expect(small, 'the 1k measurement ran first').toBeDefined();
      const large = await measure();
      expect(large.total).toBeGreaterThan(small.total * 8); // the data really grew tenfold
      expect(large.counts).toEqual(small.counts);
    });
  });
});
