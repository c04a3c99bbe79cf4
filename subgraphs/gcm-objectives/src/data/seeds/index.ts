// Seeds the Compact's reference data into an empty database, in one transaction. The Compact's own adoption facts are
// a single record and live in code (seeds/compact.ts).
import type { Database } from '@unmn/shared/db';
import { now } from '@unmn/shared/db';
import { objectives, principles, reviews } from './compact.js';
import { seedSdg } from './sdg.js';

export async function seed(db: Database): Promise<void> {
  await seedCompact(db);
  // Its own check: databases seeded before the SDG tables existed get the 2030 Agenda link too.
  await seedSdg(db);
}

async function seedCompact(db: Database): Promise<void> {
  const existing = await db.knex('objectives').count({ n: '*' }).first();
  if (Number(existing?.n) > 0) return;
  const at = now();
  const stamp = { created_at: at, updated_at: at };
  await db.knex.transaction(async (trx) => {
    await trx('objectives').insert(objectives.map((o) => ({
      number: o.number, title: o.title, short_title: o.shortTitle, paragraph: 16 + o.number, hub_term_id: 278 + o.number,
      description: o.description, source: o.source, confidence: 'C',
      note: 'Title and short label are certain; the description is an editorial summary for this API, not GCM text.', ...stamp,
    })));
    await trx('guiding_principles').insert(principles.map((p) => ({
      letter: p.letter, code: p.code, title: p.title, summary: p.summary, source: p.source, confidence: p.confidence,
      note: 'The summary is a gist in plain words, not GCM text.', ...stamp,
    })));
    await trx('reviews').insert(reviews.map((r) => ({
      id: r.id, kind: r.kind, title: r.title, year: r.year, start_date: r.startDate, end_date: r.endDate, location: r.location,
      regional_commission_id: r.regionalCommissionId, convened_by: r.convenedBy, notes: r.notes, source: r.source,
      confidence: r.confidence, note: r.note ?? null, ...stamp,
    })));
    const organizers = reviews.flatMap((r) => r.organizers.map((organization_id, position) => ({ review_id: r.id, organization_id, position })));
    if (organizers.length) await trx('review_organizers').insert(organizers);
  });
}
