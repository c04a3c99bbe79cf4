// Facet counts: how many of a list's matches carry each type, objective, language, region and publisher. Counted
// over the same matches the list shows (filter.ts matched(), so what the viewer may see), in one statement.
import { matched, matchedUnder, type ReadContext } from './filter.js';
import type { FacetsModel, ParentScope, ResourceFilterSpec, ResourceType } from './models.js';
import { TAG_TABLES, type TagKind } from './reference/tags.js';
import { rawRows } from './rows.js';

type Facet = 'type' | 'objective' | 'language' | 'region' | 'publisher';
const FACET_TAGS: [Facet, TagKind][] = [['objective', 'objectives'], ['language', 'languages'], ['region', 'regions'], ['publisher', 'publishers']];

/** Most frequent first, ties by value, so the panel is stable. */
const byCount = <T extends { count: number }>(key: (x: T) => string | number) => (a: T, b: T) =>
  b.count - a.count || (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);

/**
 * Facet counts of the matches of one filter, for the root list (`parentKeys` null) or under each of many parents:
 * one statement (a UNION ALL of five grouped counts over the same matches).
 */
export async function facets(ctx: ReadContext, filter: ResourceFilterSpec, scope: ParentScope | null, parentKeys: readonly (string | number)[] | null): Promise<Map<string, FacetsModel>> {
  const { knex } = ctx;
  const matches = scope && parentKeys
    ? matchedUnder(ctx, scope, parentKeys, filter, 'count')
    : matched(ctx, filter, (q) => q.select(knex.raw('0 as parent_key')), 'count');
  const m = knex.from(matches.as('mm')).select('mm.seq', 'mm.type', 'mm.parent_key');
  const typeCounts = knex.from('m').select(knex.raw(`'type' as facet`), 'm.parent_key', knex.raw('m.type as value')).groupBy('m.parent_key', 'm.type').count({ n: '*' });
  const tagCounts = FACET_TAGS.map(([facet, kind]) => {
    const { table, column } = TAG_TABLES[kind];
    return knex.from('m').select(knex.raw(`'${facet}' as facet`), 'm.parent_key')
      .join(`${table} as t`, 't.resource_seq', 'm.seq').select(knex.raw(`cast(t.${column} as varchar(40)) as value`)).groupBy('m.parent_key', `t.${column}`)
      .count({ n: '*' });
  });
  // Materialized: the matches are computed once, not once per facet. The UNION ALL is assembled from compiled parts
  // because knex's unionAll hoists the first part's GROUP BY to the end of the whole union.
  const parts = [typeCounts, ...tagCounts].map((p) => p.toSQL());
  const cte = m.toSQL();
  const result0 = await knex.raw(
    `with m as materialized (${cte.sql}) ${parts.map((p) => p.sql).join(' union all ')}`,
    [...cte.bindings, ...parts.flatMap((p) => p.bindings)],
  );
  const keys = parentKeys ? parentKeys.map(String) : ['0'];
  const result = new Map<string, FacetsModel>(keys.map((k) => [k, { objectives: [], types: [], languages: [], regions: [], publishers: [] }]));
  for (const row of rawRows<{ facet: Facet; parent_key: string | number; value: string | number; n: number | string }>(result0)) {
    const f = result.get(String(row.parent_key));
    if (!f) continue;
    const count = Number(row.n);
    const value = String(row.value);
    if (row.facet === 'type') f.types.push({ type: value as ResourceType, count });
    else if (row.facet === 'objective') f.objectives.push({ objective: { number: Number(value) }, count });
    else if (row.facet === 'language') f.languages.push({ language: value, count });
    else if (row.facet === 'region') f.regions.push({ region: value, count });
    else f.publishers.push({ publisher: { id: value }, count });
  }
  for (const f of result.values()) {
    f.types.sort(byCount((x) => x.type));
    f.objectives.sort(byCount((x) => x.objective.number));
    f.languages.sort(byCount((x) => x.language));
    f.regions.sort(byCount((x) => x.region));
    f.publishers.sort(byCount((x) => x.publisher.id));
  }
  return result;
}
