// Members' schema history. Append new migrations; never edit one that has shipped.
import type { Knex } from 'knex';
import { timestamps, type Migration } from '@unmn/shared/db';
import { changeEventsMigration } from '@unmn/shared/changes';

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
  {
    name: '2026-12-01-003-un-networks',
    // Country and regional UN networks on migration, their leads (a child table, so leads are filterable and load in
    // one statement for many networks) and the Network's published totals as dated facts of their own.
    async up(knex) {
      await knex.schema.createTable('un_networks', (t) => {
        t.string('id', 60).primary();
        t.string('kind', 10).notNullable();
        t.string('name', 300).notNullable();
        t.string('country_iso3', 3).references('iso3').inTable('countries').unique();
        t.string('region_name', 100);
        t.string('regional_commission_id', 40).references('id').inTable('organizations');
        t.date('established_on');
        t.string('workplan_url', 1000);
        t.string('entry_point', 300).notNullable();
        provenance(t);
        t.boolean('sample').notNullable().defaultTo(false);
        timestamps(t);
        t.index(['kind']);
      });
      await knex.schema.createTable('un_network_leads', (t) => {
        t.string('network_id', 60).notNullable().references('id').inTable('un_networks').onDelete('CASCADE');
        t.string('organization_id', 40).notNullable().references('id').inTable('organizations');
        t.integer('position').notNullable();
        t.primary(['network_id', 'organization_id']);
      });
      await knex.schema.createTable('un_network_totals', (t) => {
        t.increments('id');
        t.string('kind', 10).notNullable();
        t.integer('count').notNullable();
        t.date('reached_by').notNullable();
        t.date('not_before');
        provenance(t);
        timestamps(t);
        t.index(['kind', 'reached_by']);
      });
    },
    async down(knex) {
      await knex.schema.dropTable('un_network_totals');
      await knex.schema.dropTable('un_network_leads');
      await knex.schema.dropTable('un_networks');
    },
  },
  // No API writes today, so its feed stays empty; the table makes GET /changes answer like every subgraph's, and
  // a write added later records into it.
  changeEventsMigration('2026-12-04-004-change-events'),
];
