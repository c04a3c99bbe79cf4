// fund-projects across the graph, through the gateway: only what needs the composed graph (fields this subgraph adds to
// other subgraphs' entities, reached from their root fields; entities of other subgraphs resolved for this one; the
// gateway's batched entity fetches). Everything the subgraph does by itself is tested against it alone in
// subgraphs/fund-projects/test/.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countStatements, startTestGraph, type TestGraph } from './harness.js';
import { FUND_MANAGER, ok, submitted } from './fund-projects-fixtures.js';

let graph: TestGraph;
beforeAll(async () => {
  graph = await startTestGraph();
});
afterAll(async () => graph?.stop());

describe('fund-projects across subgraphs', () => {
  it("joins the fund's chair to members and its thematic areas to gcm-objectives' objectives, both ways", async () => {
    const { fund, objective, thematicAreas } = await ok(graph, `{ fund { steeringCommitteeChair { id acronym } }
      objective(number: 20) { title thematicArea { id } thematicAreaProvenance { confidence } }
      thematicAreas { id objectives { objective { number shortTitle } } } }`, {});
    expect(fund.steeringCommitteeChair).toEqual({ id: 'iom', acronym: 'IOM' });
    expect(objective).toMatchObject({ thematicArea: { id: 'ta4' }, thematicAreaProvenance: { confidence: 'UNCERTAIN' } });
    expect(objective.title).toMatch(/\w/);
    const objectives = thematicAreas.flatMap((t: any) => t.objectives.map((o: any) => o.objective));
    expect(objectives).toHaveLength(23);
    expect(objectives.every((o: any) => /\w/.test(o.shortTitle))).toBe(true);
  });

  it('extends Objective, Organization, Country and SupportRequest with their programmes', async () => {
    const p = await submitted(graph, { supportRequestId: 'sr-test-1', countries: ['NER'] });
    const { objective, organization, country } = await ok(graph, `{ objective(number: 1) { fundProjects(first: 10) { edges { node { code } } } }
      organization(id: "unfpa") { acronym fundProjects { edges { node { code } } } }
      country(iso3: "NER") { name fundProjects { totalCount edges { node { id supportRequest { id fundProjects { edges { node { id } } } } } } } } }`, {}, FUND_MANAGER);
    expect(objective.fundProjects.edges.map((e: any) => e.node.code)).toContain('JP-2020-MKD');
    expect(organization.fundProjects.edges.map((e: any) => e.node.code)).toEqual(['JP-2020-MKD']);
    expect([organization.acronym, country.name]).toEqual(['UNFPA', 'Niger']);
    expect(country.fundProjects.totalCount).toBe(1);
    expect(country.fundProjects.edges[0].node).toEqual({ id: p.id, supportRequest: { id: 'sr-test-1', fundProjects: { edges: [{ node: { id: p.id } }] } } });
  });
});

describe('batching', () => {
  it('programmes under many organizations and objectives cost a constant number of statements', async () => {
    const q = `query($ids: [ID!]) { organizations(first: 100, filter: { ids: $ids }) { edges { node { id fundProjects(first: 3) { totalCount edges { node { code participatingOrganizations { organization { id } } } } } } } }
      objectives { number thematicArea { id } fundProjects(first: 2) { edges { node { code countries { iso3 } } } } } }`;
    // One organization with programmes against every organization (about 40, most with programmes).
    const few = await countStatements(graph, 'fund-projects', () => ok(graph, q, { ids: ['iom'] }));
    const many = await countStatements(graph, 'fund-projects', () => ok(graph, q, {}));
    expect(many).toBe(few);
  });
});
