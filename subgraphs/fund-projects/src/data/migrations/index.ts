// Fund-projects' schema history. Append new migrations; never edit one that has shipped.
// Money columns are BIGINT cents; no table stores a balance, a total or a transferred-to-date figure: those are
// derived from `contributions` and `transfers` when read, so they cannot drift apart.
import type { Knex } from 'knex';
import { changeEventsMigration } from '@unmn/shared/changes';
import { timestamps, type Migration } from '@unmn/shared/db';

const provenance = (t: Knex.CreateTableBuilder, prefix = '') => {
  t.string(`${prefix}source`, 1000).notNullable();
  t.string(`${prefix}confidence`, 1).notNullable();
  t.text(`${prefix}note`);
};

export const migrations: Migration[] = [
  {
    name: '2026-11-28-001-fund-thematic-areas-projects-money',
    async up(knex) {
      // The fund's row is the lock every transfer takes (SELECT ... FOR UPDATE), so two transfers can never both spend
      // the same deposited balance. Its facts (names, dates, targets) are reference data in seeds/fund.ts.
      await knex.schema.createTable('funds', (t) => {
        t.string('code', 10).primary();
        t.string('name', 300).notNullable();
        timestamps(t);
      });
      await knex.schema.createTable('thematic_areas', (t) => {
        t.string('id', 10).primary();
        t.integer('number').notNullable().unique();
        t.string('title', 300).notNullable();
        provenance(t);
        timestamps(t);
      });
      // The objective -> thematic area mapping is data (unverified, so each row carries its confidence); an objective
      // sits in at most one area.
      await knex.schema.createTable('thematic_area_objectives', (t) => {
        t.integer('objective_number').primary();
        t.string('thematic_area_id', 10).notNullable().references('id').inTable('thematic_areas');
        provenance(t);
        t.index(['thematic_area_id']);
      });
      // Organizations allowed as participants. The members subgraph owns Organization; a subgraph may not read another's
      // database, so the participating UN organizations are seeded here (same ids) and validated against this table.
      await knex.schema.createTable('participating_organizations', (t) => {
        t.string('id', 40).primary();
        t.string('acronym', 40).notNullable();
        t.string('name', 300).notNullable();
        timestamps(t);
      });
      await knex.schema.createTable('fund_projects', (t) => {
        t.string('id', 60).primary();
        t.string('code', 40).notNullable().unique();
        t.string('title', 300).notNullable();
        t.text('summary').notNullable();
        t.string('scope', 20).notNullable();
        t.string('thematic_area_id', 10).notNullable().references('id').inTable('thematic_areas');
        t.bigInteger('budget_cents').notNullable().checkPositive();
        t.integer('duration_months');
        t.date('start_date');
        t.date('end_date');
        t.string('status', 20).notNullable();
        t.date('submitted_on').notNullable();
        t.date('decided_on');
        t.date('closed_on');
        t.string('gender_marker', 20);
        t.string('human_rights_marker', 20);
        t.string('support_request_id', 60);
        provenance(t);
        provenance(t, 'budget_');
        provenance(t, 'objectives_');
        t.boolean('sample').notNullable().defaultTo(false);
        t.integer('version').notNullable().defaultTo(1);
        timestamps(t);
        t.index(['status']);
        t.index(['thematic_area_id']);
        t.index(['support_request_id']);
      });
      await knex.schema.createTable('fund_project_participants', (t) => {
        t.string('project_id', 60).notNullable().references('id').inTable('fund_projects').onDelete('CASCADE');
        t.string('organization_id', 40).notNullable().references('id').inTable('participating_organizations');
        t.boolean('is_lead').notNullable().defaultTo(false);
        t.bigInteger('share_cents').notNullable().checkPositive();
        t.integer('position').notNullable();
        t.primary(['project_id', 'organization_id']);
        t.index(['organization_id']);
      });
      // At most one lead per programme, enforced by the database too (the API also checks for exactly one).
      await knex.raw(
        knex.client.config.client === 'pg'
          ? 'create unique index fund_project_one_lead on fund_project_participants (project_id) where is_lead'
          : 'create unique index fund_project_one_lead on fund_project_participants (project_id) where is_lead = 1',
      );
      await knex.schema.createTable('fund_project_countries', (t) => {
        t.string('project_id', 60).notNullable().references('id').inTable('fund_projects').onDelete('CASCADE');
        t.string('country_iso3', 3).notNullable();
        // A country's continent never changes; kept beside the code so REGION filters and groupings stay in SQL.
        t.string('hub_region', 20).notNullable();
        t.integer('position').notNullable();
        t.primary(['project_id', 'country_iso3']);
        t.index(['country_iso3']);
        t.index(['hub_region']);
      });
      await knex.schema.createTable('fund_project_objectives', (t) => {
        t.string('project_id', 60).notNullable().references('id').inTable('fund_projects').onDelete('CASCADE');
        t.integer('objective_number').notNullable();
        t.integer('position').notNullable();
        t.primary(['project_id', 'objective_number']);
        t.index(['objective_number']);
      });
      await knex.schema.createTable('fund_project_partners', (t) => {
        t.string('project_id', 60).notNullable().references('id').inTable('fund_projects').onDelete('CASCADE');
        t.integer('position').notNullable();
        t.string('name', 300).notNullable();
        t.primary(['project_id', 'position']);
      });
      await knex.schema.createTable('fund_project_events', (t) => {
        t.increments('id');
        t.string('project_id', 60).notNullable().references('id').inTable('fund_projects').onDelete('CASCADE');
        t.string('from_status', 20);
        t.string('to_status', 20).notNullable();
        t.timestamp('at', { useTz: true }).notNullable();
        t.string('by_role', 40).notNullable();
        t.string('by_subject', 200);
        t.text('note');
        t.index(['project_id']);
      });
      await knex.schema.createTable('contributions', (t) => {
        t.string('id', 60).primary();
        t.string('fund_code', 10).notNullable().references('code').inTable('funds');
        t.string('donor', 200).notNullable();
        t.string('donor_country_iso3', 3);
        t.string('kind', 20).notNullable();
        t.date('date').notNullable();
        t.bigInteger('amount_cents').notNullable().checkPositive();
        provenance(t);
        t.boolean('sample').notNullable().defaultTo(false);
        timestamps(t);
        t.index(['fund_code', 'kind']);
      });
      await knex.schema.createTable('transfers', (t) => {
        t.string('id', 60).primary();
        t.string('project_id', 60).notNullable();
        t.string('organization_id', 40).notNullable();
        t.date('date').notNullable();
        t.bigInteger('amount_cents').notNullable().checkPositive();
        provenance(t);
        t.boolean('sample').notNullable().defaultTo(false);
        timestamps(t);
        // A transfer goes to a participant of that programme: enforced by the database as well as by the API.
        t.foreign(['project_id', 'organization_id']).references(['project_id', 'organization_id']).inTable('fund_project_participants');
        t.index(['project_id', 'organization_id']);
        t.index(['organization_id']);
      });
    },
    async down(knex) {
      for (const table of ['transfers', 'contributions', 'fund_project_events', 'fund_project_partners', 'fund_project_objectives', 'fund_project_countries', 'fund_project_participants', 'fund_projects', 'participating_organizations', 'thematic_area_objectives', 'thematic_areas', 'funds']) {
        await knex.schema.dropTable(table);
      }
    },
  },
  {
    // The participating organizations and the lead can be less certain than the rest of a record (the seeded first six
    // programmes name some from a source and guess others), so they carry their own provenance. Null columns mean
    // "as the record's provenance" (every programme submitted through the API).
    name: '2026-12-01-002-participants-provenance',
    async up(knex) {
      await knex.schema.alterTable('fund_projects', (t) => {
        t.string('participants_source', 1000);
        t.string('participants_confidence', 1);
        t.text('participants_note');
      });
    },
    async down(knex) {
      // Plain ALTER TABLE ... DROP COLUMN (SQLite 3.35+ and PostgreSQL): knex's SQLite fallback would copy and drop the
      // table, which the foreign keys pointing at fund_projects forbid.
      for (const column of ['participants_source', 'participants_confidence', 'participants_note']) {
        await knex.raw('alter table fund_projects drop column ??', [column]);
      }
    },
  },
  {
    // Participants report progress on approved programmes. No foreign key to the participants table: a report stays in
    // the record if the organization later leaves the programme.
    name: '2026-12-02-001-progress-reports',
    async up(knex) {
      await knex.schema.createTable('fund_project_reports', (t) => {
        t.string('id', 60).primary();
        t.string('project_id', 60).notNullable().references('id').inTable('fund_projects').onDelete('CASCADE');
        t.string('organization_id', 40).notNullable().references('id').inTable('participating_organizations');
        t.date('period_start').notNullable();
        t.date('period_end').notNullable();
        t.text('narrative').notNullable();
        t.string('by_role', 40).notNullable();
        t.string('by_subject', 200);
        timestamps(t);
        t.index(['project_id', 'period_end']);
      });
    },
    async down(knex) {
      await knex.schema.dropTable('fund_project_reports');
    },
  },
  // The change feed (shared/changes.ts): every write from here on records its events in its own transaction.
  changeEventsMigration('2026-12-03-001-change-events'),
];
