// npx tsx bench/relevance.ts [--url postgres://postgres@127.0.0.1:5432/test] [--sqlite-only]
// Relevance of the knowledge-resources search against human judgments (bench/relevance/judgments.json): the
// knowledge-resources subgraph alone (test kit, private database) with its real resources only
// (`includeSamples: false`), every judged query run in searchMode ALL (every word must match: the behaviour before
// searchMode existed) and ANY (the default since), scored by nDCG@10 and recall@20, on SQLite and on PostgreSQL
// (--url, else DATABASE_URL, else the local one; --sqlite-only skips it). Each database runs in a child process,
// since the test kit picks the database from DATABASE_URL. Prints the means per store and mode and the queries
// whose scores differ most between modes.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { mean, ndcgAt, recallAt, type Judged } from './relevance/metrics.js';

const { values } = parseArgs({ options: { url: { type: 'string' }, 'sqlite-only': { type: 'boolean', default: false }, child: { type: 'boolean', default: false } } });

const MODES = ['ALL', 'ANY'] as const;
type Mode = (typeof MODES)[number];
/** Per store: the real resource ids present, and per query and mode the first 20 ids by relevance. */
type Run = { realIds: string[]; rankings: Record<string, Record<Mode, string[]>> };

const judgments: { query: string; relevant: Judged }[] =
  JSON.parse(fs.readFileSync(new URL('./relevance/judgments.json', import.meta.url), 'utf8')).queries;

async function child(): Promise<void> {
  const { startTestSubgraph } = await import('@unmn/shared/testing');
  const { knowledgeResourcesSubgraph } = await import('@unmn/knowledge-resources/index');
  const sub = await startTestSubgraph(knowledgeResourcesSubgraph);
  try {
    const ids = async (filter: Record<string, unknown>, sort?: string): Promise<string[]> => {
      const { body } = await sub.query('query($f: ResourceFilter, $s: ResourceSort) { resources(first: 100, filter: $f, sort: $s) { edges { node { id } } } }', { f: filter, s: sort });
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      return body.data.resources.edges.map((e: any) => e.node.id);
    };
    const out: Run = { realIds: await ids({ includeSamples: false }), rankings: {} };
    for (const { query } of judgments) {
      out.rankings[query] = { ALL: [], ANY: [] };
      for (const searchMode of MODES) out.rankings[query][searchMode] = (await ids({ search: query, searchMode, includeSamples: false }, 'RELEVANCE')).slice(0, 20);
    }
    process.stdout.write(JSON.stringify(out));
  } finally {
    await sub.stop();
  }
}

function report(store: string, run: Run): void {
  const real = new Set(run.realIds);
  const unknown = judgments.flatMap((j) => Object.keys(j.relevant).filter((id) => !real.has(id)));
  if (unknown.length) throw new Error(`${store}: judged ids not among the real resources: ${unknown.join(', ')}`);
  const rows = judgments.map(({ query, relevant }) => {
    const per = Object.fromEntries(MODES.map((m) => {
      const r = run.rankings[query][m];
      return [m, { ndcg: ndcgAt(10, r, relevant), recall: recallAt(20, r, relevant), hits: r.length }];
    })) as Record<Mode, { ndcg: number; recall: number; hits: number }>;
    return { query, ...per };
  });
  const f = (x: number) => x.toFixed(3);
  console.log(`\n${store}: ${run.realIds.length} real resources, ${judgments.length} queries`);
  for (const m of MODES) {
    const empty = rows.filter((r) => r[m].hits === 0).length;
    console.log(`  ${m === 'ALL' ? 'before (ALL)' : 'after (ANY) '}  nDCG@10 ${f(mean(rows.map((r) => r[m].ndcg)))}  recall@20 ${f(mean(rows.map((r) => r[m].recall)))}  queries with no result ${empty}`);
  }
  const better = rows.filter((r) => r.ANY.ndcg > r.ALL.ndcg + 1e-9).length;
  const worse = rows.filter((r) => r.ANY.ndcg < r.ALL.ndcg - 1e-9).length;
  console.log(`  nDCG@10 per query, ANY vs ALL: ${better} better, ${worse} worse, ${rows.length - better - worse} same`);
  console.log('  biggest differences (nDCG@10 ALL → ANY, recall@20 ALL → ANY, results in the first 20, ALL / ANY):');
  for (const r of [...rows].sort((a, b) => Math.abs(b.ANY.ndcg - b.ALL.ndcg) - Math.abs(a.ANY.ndcg - a.ALL.ndcg)).slice(0, 10)) {
    console.log(`    ${r.query.padEnd(50)} ${f(r.ALL.ndcg)} → ${f(r.ANY.ndcg)}   ${f(r.ALL.recall)} → ${f(r.ANY.recall)}   ${r.ALL.hits} / ${r.ANY.hits}`);
  }
  const weakest = rows.filter((r) => r.ANY.ndcg < 0.5);
  if (weakest.length) console.log(`  still weak under ANY (nDCG@10 < 0.5): ${weakest.map((r) => `${r.query} ${f(r.ANY.ndcg)}`).join('; ')}`);
}

if (values.child) {
  await child();
} else {
  const run = (env: Record<string, string | undefined>): Run => JSON.parse(execFileSync(process.execPath, [
    '--import', 'tsx', fileURLToPath(import.meta.url), '--child',
  ], { env: { ...process.env, ...env, LOG_LEVEL: 'error' }, encoding: 'utf8', maxBuffer: 1 << 26 }));
  console.log('Relevance of the knowledge-resources search on its real resources (judgments: bench/relevance/judgments.json)');
  console.log('before = searchMode ALL (every word must match), after = searchMode ANY (any word, more matched words first)');
  report('SQLite (FTS5 over the stemmed columns, bm25 10/4/1)', run({ DATABASE_URL: '' }));
  if (!values['sqlite-only']) report('PostgreSQL (simple tsvector over the same stems, ts_rank)', run({ DATABASE_URL: values.url ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test' }));
}
