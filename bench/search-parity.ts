// npx tsx bench/search-parity.ts [--size 2000] [--url postgres://postgres@127.0.0.1:5432/test]
// Whether SQLite and PostgreSQL answer the same search alike: runs the benchmark's searches (and the issue's) on the
// knowledge-resources subgraph over each database (seed data plus the deterministic generator up to --size), in both
// search modes, and prints per search: the totals, whether the first 20 ids are the same in the same order, how many
// of them the two share, and whether each resource falls in the same matched-word tier (the integer part of an
// any-word score). Each database runs in a child process, since the test kit picks the database from DATABASE_URL.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { size: { type: 'string', default: '2000' }, url: { type: 'string' }, child: { type: 'boolean', default: false } } });
const size = Number(values.size);

const SEARCHES = [
  'alternatives to detention children', 'return reintegration', 'detention',
  'remittance costs', 'fair recruitment', 'migration data', 'border management', 'social cohesion',
  'trafficking victims', 'skills recognition', 'consular assistance',
  'impact of covid-19 on migrants', 'travailleurs migrants', 'trabajadores migrantes',
];
const MODES = ['ANY', 'ALL'] as const;
type Answer = { total: number; ids: string[]; tiers: number[] };

async function child() {
  const { startTestSubgraph } = await import('@unmn/shared/testing');
  const { knowledgeResourcesSubgraph } = await import('@unmn/knowledge-resources/index');
  const { insertGenerated } = await import('@unmn/knowledge-resources/data/seeds/generate');
  const { benchmarkOptions } = await import('@unmn/knowledge-resources/data/seeds/index');
  const sub = await startTestSubgraph(knowledgeResourcesSubgraph);
  try {
    const have = Number((await sub.db.knex('resources').max({ m: 'seq' }).first())?.m ?? 0);
    if (size > have) await insertGenerated(sub.db.knex, sub.db.dialect, { from: have, to: size }, benchmarkOptions('2026-01-02T00:00:00.000Z'), undefined, 2000);
    const out: Record<string, Answer> = {};
    for (const search of SEARCHES) {
      for (const searchMode of MODES) {
        const { body } = await sub.query('query($f: ResourceFilter) { resources(first: 20, filter: $f) { totalCount edges { score node { id } } } }', { f: { search, searchMode } });
        if (body.errors) throw new Error(JSON.stringify(body.errors));
        const edges = body.data.resources.edges;
        out[`${searchMode} ${search}`] = { total: body.data.resources.totalCount, ids: edges.map((e: any) => e.node.id), tiers: edges.map((e: any) => Math.floor(e.score)) };
      }
    }
    process.stdout.write(JSON.stringify(out));
  } finally {
    await sub.stop();
  }
}

if (values.child) {
  await child();
} else {
  const run = (env: Record<string, string | undefined>): Record<string, Answer> => JSON.parse(execFileSync(process.execPath, [
    '--import', 'tsx', fileURLToPath(import.meta.url), '--child', '--size', String(size),
  ], { env: { ...process.env, ...env, LOG_LEVEL: 'error' }, encoding: 'utf8', maxBuffer: 1 << 26 }));
  const lite = run({ DATABASE_URL: '' });
  const pg = run({ DATABASE_URL: values.url ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test' });
  console.log(`${size} resources (seed data + generated); first 20 by relevance on SQLite (FTS5 over the app's stems, bm25) and PostgreSQL (simple tsvector over the same stems, ts_rank)`);
  for (const key of Object.keys(lite)) {
    const a = lite[key];
    const b = pg[key];
    const shared = a.ids.filter((id) => b.ids.includes(id)).length;
    const tierOf = (x: Answer, id: string) => x.tiers[x.ids.indexOf(id)];
    // Tiers exist only under an any-word search of several words; elsewhere the score is relevance alone.
    const tiered = key.startsWith('ANY ') && key.split(' ').length > 2;
    const sameTiers = a.ids.filter((id) => b.ids.includes(id)).every((id) => tierOf(a, id) === tierOf(b, id));
    const tiers = tiered ? (sameTiers ? ', shared ones in the same matched-word tiers' : ', matched-word tiers differ') : '';
    const sameOrder = a.ids.join() === b.ids.join();
    console.log(`- ${key}: totals ${a.total} / ${b.total}${a.total === b.total ? ' (same)' : ''}; top 20 ${sameOrder ? 'identical' : `differ (${shared}/${Math.max(a.ids.length, b.ids.length)} shared${tiers})`}`);
  }
}
