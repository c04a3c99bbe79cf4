// The knowledge platform's one cross-subgraph field, end to end through the gateway: SupportRequest.relatedPractices
// @requires the request's country and objectives, which only support-requests knows, so the gateway must fetch them
// there and pass them to knowledge-resources. Everything knowledge-resources answers alone (search, filters, facets,
// the workflow, visibility, the ranking itself, batching) is tested in subgraphs/knowledge-resources/test/.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGraph, token, type TestGraph } from './harness.js';

let graph: TestGraph;
let mex: string;
let secretariat: string;

beforeAll(async () => {
  graph = await startTestGraph();
  mex = await token(graph.config, { role: 'country', country: 'MEX' });
  secretariat = await token(graph.config, { role: 'secretariat' });
});
afterAll(async () => graph?.stop());

async function ok(query: string, variables: Record<string, unknown>, as: string) {
  const { body } = await graph.query(query, variables, { token: as });
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data;
}

/** Submits a practice as `as` and, unless `draft`, publishes it as the secretariat; returns its id. */
async function practice(as: string, input: Record<string, unknown>, publish = true) {
  const { submitResource: r } = await ok('mutation($input: SubmitResourceInput!) { submitResource(input: $input) { id version } }', {
    input: { summary: 'A practice.', type: 'PRACTICE', practice: { completed: true, lessonsLearned: 'Start small.' }, languages: ['en'], publishedOn: '2024-05-01', geographicScope: 'NATIONAL', ...input },
  }, as);
  if (publish) await ok('mutation($input: ReviewResourceInput!) { reviewResource(input: $input) { id } }', { input: { id: r.id, version: r.version, decision: 'PUBLISH' } }, secretariat);
  return r.id as string;
}

describe('SupportRequest.relatedPractices through the gateway', () => {
  it("ranks practices by the request's country and objectives, which the gateway fetches from support-requests", async () => {
    const inMexico = await practice(mex, { title: 'Mexican remittance practice', objectives: [20], countries: ['MEX'] });
    const inColombia = await practice(secretariat, { title: 'Colombian recruitment practice', objectives: [6], countries: ['COL'], publishers: ['ilo'] });
    const otherObjective = await practice(mex, { title: 'Mexican border practice', objectives: [11], countries: ['MEX'] });
    const draft = await practice(mex, { title: 'Unpublished Mexican practice', objectives: [20], countries: ['MEX'] }, false);
    const created = await ok(
      `mutation($input: SubmitSupportRequestInput!) { submitSupportRequest(input: $input) { id } }`,
      { input: { idempotencyKey: 'kr-related-1', country: 'MEX', requestingAuthority: 'Ministry', channel: 'GOVERNMENT_DIRECT', title: 'Remittances and recruitment', description: 'Help.', objectives: [20, 6], supportKinds: ['PEER_EXCHANGE'], contact: { name: 'A Person', email: 'a@example.org' } } },
      mex,
    );
    const id = created.submitSupportRequest.id;
    const nodes: any[] = [];
    let after: string | null = null;
    do {
      const data: any = await ok(
        `query($id: ID!, $after: String) { supportRequest(id: $id) { relatedPractices(first: 25, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id regions countries { iso3 } objectives { number } } } } } }`,
        { id, after },
        mex,
      );
      const conn = data.supportRequest.relatedPractices;
      nodes.push(...conn.edges.map((e: any) => e.node));
      after = conn.pageInfo.hasNextPage ? conn.pageInfo.endCursor : null;
    } while (after);
    const ids = nodes.map((n) => n.id);
    // The request's objectives (20 and 6) arrived: practices on them are listed, those on other objectives are not.
    expect(ids).toContain(inMexico);
    expect(ids).toContain(inColombia);
    for (const excluded of [otherObjective, draft]) expect(ids).not.toContain(excluded);
    expect(nodes.every((n) => n.objectives.some((o: any) => o.number === 20 || o.number === 6))).toBe(true);
    // The request's country (MEX) arrived: Mexico first, then the rest of the Americas, then elsewhere.
    const tier = (n: any) => (n.countries.some((c: any) => c.iso3 === 'MEX') ? 0 : n.regions.includes('AMERICAS') ? 1 : 2);
    const tiers = nodes.map(tier);
    expect(tiers).toEqual([...tiers].sort());
    expect(new Set(tiers)).toEqual(new Set([0, 1, 2]));
  });
});
