// Knowledge resources' schema history. Append new migrations; never edit one that has shipped.
//
// Multi-valued tags (objectives, principles, languages, publishers, countries, regions) live in child tables so that
// filters and facet counts are plain indexed joins. Child tables key on the integer `resources.seq`, which is also the
// rowid of SQLite's full-text index (FTS5 external content needs a stable integer rowid).
import type { Knex } from 'knex';
import { timestamps, type Migration } from '../../../../shared/db.js';

const child = (knex: Knex, name: string, column: string, build: (t: Knex.CreateTableBuilder) => void) =>
  knex.schema.createTable(name, (t) => {
    t.integer('resource_seq').notNullable().references('seq').inTable('resources').onDelete('CASCADE');
    build(t);
    t.primary(['resource_seq', column]);
    // The reverse index serves filters ("resources tagged with objective 20") and per-parent connections.
    t.index([column, 'resource_seq']);
  });

/** The tag tables and their tag column: every one carries a copy of its resource's visibility flag and sort key. */
export const TAG_TABLES: [table: string, column: string][] = [
  ['resource_objectives', 'objective_number'],
  ['resource_principles', 'letter'],
  ['resource_languages', 'language'],
  ['resource_publishers', 'organization_id'],
  ['resource_countries', 'iso3'],
  ['resource_regions', 'region'],
];

export const migrations: Migration[] = [
  {
    name: '2026-11-28-001-knowledge-resources',
    async up(knex) {
      const postgres = knex.client.config.client === 'pg';
      await knex.schema.createTable('resources', (t) => {
        t.increments('seq');
        t.string('id', 60).notNullable().unique();
        t.string('title', 300).notNullable();
        t.text('summary').notNullable();
        t.text('body');
        t.string('type', 30).notNullable();
        t.string('url', 1000);
        t.date('published_on').notNullable();
        t.string('geographic_scope', 20).notNullable();
        t.text('target_audience').notNullable().defaultTo('[]'); // JSON array: shown, never filtered on
        t.date('implemented_from');
        t.date('implemented_until');
        t.boolean('completed');
        t.text('lessons_learned');
        t.text('why_replicable');
        t.string('review_status', 20).notNullable();
        t.text('review_comment');
        t.timestamp('submitted_at', { useTz: true });
        t.timestamp('reviewed_at', { useTz: true });
        // Who submitted it: ownership for edits and visibility of unpublished records.
        t.string('owner_org', 40);
        t.string('owner_country', 3);
        t.string('owner_subject', 200);
        t.string('source', 1000).notNullable();
        t.string('confidence', 10).notNullable();
        t.text('note');
        t.boolean('sample').notNullable().defaultTo(false);
        t.integer('version').notNullable().defaultTo(1);
        timestamps(t);
        t.index(['review_status', 'published_on']);
        t.index(['published_on', 'seq']);
        t.index(['type']);
        t.index(['owner_org']);
        t.index(['owner_country']);
      });
      await child(knex, 'resource_objectives', 'objective_number', (t) => t.integer('objective_number').notNullable());
      await child(knex, 'resource_principles', 'letter', (t) => t.string('letter', 1).notNullable());
      await child(knex, 'resource_languages', 'language', (t) => t.string('language', 3).notNullable());
      await child(knex, 'resource_publishers', 'organization_id', (t) => {
        t.string('organization_id', 40).notNullable();
        t.integer('position').notNullable();
      });
      await child(knex, 'resource_countries', 'iso3', (t) => t.string('iso3', 3).notNullable());
      await child(knex, 'resource_regions', 'region', (t) => t.string('region', 10).notNullable());

      // Full-text search. The dialects differ here, and only here and in the store's search SQL:
      if (postgres) {
        // PostgreSQL: a stored generated tsvector (so it is always in step with the row, in the same transaction),
        // weighted title A > summary B > body C for ts_rank, with a GIN index. 'english' stems words.
        await knex.raw(`
          ALTER TABLE resources ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
            setweight(to_tsvector('english', coalesce(title, '')), 'A') ||
            setweight(to_tsvector('english', coalesce(summary, '')), 'B') ||
            setweight(to_tsvector('english', coalesce(body, '')), 'C')
          ) STORED`);
        await knex.raw('CREATE INDEX resources_search_idx ON resources USING GIN (search_vector)');
      } else {
        // SQLite: an FTS5 external-content index over the same three columns (bm25 weights them at query time),
        // kept in sync by triggers so every write updates it inside the writer's transaction. The porter tokenizer
        // stems English words like PostgreSQL's 'english' configuration; remove_diacritics folds accents.
        await knex.raw(`CREATE VIRTUAL TABLE resources_fts USING fts5(
          title, summary, body, content='resources', content_rowid='seq',
          tokenize = 'porter unicode61 remove_diacritics 2')`);
        await knex.raw(`CREATE TRIGGER resources_fts_insert AFTER INSERT ON resources BEGIN
          INSERT INTO resources_fts(rowid, title, summary, body) VALUES (new.seq, new.title, new.summary, new.body);
        END`);
        await knex.raw(`CREATE TRIGGER resources_fts_delete AFTER DELETE ON resources BEGIN
          INSERT INTO resources_fts(resources_fts, rowid, title, summary, body) VALUES ('delete', old.seq, old.title, old.summary, old.body);
        END`);
        await knex.raw(`CREATE TRIGGER resources_fts_update AFTER UPDATE OF title, summary, body ON resources BEGIN
          INSERT INTO resources_fts(resources_fts, rowid, title, summary, body) VALUES ('delete', old.seq, old.title, old.summary, old.body);
          INSERT INTO resources_fts(rowid, title, summary, body) VALUES (new.seq, new.title, new.summary, new.body);
        END`);
      }
    },
    async down(knex) {
      if (knex.client.config.client !== 'pg') {
        for (const trigger of ['resources_fts_insert', 'resources_fts_delete', 'resources_fts_update']) await knex.raw(`DROP TRIGGER IF EXISTS ${trigger}`);
        await knex.raw('DROP TABLE IF EXISTS resources_fts');
      }
      for (const table of ['resource_regions', 'resource_countries', 'resource_publishers', 'resource_languages', 'resource_principles', 'resource_objectives', 'resources']) {
        await knex.schema.dropTableIfExists(table);
      }
    },
  },
  {
    // Per-parent pages (Objective/Organization/Country.resources) and tag-filtered counts read only the tag tables:
    // each tag row carries its resource's `published` flag (review_status = PUBLISHED) and `published_on`, and the
    // index (tag, published, published_on, resource_seq) yields a parent's newest published resources in order, so a
    // page stops after first+1 index entries and a count is an index range, instead of joining every tagged row to
    // `resources`. The store writes both columns in the same transaction as the resource (KnowledgeStore.syncTagKeys).
    // The new index starts with the tag column and ends with resource_seq, so it also serves everything the old
    // (tag, resource_seq) index did; that one is dropped.
    name: '2026-11-29-001-knowledge-resources-tag-sort-keys',
    async up(knex) {
      for (const [table, column] of TAG_TABLES) {
        await knex.schema.alterTable(table, (t) => {
          t.boolean('published').notNullable().defaultTo(false);
          t.date('published_on');
        });
        await knex.raw(
          `update ?? set published = (select r.review_status = 'PUBLISHED' from resources r where r.seq = ??.resource_seq),
             published_on = (select r.published_on from resources r where r.seq = ??.resource_seq)`,
          [table, table, table],
        );
        await knex.schema.alterTable(table, (t) => {
          t.dropIndex([column, 'resource_seq']);
          t.index([column, 'published', 'published_on', 'resource_seq'], `${table}_sort_index`);
        });
      }
    },
    async down(knex) {
      for (const [table, column] of TAG_TABLES) {
        await knex.schema.alterTable(table, (t) => {
          t.dropIndex([column, 'published', 'published_on', 'resource_seq'], `${table}_sort_index`);
          t.index([column, 'resource_seq']);
        });
        await knex.schema.alterTable(table, (t) => {
          t.dropColumn('published');
          t.dropColumn('published_on');
        });
      }
    },
  },
];
