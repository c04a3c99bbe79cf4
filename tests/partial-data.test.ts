// Issue 10: an outage costs only its own fields. With any one subgraph stopped, the README's dashboard query (and a
// query spanning three subgraphs' root fields) still returns everything the other four own, with one
// SERVICE_UNAVAILABLE error per failed part naming the stopped subgraph; once it is back, full answers return.
// This works because every field one subgraph adds to another's entity, every reference to another subgraph's entity
// and every root field is nullable (docs/subgraph-guide.md, "Federation conventions").
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSubgraph } from '@unmn/shared/subgraph';
import type { SubgraphName } from '@unmn/shared/config';
import { logSink, startTestGraph, type TestGraph } from './harness.js';
import { subgraphs as registry } from '../scripts/lib/subgraphs.js';

// README, "One query across all five subgraphs" (tests/operations/readme-dashboard.graphql).
const DASHBOARD = fs.readFileSync(new URL('./operations/readme-dashboard.graphql', import.meta.url), 'utf8');
// Root fields of three subgraphs side by side (issue 10's example, which answered `data: null`).
const ROOTS = `{ objective(number: 20) { title } fundProjects(first: 1) { totalCount } organization(id: "iom") { acronym } }`;

type Answer = { dashboard: any; roots: any };

/**
 * What the two queries answer without `down`: the healthy answer with exactly the parts `down` resolves set to null,
 * and how many parts those are (the gateway reports one error per failed part).
 */
function without(down: SubgraphName, healthy: Answer): { expected: Answer; failedParts: { dashboard: number; roots: number } } {
  const expected: Answer = structuredClone(healthy);
  const o = expected.dashboard.objective;
  switch (down) {
    case 'members':
      // Four parts: the publishers of practices, and the requesting country, the matched partners' organizations and
      // the participating organizations: each a reference whose fields members resolves.
      for (const e of o.resources.edges) e.node.publishers = null;
      for (const e of o.supportRequests.edges) {
        e.node.country = null;
        for (const p of e.node.partners) p.organization = null;
      }
      for (const e of o.fundProjects.edges) for (const p of e.node.participatingOrganizations) p.organization = null;
      expected.roots.organization = null;
      return { expected, failedParts: { dashboard: 4, roots: 1 } };
    case 'gcm-objectives':
      // The objective itself is gcm-objectives' root field: the other subgraphs' fields hang under it, so nothing of
      // the dashboard can be answered. The other root fields still are.
      expected.dashboard.objective = null;
      expected.roots.objective = null;
      return { expected, failedParts: { dashboard: 1, roots: 1 } };
    case 'knowledge-resources':
      o.resources = null;
      return { expected, failedParts: { dashboard: 1, roots: 0 } };
    case 'support-requests':
      o.supportRequests = null;
      return { expected, failedParts: { dashboard: 1, roots: 0 } };
    case 'fund-projects':
      o.fundProjects = null;
      expected.roots.fundProjects = null;
      return { expected, failedParts: { dashboard: 1, roots: 1 } };
    case 'exchange':
      // The change feed and webhooks: nothing of these queries comes from it.
      return { expected, failedParts: { dashboard: 0, roots: 0 } };
  }
}

let graph: TestGraph;
const logs = logSink(); // the gateway logs every unreachable subgraph; keep that out of the test output
let healthy: Answer;

async function ask(): Promise<{ data: Answer; errors: { dashboard: any[]; roots: any[] } }> {
  const [dashboard, roots] = await Promise.all([graph.query(DASHBOARD), graph.query(ROOTS)]);
  expect(dashboard.status).toBe(200);
  expect(roots.status).toBe(200);
  return {
    data: { dashboard: dashboard.body.data, roots: roots.body.data },
    errors: { dashboard: dashboard.body.errors ?? [], roots: roots.body.errors ?? [] },
  };
}

beforeAll(async () => {
  graph = await startTestGraph({ logDestination: logs.stream });
  const answer = await ask();
  expect(answer.errors).toEqual({ dashboard: [], roots: [] });
  healthy = answer.data;
  // The healthy answer has something from every subgraph, so nulling a part below is a real loss to detect.
  const o = healthy.dashboard.objective;
  expect(o.title).toMatch(/remittances/);
  expect(o.resources.edges.length).toBeGreaterThan(0);
  expect(o.resources.edges.some((e: any) => e.node.publishers.length > 0)).toBe(true);
  expect(o.supportRequests.edges.length).toBeGreaterThan(0);
  expect(o.supportRequests.edges.every((e: any) => e.node.country.name && e.node.partners.length > 0)).toBe(true);
  expect(o.fundProjects.edges.length).toBeGreaterThan(0);
  expect(healthy.roots).toMatchObject({ objective: { title: o.title }, organization: { acronym: 'IOM' } });
  expect(healthy.roots.fundProjects.totalCount).toBeGreaterThan(0);
}, 60_000);
afterAll(() => graph?.stop());

describe('an outage of one subgraph costs only its own fields', () => {
  for (const module of registry) {
    const name = module.name as SubgraphName;
    it(`${name} down: the others answer in full, with one error per failed part naming ${name}; back within 5 s after it restarts`, async () => {
      const stopped = graph.subgraphs[name];
      await stopped.stop();

      const { expected, failedParts } = without(name, healthy);
      const during = await ask();
      expect(during.data).toEqual(expected);
      for (const which of ['dashboard', 'roots'] as const) {
        expect(during.errors[which]).toHaveLength(failedParts[which]);
        for (const error of during.errors[which]) {
          expect(error.extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', serviceName: name });
          expect(error.message).toContain(name);
        }
      }

      // Back on the same port and database, as a restarted process or pod would be.
      graph.subgraphs[name] = await startSubgraph(module, { config: graph.config, port: stopped.port, db: stopped.db, logDestination: logs.stream });
      const restartedAt = Date.now();
      let after = await ask();
      while (after.errors.dashboard.length + after.errors.roots.length > 0 && Date.now() - restartedAt < 5_000) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        after = await ask();
      }
      expect(after.errors).toEqual({ dashboard: [], roots: [] });
      expect(after.data).toEqual(healthy);
      expect(Date.now() - restartedAt).toBeLessThan(5_000);
    }, 20_000);
  }
});
