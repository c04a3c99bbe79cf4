// The 2030 Agenda link through the gateway: Objective.sdgTargets and its reverse (owned by gcm-objectives), and
// FundProject.sdgTargets, which gcm-objectives derives from the objectives fund-projects gives the gateway
// (@requires). Each subgraph answers its part in a constant number of SQL statements however many rows come back.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gcmObjectivesSubgraph } from '@unmn/gcm-objectives';
import { fundProjectsSubgraph } from '@unmn/fund-projects';
import { countStatements, startTestGraph, type TestGraph } from './harness.js';

let graph: TestGraph;
beforeAll(async () => {
  graph = await startTestGraph({ modules: [gcmObjectivesSubgraph, fundProjectsSubgraph] });
});
afterAll(() => graph?.stop());

async function data(query: string, variables?: Record<string, unknown>) {
  const { status, body } = await graph.query(query, variables);
  expect(body.errors).toBeUndefined();
  expect(status).toBe(200);
  return body.data;
}

/** SQL statements of both subgraphs while running `fn`. */
async function statements(fn: () => Promise<unknown>) {
  let fund = 0;
  const gcm = await countStatements(graph, 'gcm-objectives', async () => {
    fund = await countStatements(graph, 'fund-projects', fn);
  });
  return { gcm, fund };
}

describe('Objective.sdgTargets and SdgTarget.objectives through the gateway', () => {
  const Q = `query($n: [Int!]) { objectives(filter: { numbers: $n }) { number sdgTargets {
    target { code title(language: FR) goal { number shortTitle } objectives { objective { number } } }
    provenance { source confidence note sample } } } }`;

  it('gives the remittances objective its target 10.c with the source and confidence of the link', async () => {
    const { objectives } = await data(Q, { n: [20] });
    expect(objectives[0].sdgTargets).toHaveLength(1);
    const [link] = objectives[0].sdgTargets;
    expect(link.target).toMatchObject({ code: '10.c', goal: { number: 10, shortTitle: 'Reduced inequalities' }, objectives: [{ objective: { number: 20 } }] });
    expect(link.target.title).toMatch(/^D’ici à 2030, faire baisser au-dessous de 3 pour cent les coûts de transaction/);
    expect(link.provenance).toMatchObject({ confidence: 'LIKELY', sample: false });
    expect(link.provenance.source).toMatch(/A\/RES\/73\/195 para 36.*A\/RES\/70\/1 target 10\.c/);
  });

  it('answers 1 or all 23 objectives with their targets, goals and reverse links in the same statements', async () => {
    const one = await statements(() => data(Q, { n: [20] }));
    let all: any;
    const every = await statements(async () => (all = await data(Q)));
    expect(all.objectives).toHaveLength(23);
    expect(all.objectives.flatMap((o: any) => o.sdgTargets.map((l: any) => l.target.code))).toEqual(expect.arrayContaining(['10.7', '10.c', '8.8', '5.2', '16.2', '17.18']));
    expect(one).toEqual({ gcm: 6, fund: 0 });
    expect(every).toEqual(one);
  });
});

describe('FundProject.sdgTargets through the gateway', () => {
  const Q = `query($first: Int) { fundProjects(first: $first) { edges { node { code objectives { number }
    sdgTargets { objective { number } target { code title goal { number } } provenance { confidence } } } } } }`;

  it('gives each programme the targets of the objectives it addresses, each link naming its objective', async () => {
    const { fundProjects } = await data(Q, { first: 100 });
    const nodes = fundProjects.edges.map((e: any) => e.node);
    expect(nodes.length).toBeGreaterThan(6);
    for (const p of nodes) {
      // Every link comes through one of the programme's own objectives.
      const own = new Set(p.objectives.map((o: any) => o.number));
      for (const l of p.sdgTargets) expect(own.has(l.objective.number)).toBe(true);
    }
    const byCode = Object.fromEntries(nodes.map((p: any) => [p.code, p.sdgTargets.map((l: any) => `${l.objective.number}:${l.target.code}`)]));
    // South Africa's programme (objectives 7 and 10: women migrants, exploitation, forced labour).
    const zaf = nodes.find((p: any) => p.objectives.some((o: any) => o.number === 10) && p.objectives.some((o: any) => o.number === 7));
    expect(byCode[zaf.code]).toEqual(['10:5.2', '10:8.7', '10:16.2']);
    // North Macedonia's (objective 1, evidence-based policy).
    const mkd = nodes.find((p: any) => p.code === 'JP-2020-MKD');
    expect(byCode[mkd.code]).toEqual(['1:17.18']);
  });

  it('answers 1 or every programme with their targets in the same statements per subgraph', async () => {
    const one = await statements(() => data(Q, { first: 1 }));
    const many = await statements(async () => expect((await data(Q, { first: 100 })).fundProjects.edges.length).toBeGreaterThan(6));
    expect(many).toEqual(one);
    // gcm-objectives: the links of every programme's objectives, those objectives, the targets, their goals.
    expect(one.gcm).toBe(4);
  });

  it('answers the reverse: a target, the objectives serving it and the programmes funding those objectives', async () => {
    const q = `{ sdgTarget(code: "10.7") { code objectives { objective { number fundProjects { edges { node { code sdgTargets { target { code } } } } } } } } }`;
    const { sdgTarget } = await data(q);
    expect(sdgTarget.objectives.map((l: any) => l.objective.number)).toEqual([5, 23]);
    const programmes = sdgTarget.objectives.flatMap((l: any) => l.objective.fundProjects?.edges.map((e: any) => e.node) ?? []);
    expect(programmes.length).toBeGreaterThan(0);
    for (const p of programmes) expect(p.sdgTargets.map((l: any) => l.target.code)).toContain('10.7');
  });
});

