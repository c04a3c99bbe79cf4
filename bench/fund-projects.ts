// Timings for the fund-projects money path (speed targets live here, not in tests). Run:
//   npx tsx bench/fund-projects.ts            (SQLite in memory)
//   DATABASE_URL=postgres://... npx tsx bench/fund-projects.ts
// Prints: a 10,000-transfer batch through the ledger, N single recordTransfer mutations through the gateway, and the
// SQL statements of fundProjects(first: 50) with participants, countries and objectives.
import { countStatements, DIALECT, startTestGraph, token } from '../tests/harness.js';
import { Ledger } from '@unmn/fund-projects/data/ledger';

const graph = await startTestGraph();
try {
  const fm = await token(graph.config, { role: 'fund-manager' });
  const sc = await token(graph.config, { role: 'steering-committee' });
  const q = async (query: string, variables: Record<string, unknown>, t?: string) => {
    const { body } = await graph.query(query, variables, t ? { token: t } : {});
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };
  await q('mutation { recordContribution(input: { donor: "Bench", kind: DEPOSITED, amount: "90000000.00" }) { id } }', {}, fm);
  const submitted = await q(`mutation($i: SubmitConceptNoteInput!) { submitConceptNote(input: $i) { id version } }`, {
    i: { title: 'Bench', summary: 'Bench', scope: 'NATIONAL', countries: ['MEX'], thematicAreaId: 'ta2', objectives: [7], leadOrganizationId: 'iom', budget: '80000000.00',
      participants: [{ organizationId: 'iom', budgetShare: '40000000.00' }, { organizationId: 'unhcr', budgetShare: '40000000.00' }] },
  }, fm);
  const p = submitted.submitConceptNote;
  await q('mutation($i: DecideFundProjectInput!) { decideFundProject(input: $i) { id } }', { i: { id: p.id, version: p.version, decision: 'APPROVE' } }, sc);

  const ledger = new Ledger(graph.subgraphs['fund-projects'].db);
  let t0 = performance.now();
  await ledger.recordTransfers(
    Array.from({ length: 10_000 }, (_, i) => ({ projectId: p.id, organizationId: i % 2 ? 'iom' : 'unhcr', amountCents: BigInt(2 * i + 1), date: '2026-01-01' })),
    { role: 'bench', subject: null },
  );
  const batchMs = performance.now() - t0;

  const N = 200;
  t0 = performance.now();
  for (let i = 0; i < N; i += 1) {
    await q('mutation($i: RecordTransferInput!) { recordTransfer(input: $i) { id } }', { i: { fundProjectId: p.id, organizationId: 'iom', amount: '0.03' } }, fm);
  }
  const perMutationMs = (performance.now() - t0) / N;

  const page = `{ fundProjects(first: 50) { edges { node { code budget { amount } transferred { amount } participatingOrganizations { organization { id } budgetShare { amount } transferred { amount } } countries { iso3 } objectives { number } } } } }`;
  const statements = await countStatements(graph, 'fund-projects', () => q(page, {}));
  t0 = performance.now();
  for (let i = 0; i < 20; i += 1) await q(page, {});
  const pageMs = (performance.now() - t0) / 20;

  console.log(JSON.stringify({
    database: DIALECT,
    'store batch of 10,000 transfers (ms)': Math.round(batchMs),
    [`recordTransfer via gateway, mean of ${N} (ms)`]: Number(perMutationMs.toFixed(1)),
    'fundProjects(first: 50) + participants/countries/objectives: SQL statements': statements,
    'fundProjects(first: 50) via gateway, mean of 20 (ms)': Number(pageMs.toFixed(1)),
  }, null, 2));
} finally {
  await graph.stop();
}
