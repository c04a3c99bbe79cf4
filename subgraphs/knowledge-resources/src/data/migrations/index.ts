// Knowledge resources' schema history. Append new migrations; never edit one that has shipped.
//
// Multi-valued tags (objectives, principles, languages, publishers, countries, regions) live in child tables so that
// filters and facet counts are plain indexed joins. Child tables key on the integer `resources.seq`, which is also the
// rowid of SQLite's full-text index (FTS5 external content needs a stable integer rowid).
import type { Knex } from 'knex';
import { changeEventsMigration } from '@unmn/shared/changes';
import { timestamps, type Migration } from '@unmn/shared/db';
import { reindexSearch } from '../search.js';

const child = (knex: Knex, name: string, column: string, build: (t: Knex.CreateTableBuilder) => void) =>
  knex.schema.createTable(name, (t) => {
    t.integer('resource_seq').notNullable().references('seq').inTable('resources').onDelete('CASCADE');
    build(t);
    t.primary(['resource_seq', column]);
    // The reverse index serves filters ("resources tagged with objective 20") and per-parent connections.
    t.index([column, 'resource_seq']);
  });

/** The tag tables and their tag column, as these migrations created them (the running code: data/reference/tags.ts). */
export const TAG_TABLES: [table: string, column: string][] = [
  ['resource_objectives', 'objective_number'],
  ['resource_principles', 'letter'],
  ['resource_languages', 'language'],
  ['resource_publishers', 'organization_id'],
  ['resource_countries', 'iso3'],
  ['resource_regions', 'region'],
];

/**
 * PostgreSQL only: the filter values a search can intersect with its full-text match, as `kind:value` keys in
 * `resources.tag_keys` (see the 2026-11-30 migration). `filter` is the ResourceFilter field, `key` the prefix, `source`
 * where the values live: a tag table and column, or a column of `resources` itself.
 */
export const SEARCH_TAG_KEYS: { filter: 'objectives' | 'principles' | 'regions' | 'countries' | 'languages' | 'publishers' | 'types' | 'scopes'; key: string; source: [table: string, column: string] | string }[] = [
  { filter: 'objectives', key: 'objective', source: ['resource_objectives', 'objective_number'] },
  { filter: 'principles', key: 'principle', source: ['resource_principles', 'letter'] },
  { filter: 'languages', key: 'language', source: ['resource_languages', 'language'] },
  { filter: 'publishers', key: 'publisher', source: ['resource_publishers', 'organization_id'] },
  { filter: 'countries', key: 'country', source: ['resource_countries', 'iso3'] },
  { filter: 'regions', key: 'region', source: ['resource_regions', 'region'] },
  { filter: 'types', key: 'type', source: 'type' },
  { filter: 'scopes', key: 'scope', source: 'geographic_scope' },
];

/**
 * SQL (PostgreSQL) for the `tag_keys` of the `resources` row in scope, read from its tag tables and columns:
 * `update resources set tag_keys = <this> where …`, for this migration's backfill. Frozen with the migrations: the
 * running code uses its own copy (data/reference/tags.ts); changing the key format there needs a new migration that
 * rewrites the column.
 */
export const tagKeysSql = (): string => {
  const fromTables = SEARCH_TAG_KEYS.filter((k) => Array.isArray(k.source)).map(({ key, source }) => {
    const [table, column] = source as [string, string];
    return `select '${key}:' || t.${column} from ${table} t where t.resource_seq = resources.seq`;
  });
  const fromColumns = SEARCH_TAG_KEYS.filter((k) => typeof k.source === 'string').map(({ key, source }) => `'${key}:' || resources.${source}`);
  return `array(${fromTables.join(' union all ')}) || array[${fromColumns.join(', ')}]`;
};

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
  {
    // Searches with filters (`migration data` + Africa) spent their time on rows the filter then dropped: the filter
    // lived in the tag tables, so no index could intersect it with the full-text match and PostgreSQL read and ranked
    // every text match (29k of 100k) to keep 4.9k.
    // PostgreSQL: `resources.tag_keys` (text[]) holds the resource's filter values as `kind:value` keys
    // (SEARCH_TAG_KEYS: `region:AFRICA`, `objective:20`, `language:fr`, `type:PRACTICE`…), and one GIN index over
    // (search_vector, tag_keys) answers "these words AND one of these keys" in one index scan, so only the rows
    // matching both are fetched and ranked (ts_rank is unchanged: it reads search_vector only). The store rewrites
    // tag_keys in the transaction of every write that changes tags, type or scope (KnowledgeStore.syncSearchKeys).
    // The two-column index also serves searches without filters, so it replaces the single-column one.
    // SQLite: nothing to add; its searches test tag filters against the tag tables' primary keys (see the store).
    // Putting the tags into the FTS5 table instead would change bm25 (it counts every indexed token of a row in the
    // document length), so ranking would no longer be the same.
    name: '2026-11-30-001-knowledge-resources-search-tag-keys',
    async up(knex) {
      if (knex.client.config.client !== 'pg') return;
      await knex.raw(`alter table resources add column tag_keys text[] not null default '{}'`);
      await knex.raw(`update resources set tag_keys = ${tagKeysSql()}`);
      await knex.raw('drop index resources_search_idx');
      await knex.raw('create index resources_search_tags_idx on resources using gin (search_vector, tag_keys)');
    },
    async down(knex) {
      if (knex.client.config.client !== 'pg') return;
      await knex.raw('drop index resources_search_tags_idx');
      await knex.raw('create index resources_search_idx on resources using gin (search_vector)');
      await knex.raw('alter table resources drop column tag_keys');
    },
  },
  {
    // Browsing by a column of `resources` alone (`types: [PRACTICE]`, `scopes: [NATIONAL]`): the page walks the
    // (review_status, published_on) index, but the total had to read every matching row from the table (26k rows,
    // 17k heap pages for PRACTICE at 100k: ~65-130 ms on PostgreSQL). With the review status beside the column the
    // count is an index-only scan. The (type, review_status) index starts with `type`, so it replaces the one on type.
    name: '2026-12-01-001-knowledge-resources-browse-count-indexes',
    async up(knex) {
      await knex.schema.alterTable('resources', (t) => {
        t.dropIndex(['type']);
        t.index(['type', 'review_status']);
        t.index(['geographic_scope', 'review_status']);
      });
    },
    async down(knex) {
      await knex.schema.alterTable('resources', (t) => {
        t.dropIndex(['geographic_scope', 'review_status']);
        t.dropIndex(['type', 'review_status']);
        t.index(['type']);
      });
    },
  },
  // The change feed (shared/src/changes.ts): every write records its event here in its own transaction.
  changeEventsMigration('2026-12-02-001-knowledge-resources-change-events'),
  {
    // Orders of a list that must stay index walks at 100k:
    // - The default order (no search, no sort) lists real resources before samples, then newest first: the
    //   (sample, published_on desc, seq desc) index yields it in one forward walk that stops after the page (the
    //   directions are mixed, so the (published_on, seq) index cannot). Readers who see only published resources
    //   filter on review_status, and SQLite then prefers the (review_status, published_on) index and sorts every
    //   published row (430 ms at 20k instead of a walk), so the same order also exists after review_status, as it
    //   does for NEWEST. (PostgreSQL walks the first index and filters: 0.2 ms.)
    // - UPDATED_ASC / UPDATED_DESC walk (updated_at, seq), or (review_status, updated_at, seq) likewise; the first
    //   serves everything the single-column updated_at index (timestamps()) did, which is dropped.
    // - Per-parent and tag-filtered pages read only the tag tables (see 2026-11-29-001), so each tag row also carries
    //   its resource's `sample` flag, and the tag index gains it after `published`: a walk per (tag, published,
    //   sample) is in published_on order, and the store merges the walks (real ones first for the default order).
    name: '2026-12-02-002-knowledge-resources-real-first-and-updated-order',
    async up(knex) {
      await knex.raw('create index resources_real_first_index on resources (sample, published_on desc, seq desc)');
      await knex.raw('create index resources_status_real_first_index on resources (review_status, sample, published_on desc, seq desc)');
      await knex.schema.alterTable('resources', (t) => {
        t.index(['updated_at', 'seq'], 'resources_updated_order_index');
        t.index(['review_status', 'updated_at', 'seq'], 'resources_status_updated_order_index');
        t.dropIndex(['updated_at']);
      });
      for (const [table, column] of TAG_TABLES) {
        await knex.schema.alterTable(table, (t) => t.boolean('sample').notNullable().defaultTo(false));
        await knex.raw('update ?? set sample = (select r.sample from resources r where r.seq = ??.resource_seq)', [table, table]);
        await knex.schema.alterTable(table, (t) => {
          t.dropIndex([column, 'published', 'published_on', 'resource_seq'], `${table}_sort_index`);
          t.index([column, 'published', 'sample', 'published_on', 'resource_seq'], `${table}_sample_sort_index`);
        });
      }
    },
    async down(knex) {
      for (const [table, column] of TAG_TABLES) {
        await knex.schema.alterTable(table, (t) => {
          t.dropIndex([column, 'published', 'sample', 'published_on', 'resource_seq'], `${table}_sample_sort_index`);
          t.index([column, 'published', 'published_on', 'resource_seq'], `${table}_sort_index`);
        });
        await knex.schema.alterTable(table, (t) => t.dropColumn('sample'));
      }
      await knex.schema.alterTable('resources', (t) => {
        t.index(['updated_at']);
        t.dropIndex(['review_status', 'updated_at', 'seq'], 'resources_status_updated_order_index');
        t.dropIndex(['updated_at', 'seq'], 'resources_updated_order_index');
      });
      await knex.raw('drop index resources_status_real_first_index');
      await knex.raw('drop index resources_real_first_index');
    },
  },
  {
    // Full-text search in English, French and Spanish, the same on both stores: the application stems (data/stemming.ts)
    // each resource's title, summary and body, and the stores index those texts with no stemming of their own: SQLite
    // keeps them in `search_title`, `search_summary` and `search_body` under an FTS5 `unicode61` index, PostgreSQL
    // only as `search_vector` (the `simple` configuration, written by the application; a generated column would need
    // the texts stored beside it, half as wide again a row, which pushed the tsvector out of line). Both see identical
    // tokens (before, FTS5's porter and PostgreSQL's english configuration stemmed and split
    // differently, e.g. `covid-19`). `search_words` is the vocabulary "did you mean" suggests from: per folded word, the
    // number of resources containing it. The backfill runs the application's current stemming (reindexSearch): this
    // migration cannot freeze a stemmer, and a later change of stemming re-runs reindexSearch in a migration of its own.
    name: '2026-12-03-001-knowledge-resources-search-languages',
    async up(knex) {
      const postgres = knex.client.config.client === 'pg';
      if (!postgres) {
        for (const trigger of ['resources_fts_insert', 'resources_fts_delete', 'resources_fts_update']) await knex.raw(`drop trigger ${trigger}`);
        await knex.raw('drop table resources_fts');
      }
      if (postgres) {
        await knex.raw('drop index resources_search_tags_idx');
        await knex.raw('alter table resources drop column search_vector');
        await knex.raw(`alter table resources add column search_vector tsvector not null default ''`);
      } else {
        await knex.schema.alterTable('resources', (t) => {
          t.text('search_title').notNullable().defaultTo('');
          t.text('search_summary').notNullable().defaultTo('');
          t.text('search_body').notNullable().defaultTo('');
        });
      }
      await knex.schema.createTable('search_words', (t) => {
        t.string('word', 60).primary();
        t.integer('documents').notNullable();
      });
      await reindexSearch(knex);
      if (postgres) {
        await knex.raw('create index resources_search_tags_idx on resources using gin (search_vector, tag_keys)');
      } else {
        // `remove_diacritics 0`: the application folded accents already; FTS5 must not fold more than PostgreSQL does.
        await knex.raw(`create virtual table resources_fts using fts5(
          search_title, search_summary, search_body, content='resources', content_rowid='seq',
          tokenize = 'unicode61 remove_diacritics 0')`);
        await knex.raw(`create trigger resources_fts_insert after insert on resources begin
          insert into resources_fts(rowid, search_title, search_summary, search_body) values (new.seq, new.search_title, new.search_summary, new.search_body);
        end`);
        await knex.raw(`create trigger resources_fts_delete after delete on resources begin
          insert into resources_fts(resources_fts, rowid, search_title, search_summary, search_body) values ('delete', old.seq, old.search_title, old.search_summary, old.search_body);
        end`);
        await knex.raw(`create trigger resources_fts_update after update of search_title, search_summary, search_body on resources begin
          insert into resources_fts(resources_fts, rowid, search_title, search_summary, search_body) values ('delete', old.seq, old.search_title, old.search_summary, old.search_body);
          insert into resources_fts(rowid, search_title, search_summary, search_body) values (new.seq, new.search_title, new.search_summary, new.search_body);
        end`);
        await knex.raw(`insert into resources_fts(resources_fts) values ('rebuild')`);
      }
    },
    async down(knex) {
      const postgres = knex.client.config.client === 'pg';
      if (postgres) {
        await knex.raw('drop index resources_search_tags_idx');
        await knex.raw('alter table resources drop column search_vector');
        await knex.raw(`alter table resources add column search_vector tsvector generated always as (
            setweight(to_tsvector('english', coalesce(title, '')), 'A') ||
            setweight(to_tsvector('english', coalesce(summary, '')), 'B') ||
            setweight(to_tsvector('english', coalesce(body, '')), 'C')
          ) stored`);
        await knex.raw('create index resources_search_tags_idx on resources using gin (search_vector, tag_keys)');
      } else {
        for (const trigger of ['resources_fts_insert', 'resources_fts_delete', 'resources_fts_update']) await knex.raw(`drop trigger ${trigger}`);
        await knex.raw('drop table resources_fts');
        await knex.raw(`create virtual table resources_fts using fts5(
          title, summary, body, content='resources', content_rowid='seq',
          tokenize = 'porter unicode61 remove_diacritics 2')`);
        await knex.raw(`create trigger resources_fts_insert after insert on resources begin
          insert into resources_fts(rowid, title, summary, body) values (new.seq, new.title, new.summary, new.body);
        end`);
        await knex.raw(`create trigger resources_fts_delete after delete on resources begin
          insert into resources_fts(resources_fts, rowid, title, summary, body) values ('delete', old.seq, old.title, old.summary, old.body);
        end`);
        await knex.raw(`create trigger resources_fts_update after update of title, summary, body on resources begin
          insert into resources_fts(resources_fts, rowid, title, summary, body) values ('delete', old.seq, old.title, old.summary, old.body);
          insert into resources_fts(rowid, title, summary, body) values (new.seq, new.title, new.summary, new.body);
        end`);
        await knex.raw(`insert into resources_fts(resources_fts) values ('rebuild')`);
        await knex.schema.alterTable('resources', (t) => {
          t.dropColumn('search_title');
          t.dropColumn('search_summary');
          t.dropColumn('search_body');
        });
      }
      await knex.schema.dropTable('search_words');
    },
  },
  {
    // Folding spells out compatibility forms and letters typed as two (`ﬁ` -> `fi`, `œ` -> `oe`: stemming.ts fold), so
    // every resource's index text and the "did you mean" vocabulary are written again with it (reindexSearch).
    name: '2026-12-04-001-knowledge-resources-search-fold-ligatures',
    async up(knex) {
      await reindexSearch(knex);
    },
    // Nothing to undo in the schema; the index is rewritten by whichever folding the code running a later migration has.
    async down() {},
  },
];
