// The webhooks' tables (frozen once shipped: a later change is a new migration).
// - webhooks: a partner's endpoint, its subscriptions, its signing secret (the exchange must keep it to sign), the
//   viewer it was registered as (the relay reads the feed as that viewer), and where its relay is in each subgraph's
//   feed (`positions`, server-side state, so kept unsigned; `relay_version` lets two exchange replicas relay without
//   both inserting the same events: the second one's conditional update matches nothing and rolls back).
// - webhook_deliveries: the outbox of sends, one row per event per webhook; its id is the Standard Webhooks
//   `webhook-id`, the same on every attempt.
// - webhook_delivery_attempts: the delivery log its owner reads.
import type { Migration } from '@unmn/shared/db';

export const webhooksMigration: Migration = {
  name: '2026-11-29-002-webhooks',
  async up(knex) {
    await knex.schema.createTable('webhooks', (t) => {
      t.string('id', 36).primary();
      t.string('owner_subject', 255).notNullable().index();
      t.string('owner_role', 32).notNullable();
      t.string('owner_organization_id', 64);
      t.string('owner_country_iso3', 3);
      t.string('url', 2000).notNullable();
      t.text('event_types').notNullable();
      t.string('secret', 128).notNullable();
      t.boolean('enabled').notNullable();
      t.text('disabled_reason');
      t.timestamp('disabled_at', { useTz: true });
      t.integer('failed_deliveries_in_row').notNullable().defaultTo(0);
      t.text('positions').notNullable();
      t.integer('relay_version').notNullable().defaultTo(0);
      t.timestamp('created_at', { useTz: true }).notNullable();
      t.timestamp('updated_at', { useTz: true }).notNullable();
    });
    await knex.schema.createTable('webhook_deliveries', (t) => {
      t.string('id', 36).primary();
      t.string('webhook_id', 36).notNullable().references('id').inTable('webhooks').onDelete('CASCADE');
      t.string('event_type', 64).notNullable();
      t.text('payload').notNullable();
      t.string('status', 16).notNullable();
      t.integer('attempts').notNullable().defaultTo(0);
      t.timestamp('next_attempt_at', { useTz: true });
      t.integer('last_status_code');
      t.text('last_error');
      t.timestamp('created_at', { useTz: true }).notNullable();
      t.timestamp('updated_at', { useTz: true }).notNullable();
      t.timestamp('delivered_at', { useTz: true });
      t.index(['webhook_id', 'created_at', 'id']);
      t.index(['status', 'next_attempt_at']);
    });
    await knex.schema.createTable('webhook_delivery_attempts', (t) => {
      t.string('delivery_id', 36).notNullable().references('id').inTable('webhook_deliveries').onDelete('CASCADE');
      t.integer('number').notNullable();
      t.timestamp('at', { useTz: true }).notNullable();
      t.integer('status_code');
      t.text('error');
      t.integer('duration_ms').notNullable();
      t.primary(['delivery_id', 'number']);
    });
  },
  async down(knex) {
    await knex.schema.dropTableIfExists('webhook_delivery_attempts');
    await knex.schema.dropTableIfExists('webhook_deliveries');
    await knex.schema.dropTableIfExists('webhooks');
  },
};
