// Support requests' schema history. Append new migrations; never edit one that has shipped.
import { changeEventsMigration } from '@unmn/shared/changes';
import { timestamps, type Migration } from '@unmn/shared/db';

export const migrations: Migration[] = [
  {
    name: '2026-11-28-001-support-requests',
    async up(knex) {
      // Organizations a request may be matched to. The members subgraph owns organizations and this subgraph cannot
      // read its database, so it keeps the ids it accepts as partners (seeded from the same reference list).
      await knex.schema.createTable('partner_organizations', (t) => {
        t.string('id', 40).primary();
        t.string('acronym', 40).notNullable();
      });
      // Per-year sequence for reference codes (SR-2026-0042); one row per year, incremented under a row lock.
      await knex.schema.createTable('request_code_counters', (t) => {
        t.integer('year').primary();
        t.integer('last').notNullable();
      });
      await knex.schema.createTable('support_requests', (t) => {
        t.string('id', 36).primary();
        t.string('code', 20).notNullable().unique();
        t.string('country_iso3', 3).notNullable().index();
        // Denormalised from the country (reference data that does not change) so region filters and counts are one column.
        t.string('region', 20).notNullable().index();
        t.string('channel', 40).notNullable();
        t.string('requesting_authority', 300).notNullable();
        t.string('title', 200).notNullable();
        t.text('description').notNullable();
        t.string('contact_name', 200).notNullable();
        t.string('contact_email', 254).notNullable();
        t.string('contact_phone', 50);
        t.string('priority', 10).notNullable();
        t.string('status', 30).notNullable().index();
        t.text('assessment_notes');
        t.text('assessment_recommended');
        t.timestamp('assessed_at', { useTz: true });
        t.string('lead_organization_id', 40).references('id').inTable('partner_organizations');
        t.timestamp('submitted_at', { useTz: true }).notNullable().index();
        t.timestamp('partners_identified_at', { useTz: true });
        t.timestamp('implementation_started_at', { useTz: true });
        t.timestamp('closed_at', { useTz: true });
        t.string('submitter_role', 30).notNullable();
        t.string('submitter_subject', 200);
        // Idempotent submission: a key is unique per submitter; request_hash tells a retry from a different request.
        t.string('idempotency_scope', 300);
        t.string('idempotency_key', 100);
        t.string('request_hash', 64);
        t.unique(['idempotency_scope', 'idempotency_key']);
        t.boolean('sample').notNullable().defaultTo(false);
        t.integer('version').notNullable().defaultTo(1);
        timestamps(t);
      });
      await knex.schema.createTable('support_request_objectives', (t) => {
        t.string('request_id', 36).notNullable().references('id').inTable('support_requests').onDelete('CASCADE');
        t.integer('objective_number').notNullable();
        t.primary(['request_id', 'objective_number']);
        t.index(['objective_number']);
      });
      await knex.schema.createTable('support_request_principles', (t) => {
        t.string('request_id', 36).notNullable().references('id').inTable('support_requests').onDelete('CASCADE');
        t.string('letter', 1).notNullable();
        t.primary(['request_id', 'letter']);
      });
      await knex.schema.createTable('support_request_kinds', (t) => {
        t.string('request_id', 36).notNullable().references('id').inTable('support_requests').onDelete('CASCADE');
        t.string('kind', 30).notNullable();
        t.primary(['request_id', 'kind']);
        t.index(['kind']);
      });
      await knex.schema.createTable('support_request_partners', (t) => {
        t.string('request_id', 36).notNullable().references('id').inTable('support_requests').onDelete('CASCADE');
        t.string('organization_id', 40).notNullable().references('id').inTable('partner_organizations');
        t.boolean('is_lead').notNullable().defaultTo(false);
        t.string('role', 300).notNullable();
        t.string('response', 10).notNullable();
        t.timestamp('responded_at', { useTz: true });
        t.timestamp('matched_at', { useTz: true }).notNullable();
        t.primary(['request_id', 'organization_id']);
        t.index(['organization_id']);
      });
      await knex.schema.createTable('support_request_events', (t) => {
        t.increments('id');
        t.string('request_id', 36).notNullable().references('id').inTable('support_requests').onDelete('CASCADE');
        t.string('kind', 30).notNullable();
        t.string('actor_role', 30).notNullable();
        t.string('actor_subject', 200);
        t.string('actor_organization_id', 40);
        t.string('actor_country_iso3', 3);
        t.timestamp('at', { useTz: true }).notNullable();
        t.string('from_status', 30);
        t.string('to_status', 30).notNullable();
        t.text('comment');
        t.text('changes').notNullable();
        t.integer('version').notNullable();
        // One event per version: a second writer of the same version cannot add a second event.
        t.unique(['request_id', 'version']);
      });
    },
    async down(knex) {
      for (const table of ['support_request_events', 'support_request_partners', 'support_request_kinds', 'support_request_principles', 'support_request_objectives', 'support_requests', 'request_code_counters', 'partner_organizations']) {
        await knex.schema.dropTable(table);
      }
    },
  },
  // The change feed (shared/src/changes.ts): one row per committed change to a request.
  changeEventsMigration('2026-11-29-002-change-events'),
];
