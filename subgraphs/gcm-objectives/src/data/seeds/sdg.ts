// Seeds the 2030 Agenda's 17 goals and 169 targets (titles in English, French and Spanish, derived into
// ../reference/sdg.json by scripts/derive-sdg.ts) and the objective-target links, in one transaction.
import type { Database } from '@unmn/shared/db';
import { now } from '@unmn/shared/db';
import { provenanceColumns } from '@unmn/shared/rows';
import sdg from '../reference/sdg.json' with { type: 'json' };
import { sdgLinks } from './sdg-links.js';

const AGENDA = {
  source: 'A/RES/70/1 (https://sdgs.un.org/2030agenda)',
  confidence: 'C' as const,
  note: 'Titles as the 2030 Agenda states them, in English, French and Spanish from open-sdg/sdg-translations (commit 0cda585, MIT).',
};

export async function seedSdg(db: Database): Promise<void> {
  const existing = await db.knex('sdg_goals').count({ n: '*' }).first();
  if (Number(existing?.n) > 0) return;
  const at = now();
  const stamp = { created_at: at, updated_at: at };
  const position = new Map<number, number>();
  await db.knex.transaction(async (trx) => {
    await trx('sdg_goals').insert(sdg.goals.map((g) => ({
      number: g.number, title_en: g.title.en, title_fr: g.title.fr, title_es: g.title.es,
      short_title_en: g.short.en, short_title_fr: g.short.fr, short_title_es: g.short.es, ...provenanceColumns(AGENDA), ...stamp,
    })));
    // The JSON lists targets in the Agenda's order; position counts within each goal.
    const targets = sdg.targets.map((t) => {
      const p = (position.get(t.goal) ?? 0) + 1;
      position.set(t.goal, p);
      return { code: t.code, goal_number: t.goal, position: p, title_en: t.title.en, title_fr: t.title.fr, title_es: t.title.es, ...provenanceColumns(AGENDA), ...stamp };
    });
    // SQLite caps the variables of one statement; 169 rows of 11 columns exceed it in one insert.
    await trx.batchInsert('sdg_targets', targets, 50);
    await trx('objective_sdg_targets').insert(sdgLinks.map((l) => ({
      objective_number: l.objective, target_code: l.target, ...provenanceColumns(l), ...stamp,
    })));
  });
}
