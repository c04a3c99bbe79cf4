// npx tsx bench/gateway.ts [--n 500] [--concurrency 1,8]
// Latency through the gateway for representative queries, on SQLite (default) or PostgreSQL (DATABASE_URL), with the
// SQL statements each request costs per subgraph. Prints figures; record them in README.md with the machine.
import { parseArgs } from 'node:util';
import { startTestGraph } from '../tests/harness.js';
import { fmt, machine, measure } from './lib.js';

const { values } = parseArgs({ options: { n: { type: 'string', default: '500' }, concurrency: { type: 'string', default: '1,8' } } });
const n = Number(values.n);
const QUERIES: Record<string, string> = {
  'one objective (1 subgraph)': '{ objective(number: 20) { title paragraph shortTitle } }',
  'reviews + organizers + seats (2 subgraphs)': '{ reviews(first: 20) { edges { node { title organizers { acronym name onExecutiveCommittee } } } } }',
  'countries page of 100': '{ countries(first: 100) { totalCount edges { node { iso3 name region { name } regionalCommission { acronym } } } } }',
};

const graph = await startTestGraph();
console.log(`machine: ${machine()}; database: ${graph.subgraphs.members.db.dialect}`);
try {
  for (const [name, query] of Object.entries(QUERIES)) {
    const before = Object.fromEntries(Object.entries(graph.subgraphs).map(([k, s]) => [k, s.db.statementCount]));
    const { body } = await graph.query(query);
    if (body.errors) throw new Error(`${name}: ${JSON.stringify(body.errors)}`);
    const statements = Object.entries(graph.subgraphs)
      .map(([k, s]) => [k, s.db.statementCount - before[k]] as const)
      .filter(([, c]) => c > 0)
      .map(([k, c]) => `${k} ${c}`)
      .join(', ');
    console.log(`\n${name}\n  SQL statements per request: ${statements || 'none'}`);
    for (const c of values.concurrency!.split(',').map(Number)) {
      console.log(`  concurrency ${c}: ${fmt(await measure(() => graph.query(query), { n, concurrency: c }))}`);
    }
  }
} finally {
  await graph.stop();
}
