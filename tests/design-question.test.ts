// The design card's question, answered in one query through the gateway across all five subgraphs, with every
// subgraph answering its part in a constant number of SQL statements however many rows come back.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { print } from 'graphql';
import { ObjectiveOverviewDocument } from './generated/graphql.js';
import { startTestGraph, type TestGraph } from './harness.js';
import { SUBGRAPH_NAMES } from '@unmn/shared/config';

let graph: TestGraph;
beforeAll(async () => {
  graph = await startTestGraph();
});
afterAll(() => graph?.stop());

// The subgraphs that answer part of the question: all but the exchange (change feed and webhooks), whose webhook
// relay also runs SQL on its own schedule.
const ANSWERING = SUBGRAPH_NAMES.filter((n) => n !== 'exchange');

/** SQL statements per answering subgraph while running `fn`. */
async function statementsBySubgraph(fn: () => Promise<unknown>): Promise<Record<string, number>> {
  const before = Object.fromEntries(ANSWERING.map((n) => [n, graph.statements(n)]));
  await fn();
  return Object.fromEntries(ANSWERING.map((n) => [n, graph.statements(n) - before[n]]));
}

describe('objective 20 (remittances), in one query', () => {
  it('answers from all five subgraphs, with public data only for an anonymous caller', async () => {
    const { status, body } = await graph.query(print(ObjectiveOverviewDocument), { number: 20, first: 50 });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    const o = body.data.objective;
    expect(o).toMatchObject({ number: 20, paragraph: 36, title: 'Promote faster, safer and cheaper transfer of remittances and foster financial inclusion of migrants' });

    const practices = o.resources.edges.map((e: any) => e.node);
    expect(practices.length).toBeGreaterThan(0);
    expect(practices.every((p: any) => p.reviewStatus === 'PUBLISHED' && p.publishers.length > 0)).toBe(true);

    // Anonymous callers see requests only once partners are identified; none submitted or under assessment.
    const requests = o.supportRequests.edges.map((e: any) => e.node);
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.every((r: any) => ['PARTNERS_IDENTIFIED', 'IN_IMPLEMENTATION'].includes(r.status))).toBe(true);
    expect(requests.every((r: any) => r.country.region.name && r.country.regionalCommission.acronym)).toBe(true);
    expect(requests.every((r: any) => r.partners.filter((p: any) => p.isLead).length === 1)).toBe(true);

    const projects = o.fundProjects.edges.map((e: any) => e.node);
    expect(projects.length).toBeGreaterThan(0);
    // "Joint programmes funding it": approved, active or closed ones only (Tajikistan's, seeded on objectives 19 and 20).
    expect(projects.every((p: any) => ['APPROVED', 'ACTIVE', 'CLOSED'].includes(p.status))).toBe(true);
    expect(projects.map((p: any) => p.code)).toContain('JP-2020-TJK');
    for (const p of projects) {
      expect(p.budget.currency).toBe('USD');
      expect(p.participatingOrganizations.length).toBeGreaterThanOrEqual(2);
      // Money adds up exactly: the shares sum to the budget (decimal strings, compared in cents).
      const cents = (s: string) => BigInt(s.replace('.', ''));
      expect(p.participatingOrganizations.reduce((sum: bigint, x: any) => sum + cents(x.budgetShare.amount), 0n)).toBe(cents(p.budget.amount));
    }

    // Executive Committee seats are answered by the members subgraph for every organisation, wherever it appears.
    const orgs = [
      ...practices.flatMap((p: any) => p.publishers),
      ...requests.flatMap((r: any) => r.partners.map((x: any) => x.organization)),
      ...projects.flatMap((p: any) => p.participatingOrganizations.map((x: any) => x.organization)),
    ];
    expect(orgs.length).toBeGreaterThan(0);
    for (const org of orgs) expect(org.onExecutiveCommittee).toBe(['desa', 'ilo', 'iom', 'ohchr', 'undp', 'unhcr', 'unicef', 'unodc', 'who'].includes(org.id));
  });

  it('costs each subgraph the same number of SQL statements for 1 row or 50 of each list', async () => {
    const query = print(ObjectiveOverviewDocument);
    const one = await statementsBySubgraph(() => graph.query(query, { number: 20, first: 1 }));
    const fifty = await statementsBySubgraph(() => graph.query(query, { number: 20, first: 50 }));
    console.log(`SQL statements per subgraph for the objective-20 overview: ${JSON.stringify(fifty)}`);
    expect(fifty).toEqual(one);
    for (const name of ANSWERING) expect(fifty[name], name).toBeGreaterThan(0);
  });
});
