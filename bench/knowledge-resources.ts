// npx tsx bench/knowledge-resources.ts [--sizes 1000,100000] [--n 300] [--only browse]
// Search latency through the gateway (p50/p95) at each size, on SQLite (default, in memory) or PostgreSQL
// (DATABASE_URL), and the SQL statements each request costs in the knowledge-resources subgraph. The data set is the
// deterministic generator's (the same as `npm run seed -- knowledge-resources --scale N`). Not part of npm test.
// Target from the issue: p95 under 25 ms for a two-word query with one filter at 100k resources on a 2-core machine.
// Two-word searches run in both modes: ANY (the default) matches more rows and counts matched words per row.
import { parseArgs } from 'node:util';
import { startTestGraph } from '../tests/harness.js';
import { insertGenerated } from '@unmn/knowledge-resources/data/seeds/generate';
import { benchmarkOptions } from '@unmn/knowledge-resources/data/seeds/index';
import { refreshStatistics } from '@unmn/knowledge-resources/data/seeds/scale';
import { fmt, machine, measure } from './lib.js';

// --only: run the cases whose name contains this text (e.g. `browse`, `UPDATED`).
const { values } = parseArgs({ options: { sizes: { type: 'string', default: '1000,100000' }, n: { type: 'string', default: '300' }, only: { type: 'string', default: '' } } });
const sizes = values.sizes!.split(',').map((s) => Number(s.replace(/_/g, '')));
const n = Number(values.n);

// Two-word searches, each with one filter, rotated so no single query is measured hot.
const SEARCHES: [string, Record<string, unknown>][] = [
  ['remittance costs', { objectives: [20] }],
  ['fair recruitment', { languages: ['fr'] }],
  ['migration data', { regions: ['AFRICA'] }],
  ['border management', { types: ['PRACTICE'] }],
  ['social cohesion', { objectives: [16] }],
  ['trafficking victims', { regions: ['ASIA'] }],
  ['skills recognition', { languages: ['es'] }],
  ['consular assistance', { types: ['RESEARCH_OR_REPORT'] }],
];
const SEARCH = `query($filter: ResourceFilter) { resources(first: 20, filter: $filter) {
  totalCount edges { snippet score node { id title publishedOn type } } } }`;
const SEARCH_WITH_FACETS = `query($filter: ResourceFilter) { resources(first: 20, filter: $filter) {
  totalCount edges { snippet node { id title publishedOn languages publishers { id } } }
  facets { objectives { objective { number } count } types { type count } languages { language count } regions { region count } publishers { publisher { id } count } } } }`;
const SORTED = `query($sort: ResourceSort) { resources(first: 20, sort: $sort) { totalCount edges { node { id title updatedAt } } } }`;
const NESTED = '{ objectives { number resources(first: 5) { totalCount edges { node { title publishers { name } } } } } }';

const graph = await startTestGraph();
const sub = graph.subgraphs['knowledge-resources'];
console.log(`machine: ${machine()}; database: ${sub.db.dialect}${sub.db.dialect === 'sqlite' ? ' (in memory)' : ''}`);
try {
  for (const size of sizes) {
    const have = Number((await sub.db.knex('resources').max({ m: 'seq' }).first())?.m ?? 0);
    const t0 = performance.now();
    await insertGenerated(sub.db.knex, sub.db.dialect, { from: have, to: size }, benchmarkOptions('2026-01-02T00:00:00.000Z'), undefined, 2000);
    await refreshStatistics(sub.db);
    console.log(`\n## ${size} resources (generated in ${((performance.now() - t0) / 1000).toFixed(1)} s)`);
    const cases: [string, string, (i: number) => Record<string, unknown>][] = [
      ['two-word search (any word, the default) + one filter, 20 hits with snippets', SEARCH, (i) => ({ filter: { search: SEARCHES[i % SEARCHES.length][0], ...SEARCHES[i % SEARCHES.length][1] } })],
      ['the same with searchMode ALL (every word)', SEARCH, (i) => ({ filter: { search: SEARCHES[i % SEARCHES.length][0], searchMode: 'ALL', ...SEARCHES[i % SEARCHES.length][1] } })],
      ['the same + all five facets + tags', SEARCH_WITH_FACETS, (i) => ({ filter: { search: SEARCHES[i % SEARCHES.length][0], ...SEARCHES[i % SEARCHES.length][1] } })],
      ['browse: one filter, no search, default order (real first, then newest)', SEARCH, (i) => ({ filter: SEARCHES[i % SEARCHES.length][1] })],
      ['browse: no filter, default order (real first, then newest)', SEARCH, () => ({})],
      ['browse: no filter, real resources only (includeSamples: false)', SEARCH, () => ({ filter: { includeSamples: false } })],
      ['browse: no filter, sort UPDATED_DESC', SORTED, () => ({ sort: 'UPDATED_DESC' })],
      ['browse: objectives { resources(first: 5) { publishers { name } } } (23 parents, default order)', NESTED, () => ({})],
    ];
    for (const [name, query, vars] of cases.filter(([name]) => name.includes(values.only!))) {
      const before = sub.db.statementCount;
      const { body } = await graph.query(query, vars(0));
      if (body.errors) throw new Error(`${name}: ${JSON.stringify(body.errors)}`);
      const statements = sub.db.statementCount - before;
      // The 23-parent query is slow at 100k; fewer runs keep the whole benchmark within minutes.
      const runs = query === NESTED ? Math.max(20, Math.floor(n / 4)) : n;
      const timing = await measure((i) => graph.query(query, vars(i)), { n: runs, warmup: 16 });
      console.log(`- ${name}: ${fmt(timing)}; SQL statements per request in knowledge-resources: ${statements}`);
    }
  }
} finally {
  await graph.stop();
}
