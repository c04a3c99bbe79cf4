import { createDatabase } from '../shared/db.ts';
const db = createDatabase({ name: 'knowledge-resources', dataDir: '/tmp/kr/data' });
const k = db.knex;
const time = async (name: string, sql: string) => { const t = performance.now(); const r = await k.raw(sql); console.log(name, (performance.now() - t).toFixed(1), 'ms', JSON.stringify(r).slice(0, 200)); const p = await k.raw('explain query plan ' + sql); console.log(p.map((x: any) => '   ' + x.detail).join('\n')); };
await time('match only count', `select count(*) from resources_fts where resources_fts match '"remittance" "costs"'`);
await time('match join count', `select count(*) from resources_fts join resources on resources.seq = resources_fts.rowid where resources_fts match '"remittance" "costs"' and resources.review_status = 'PUBLISHED'`);
await time('match join obj', `select count(*) from resources_fts join resources on resources.seq = resources_fts.rowid where resources_fts match '"remittance" "costs"' and resources.review_status = 'PUBLISHED' and resources.seq in (select resource_seq from resource_objectives where objective_number in (20))`);
await time('page', `select r.seq, r.score from (select resources.seq, -bm25(resources_fts, 10.0, 4.0, 1.0) as score from resources_fts join resources on resources.seq = resources_fts.rowid where resources_fts match '"remittance" "costs"' and resources.review_status = 'PUBLISHED' and resources.seq in (select resource_seq from resource_objectives where objective_number in (20))) r order by r.score desc, r.seq desc limit 21`);
await db.close();
