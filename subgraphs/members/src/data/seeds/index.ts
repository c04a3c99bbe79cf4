// Seeds reference data into an empty members database, in one transaction.
import type { Database } from '@unmn/shared/db';
import { now } from '@unmn/shared/db';
import { provenanceColumns } from '@unmn/shared/rows';
import { ORGANIZATIONS } from '@unmn/shared/organizations';
import { roles } from './roles.js';
import { CHAMPIONS, COMMISSION_PROVENANCE, countries } from './countries.js';
import { UN_NETWORKS, UN_NETWORK_TOTALS } from './un-networks.js';

export async function seed(db: Database): Promise<void> {
  await seedCore(db);
  await seedUnNetworks(db);
}

const isEmpty = async (db: Database, table: string) => Number((await db.knex(table).count({ n: '*' }).first())?.n) === 0;

async function seedCore(db: Database): Promise<void> {
  if (!(await isEmpty(db, 'organizations'))) return;
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

// Seeded on its own check, so a database seeded before the networks' migration gets them on its next start.
async function seedUnNetworks(db: Database): Promise<void> {
  if (!(await isEmpty(db, 'un_networks'))) return;
  const at = now();
  await db.knex.transaction(async (trx) => {
    await trx.batchInsert('un_networks', UN_NETWORKS.map((n) => ({
      id: n.id,
      kind: n.kind,
      name: n.name,
      country_iso3: n.countryIso3,
      region_name: n.regionName,
      regional_commission_id: n.regionalCommissionId,
      established_on: n.establishedOn,
      workplan_url: n.workplanUrl,
      entry_point: n.entryPoint,
      ...provenanceColumns(n),
      sample: false,
      created_at: at,
      updated_at: at,
    })), 50);
    await trx.batchInsert('un_network_leads', UN_NETWORKS.flatMap((n) => n.leads.map((organizationId, position) => ({
      network_id: n.id, organization_id: organizationId, position,
    }))), 100);
    await trx.batchInsert('un_network_totals', UN_NETWORK_TOTALS.map((t) => ({
      kind: t.kind,
      count: t.count,
      reached_by: t.reachedBy,
      not_before: t.notBefore,
      ...provenanceColumns(t),
      created_at: at,
      updated_at: at,
    })), 50);
  });
}
