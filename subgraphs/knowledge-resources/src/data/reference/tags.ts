// The tag tables and the search keys as the running code uses them. The migrations keep their own frozen copies
// (data/migrations/index.ts): editing these constants must never change what a shipped migration did. A change to the
// key format here needs a new migration that rewrites `resources.tag_keys`.
import type { ResourceFilterSpec } from '../models.js';

/** A tag table and its tag column: every one carries a copy of its resource's visibility flag and sort key. */
export interface TagTable {
  table: string;
  column: string;
}

/** The six tag tables, keyed by the ResourceFilter (and ResourceTags) field they hold. */
export const TAG_TABLES = {
  objectives: { table: 'resource_objectives', column: 'objective_number' },
  principles: { table: 'resource_principles', column: 'letter' },
  languages: { table: 'resource_languages', column: 'language' },
  publishers: { table: 'resource_publishers', column: 'organization_id' },
  countries: { table: 'resource_countries', column: 'iso3' },
  regions: { table: 'resource_regions', column: 'region' },
} as const satisfies Record<string, TagTable>;

export type TagKind = keyof typeof TAG_TABLES;
export const TAG_KINDS = Object.keys(TAG_TABLES) as TagKind[];

/**
 * PostgreSQL only: the filter values a search can intersect with its full-text match, as `kind:value` keys in
 * `resources.tag_keys`. `filter` is the ResourceFilter field, `key` the prefix, `source` where the values live: a tag
 * table, or a column of `resources` itself.
 */
export const SEARCH_TAG_KEYS: { filter: keyof ResourceFilterSpec & (TagKind | 'types' | 'scopes'); key: string; source: TagTable | string }[] = [
  { filter: 'objectives', key: 'objective', source: TAG_TABLES.objectives },
  { filter: 'principles', key: 'principle', source: TAG_TABLES.principles },
  { filter: 'languages', key: 'language', source: TAG_TABLES.languages },
  { filter: 'publishers', key: 'publisher', source: TAG_TABLES.publishers },
  { filter: 'countries', key: 'country', source: TAG_TABLES.countries },
  { filter: 'regions', key: 'region', source: TAG_TABLES.regions },
  { filter: 'types', key: 'type', source: 'type' },
  { filter: 'scopes', key: 'scope', source: 'geographic_scope' },
];

/**
 * SQL (PostgreSQL) for the `tag_keys` of the `resources` row in scope, from its tag tables and columns:
 * `update resources set tag_keys = <this> where …`. Used by every write (data/writes.ts) and the bulk seeder.
 */
export const tagKeysSql = (): string => {
  const fromTables = SEARCH_TAG_KEYS.flatMap(({ key, source }) =>
    typeof source === 'string' ? [] : [`select '${key}:' || t.${source.column} from ${source.table} t where t.resource_seq = resources.seq`]);
  const fromColumns = SEARCH_TAG_KEYS.flatMap(({ key, source }) => (typeof source === 'string' ? [`'${key}:' || resources.${source}`] : []));
  return `array(${fromTables.join(' union all ')}) || array[${fromColumns.join(', ')}]`;
};

/**
 * The same keys computed from a resource's tags and row, for a bulk insert (data/seeds/generate.ts) to write each
 * row once: updating every row after inserting it, as writes do one at a time, left a generated table twice its size.
 */
export const tagKeysOf = (tags: { readonly [K in TagKind]: readonly (string | number)[] }, row: object): string[] =>
  SEARCH_TAG_KEYS.flatMap(({ filter, key, source }) => (typeof source === 'string' ? [`${key}:${(row as Record<string, unknown>)[source]}`] : tags[filter as TagKind].map((v) => `${key}:${v}`)));
