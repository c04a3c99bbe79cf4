// npx tsx bench/support-requests.ts [--n 300] [--concurrency 1,8]
// Latency of support-request reads and writes through the gateway, on SQLite (default) or PostgreSQL (DATABASE_URL),
// with the SQL statements each read costs in the support-requests subgraph. Prints figures; run by hand, not in CI.
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { startTestGraph } from '../tests/harness.js';
import { ASSESS, SUBMIT, must, submission, tokens } from '../tests/fixtures/support-requests.js';
import { fmt, machine, measure } from './lib.js';

const { values } = parseArgs({ options: { n: { type: 'string', default: '300' }, concurrency: { type: 'string', default: '1,8' } } });
const n = Number(values.n);
const READS: Record<string, string> = {
  'list 50 with country, objectives, partners': `{ supportRequests(first: 50) { totalCount edges { node { id code status
    country { iso3 name hubRegion } objectives { number shortTitle } partners { isLead organization { acronym } } } } } }`,
  'objective 20: open requests with region and partners (graph.md question, this part)': `{ objective(number: 20) { title
    supportRequests(filter: { statuses: [PARTNERS_IDENTIFIED, IN_IMPLEMENTATION] }, first: 20) { edges { node { code
    country { name region { name } } partners { organization { acronym onExecutiveCommittee } } } } } } }`,
  'analyst aggregates': `{ supportRequestStats { total byStatus { status count } byRegion { region count }
    byObjective { objective { number } count } daysToPartnersIdentified { medianDays p90Days } daysToCompletion { medianDays p90Days } } }`,
};

const graph = await startTestGraph();
const t = await tokens(graph);
console.log(`machine: ${machine()}; database: ${graph.subgraphs['support-requests'].db.dialect}`);
try {
  for (const [name, query] of Object.entries(READS)) {
    for (const [who, bearer] of [['anonymous', undefined], ['secretariat', t.secretariat]] as const) {
      const before = graph.statements('support-requests');
      const { body } = await graph.query(query, {}, { token: bearer });
      if (body.errors) throw new Error(`${name}: ${JSON.stringify(body.errors)}`);
      console.log(`\n${name} as ${who}\n  SQL statements in support-requests: ${graph.statements('support-requests') - before}`);
      for (const c of values.concurrency!.split(',').map(Number)) {
        console.log(`  concurrency ${c}: ${fmt(await measure(() => graph.query(query, {}, { token: bearer }), { n, concurrency: c }))}`);
      }
    }
  }
  // Writes: a submission, then an assessment (one versioned transition with its event) of that submission.
  console.log(`\nsubmit: ${fmt(await measure(() => must(graph, SUBMIT, submission('MEX'), t.mex), { n: Math.min(n, 200), warmup: 5 }))}`);
  const fresh = await Promise.all(Array.from({ length: Math.min(n, 200) + 5 }, () => must(graph, SUBMIT, submission('MEX', { idempotencyKey: randomUUID() }), t.secretariat)));
  console.log(`assess (transition + event): ${fmt(await measure((i) => must(graph, ASSESS, { id: fresh[i].id, version: 1, notes: 'n', recommendedResponses: [] }, t.secretariat), { n: Math.min(n, 200), warmup: 0 }))}`);
  // 20 concurrent transitions on one request: wall time until all 20 answered (1 wins, 19 CONFLICT).
  const target = await must(graph, SUBMIT, submission('MEX'), t.secretariat);
  const started = performance.now();
  const results = await Promise.all(Array.from({ length: 20 }, () => graph.query(ASSESS, { input: { id: target.id, version: 1, notes: 'race', recommendedResponses: [] } }, { token: t.secretariat })));
  console.log(`20 concurrent transitions on one request: ${(performance.now() - started).toFixed(1)} ms, ${results.filter((r) => !r.body.errors).length} won`);
} finally {
  await graph.stop();
}
