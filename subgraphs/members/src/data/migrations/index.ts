// Members' schema history. Append new migrations; never edit one that has shipped.
import type { Knex } from 'knex';
import { timestamps, type Migration } from '@unmn/shared/db';

const provenance = (t: Knex.CreateTableBuilder, prefix = '') => {
  t.string(`${prefix}source`, 1000);
  t.string(`${prefix}confidence`, 10);
  t.text(`${prefix}note`);
};

export const migrations: Migration[] = [
  {
    name: '2026-11-28-001-organizations-roles-countries',
    async up(knex) {
      await knex.schema.createTable('organizations', (t) => {
        t.string('id', 40).primary();
        t.string('acronym', 40).notNullable();
        t.string('name', 300).notNullable();
        t.string('kind', 40).notNullable();
        t.string('headquarters', 100);
        t.string('website', 300);
        t.boolean('network_member').notNullable().defaultTo(false);
        t.date('member_since');
        provenance(t, 'membership_');
        t.boolean('sample').notNullable().defaultTo(false);
        timestamps(t);
      });
      await knex.schema.createTable('network_roles', (t) => {
        t.increments('id');
        t.string('organization_id', 40).notNullable().references('id').inTable('organizations').onDelete('CASCADE');
        t.string('kind', 30).notNullable();
        t.date('since');
        t.date('until');
        provenance(t);
        timestamps(t);
        t.index(['organization_id']);
        t.index(['kind', 'since']);
      });
      await knex.schema.createTable('countries', (t) => {
        t.string('iso3', 3).primary();
        t.string('iso2', 2).notNullable().unique();
        t.string('m49_code', 3).notNullable().unique();
        t.string('name', 200).notNullable();
        t.string('common_name', 200).notNullable();
        t.string('official_name', 300).notNullable();
        t.string('un_status', 20).notNullable();
        t.string('region_code', 3).notNullable();
        t.string('region_name', 100).notNullable();
        t.string('sub_region_code', 3);
        t.string('sub_region_name', 100);
        t.string('intermediate_region_code', 3);
        t.string('intermediate_region_name', 100);
        t.string('hub_region', 20).notNullable().index();
        t.string('regional_commission_id', 40).notNullable().references('id').inTable('organizations');
        provenance(t, 'commission_');
        t.boolean('gcm_champion').notNullable().defaultTo(false);
        provenance(t, 'champion_');
        timestamps(t);
      });
    },
    async down(knex) {
      await knex.schema.dropTable('countries');
      await knex.schema.dropTable('network_roles');
      await knex.schema.dropTable('organizations');
    },
  },
  {
    name: '2026-11-28-002-network-roles-last-confirmed',
    // A role is documented up to a date; after it, it is assumed to continue. Clients need to see that boundary.
    async up(knex) {
      await knex.schema.alterTable('network_roles', (t) => {
        t.date('last_confirmed_on');
      });
    },
    async down(knex) {
      await knex.schema.alterTable('network_roles', (t) => {
        t.dropColumn('last_confirmed_on');
      });
    },
  },
];
