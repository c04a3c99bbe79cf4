import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestGraph, type TestGraph } from './harness.js';
let graph: TestGraph;
beforeAll(async () => { graph = await startTestGraph(); });
afterAll(async () => graph?.stop());
it('smoke', async () => {
  const { body } = await graph.query(`{ fund { code names { name kind } depositedTotal { amount currency } transferredTotal { amount } balance { amount } pledgedTotal { amount } thematicBalance { approvedBudget { amount } areas { thematicArea { id } sharePercent projectCount } } }
    fundProjects(first: 50) { totalCount edges { node { code status year budget { amount } transferred { amount } remaining { amount } regions countries { iso3 name } objectives { number shortTitle thematicArea { id } } participatingOrganizations { organization { id acronym onExecutiveCommittee } isLead budgetShare { amount } transferred { amount } } leadOrganization { id } statusHistory { from to at byRole } } } }
    fundingSummary(groupBy: REGION) { rowsOverlap rows { key region projectCount budgetTotal { amount } transferredTotal { amount } } totals { projectCount budgetTotal { amount } transferredTotal { amount } } }
    objective(number: 1) { title thematicArea { title } thematicAreaProvenance { confidence note } fundProjects(first: 5) { totalCount edges { node { code } } } }
    organization(id: "iom") { acronym fundProjects(first: 3) { totalCount edges { node { code } } } }
  }`);
  console.log(JSON.stringify(body, null, 1).slice(0, 6000));
  expect(body.errors).toBeUndefined();
});
