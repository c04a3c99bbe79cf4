// Seeds the partner reference list and the illustrative sample requests into an empty database, in one transaction.
import type { Database } from '@unmn/shared/db';
import { PARTNER_ORGANIZATIONS } from './partners.js';
import { codeCounters, sampleRequests } from './sample.js';

export async function seed(db: Database): Promise<void> {
  const existing = await db.knex('partner_organizations').count({ n: '*' }).first();
  if (Number(existing?.n) > 0) return;
  const requests = sampleRequests();
  await db.knex.transaction(async (trx) => {
    await trx.batchInsert('partner_organizations', PARTNER_ORGANIZATIONS.map(([id, acronym]) => ({ id, acronym })), 100);
    await trx.batchInsert('support_requests', requests.map((r) => r.row), 50);
    await trx.batchInsert('request_code_counters', codeCounters(requests), 50);
    const children = (f: (r: (typeof requests)[number]) => Record<string, unknown>[]) => requests.flatMap(f);
    await trx.batchInsert('support_request_objectives', children((r) => r.objectives.map((n) => ({ request_id: r.row.id, objective_number: n }))), 200);
    await trx.batchInsert('support_request_principles', children((r) => r.principles.map((l) => ({ request_id: r.row.id, letter: l }))), 200);
    await trx.batchInsert('support_request_kinds', children((r) => r.kinds.map((k) => ({ request_id: r.row.id, kind: k }))), 200);
    await trx.batchInsert('support_request_partners', children((r) => r.partners.map((p) => ({ request_id: r.row.id, ...p }))), 200);
    await trx.batchInsert('support_request_events', children((r) => r.events.map((e, i) => ({
      request_id: r.row.id,
      kind: e.kind,
      actor_role: e.actor.role,
      actor_subject: e.actor.subject,
      actor_organization_id: e.actor.organizationId,
      actor_country_iso3: e.actor.countryIso3,
      at: e.at,
      from_status: e.fromStatus,
      to_status: e.toStatus,
      comment: e.comment,
      changes: JSON.stringify(e.changes),
      version: i + 1,
    }))), 200);
  });
}
