// GCM objectives' schema history. Append new migrations; never edit one that has shipped.
import { timestamps, type Migration } from '@unmn/shared/db';
import { changeEventsMigration } from '@unmn/shared/changes';

export const migrations: Migration[] = [
  {
    name: '2026-11-28-001-objectives-principles-reviews',
    async up(knex) {
      await knex.schema.createTable('objectives', (t) => {
        t.integer('number').primary();
        t.string('title', 300).notNullable();
        t.string('short_title', 100).notNullable();
        t.integer('paragraph').notNullable();
        t.integer('hub_term_id').notNullable();
        t.text('description').notNullable();
        t.string('source', 1000).notNullable();
        t.string('confidence', 1).notNullable();
        t.text('note');
        timestamps(t);
      });
      await knex.schema.createTable('guiding_principles', (t) => {
        t.string('letter', 1).primary();
        t.string('code', 40).notNullable().unique();
        t.string('title', 100).notNullable();
        t.text('summary').notNullable();
        t.string('source', 1000).notNullable();
        t.string('confidence', 1).notNullable();
        t.text('note');
        timestamps(t);
      });
      await knex.schema.createTable('reviews', (t) => {
        t.string('id', 60).primary();
        t.string('kind', 40).notNullable();
        t.string('title', 300).notNullable();
        t.integer('year').notNullable();
        t.date('start_date');
        t.date('end_date');
        t.string('location', 200);
        t.string('regional_commission_id', 40);
        t.string('convened_by', 200);
        t.text('notes');
        t.string('source', 1000).notNullable();
        t.string('confidence', 1).notNullable();
        t.text('note');
        timestamps(t);
        t.index(['year']);
      });
      await knex.schema.createTable('review_organizers', (t) => {
        t.string('review_id', 60).notNullable().references('id').inTable('reviews').onDelete('CASCADE');
        // An Organization owned by the members subgraph: a key, not a foreign key across databases.
        t.string('organization_id', 40).notNullable();
        t.integer('position').notNullable();
        t.primary(['review_id', 'organization_id']);
      });
    },
    async down(knex) {
      await knex.schema.dropTable('review_organizers');
      await knex.schema.dropTable('reviews');
      await knex.schema.dropTable('guiding_principles');
      await knex.schema.dropTable('objectives');
    },
  },
  {
    // The 2030 Agenda link: SDG goals and targets as reference data (titles in the Agenda's English, French and Spanish
    // texts) and the objective-target links, each with its own provenance.
    name: '2026-11-29-002-sdg-goals-targets',
    async up(knex) {
      await knex.schema.createTable('sdg_goals', (t) => {
        t.integer('number').primary();
        for (const l of ['en', 'fr', 'es']) {
          t.string(`title_${l}`, 300).notNullable();
          t.string(`short_title_${l}`, 100).notNullable();
        }
        t.string('source', 1000).notNullable();
        t.string('confidence', 1).notNullable();
        t.text('note');
        timestamps(t);
      });
      await knex.schema.createTable('sdg_targets', (t) => {
        t.string('code', 8).primary();
        t.integer('goal_number').notNullable().references('number').inTable('sdg_goals');
        // Agenda order within the goal (numbered targets, then lettered ones), which the code's text does not sort by.
        t.integer('position').notNullable();
        for (const l of ['en', 'fr', 'es']) t.text(`title_${l}`).notNullable();
        t.string('source', 1000).notNullable();
        t.string('confidence', 1).notNullable();
        t.text('note');
        timestamps(t);
        t.unique(['goal_number', 'position']);
      });
      await knex.schema.createTable('objective_sdg_targets', (t) => {
        t.integer('objective_number').notNullable().references('number').inTable('objectives');
        t.string('target_code', 8).notNullable().references('code').inTable('sdg_targets');
        t.string('source', 1000).notNullable();
        t.string('confidence', 1).notNullable();
        t.text('note');
        timestamps(t);
        t.primary(['objective_number', 'target_code']);
        t.index(['target_code']);
      });
    },
    async down(knex) {
      await knex.schema.dropTable('objective_sdg_targets');
      await knex.schema.dropTable('sdg_targets');
      await knex.schema.dropTable('sdg_goals');
    },
  },
  // No API writes today, so its feed stays empty; the table makes GET /changes answer like every subgraph's, and
  // a write added later records into it.
  changeEventsMigration('2026-12-04-003-change-events'),
];
