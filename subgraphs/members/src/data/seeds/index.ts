// Seeds reference data into an empty members database, in one transaction.
import type { Database } from '@unmn/shared/db';
import { now } from '@unmn/shared/db';
import { provenanceColumns } from '@unmn/shared/rows';
import { ORGANIZATIONS } from '@unmn/shared/organizations';
import { roles } from './roles.js';
import { CHAMPIONS, COMMISSION_PROVENANCE, countries } from './countries.js';

export async function seed(db: Database): Promise<void> {
  const existing = await db.knex('organizations').count({ n: '*' }).first();
  if (Number(existing?.n) > 0) return;
  const at = now();
  await db.knex.transaction(async (trx) => {
    await trx.batchInsert('organizations', ORGANIZATIONS.map((o) => ({
      id: o.id,
      acronym: o.acronym,
      name: o.name,
      kind: o.kind,
      headquarters: o.headquarters,
      website: o.website,
      network_member: o.member !== null,
      member_since: o.member?.since ?? null,
      ...(o.member ? provenanceColumns(o.member, 'membership_') : {}),
      sample: false,
      created_at: at,
      updated_at: at,
    })), 100);
    await trx.batchInsert('network_roles', roles.map((r) => ({
      organization_id: r.organizationId,
      kind: r.kind,
      since: r.since,
      until: r.until,
      last_confirmed_on: r.lastConfirmedOn,
      ...provenanceColumns(r),
      created_at: at,
      updated_at: at,
    })), 100);
    await trx.batchInsert('countries', countries().map((c) => {
      const champion = CHAMPIONS[c.iso3];
      return {
        iso3: c.iso3,
        iso2: c.iso2,
        m49_code: c.m49Code,
        name: c.name,
        common_name: c.commonName,
        official_name: c.officialName,
        un_status: c.unStatus,
        region_code: c.region.code,
        region_name: c.region.name,
        sub_region_code: c.subRegion?.code ?? null,
        sub_region_name: c.subRegion?.name ?? null,
        intermediate_region_code: c.intermediateRegion?.code ?? null,
        intermediate_region_name: c.intermediateRegion?.name ?? null,
        hub_region: c.hubRegion,
        regional_commission_id: c.regionalCommissionId,
        ...provenanceColumns(COMMISSION_PROVENANCE, 'commission_'),
        gcm_champion: Boolean(champion),
        ...(champion ? provenanceColumns(champion, 'champion_') : {}),
        created_at: at,
        updated_at: at,
      };
    }), 50);
  });
}
