// Seeds the partner reference list and illustrative sample requests into an empty database, in one transaction.
import type { Database } from '../../../../shared/db.js';
import { PARTNER_ORGANIZATIONS } from './partners.js';

export async function seed(db: Database): Promise<void> {
  const existing = await db.knex('partner_organizations').count({ n: '*' }).first();
  if (Number(existing?.n) > 0) return;
  await db.knex.transaction(async (trx) => {
    await trx.batchInsert('partner_organizations', PARTNER_ORGANIZATIONS.map(([id, acronym]) => ({ id, acronym })), 100);
  });
}
