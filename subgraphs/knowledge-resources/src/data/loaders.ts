// Per-request DataLoaders: entity lookups, tags of a page of resources, per-parent connections, their facets and
// "did you mean" all batch into one statement (two for connections) however many parents or rows a response holds.
import DataLoader from 'dataloader';
import { hubRegionOf } from '@unmn/shared/countries';
import { loaderFromMap } from '@unmn/shared/loaders';
import { emptyConnection, type Connection, type PageArgs } from '@unmn/shared/pagination';
import { groupBy } from '@unmn/shared/rows';
import type { ReadContext } from './filter.js';
import { noTags, type FacetsModel, type ParentScope, type RelatedPracticeFilterSpec, type ResourceFilterSpec, type ScoredResource, type SortKey } from './models.js';
import type { Reads } from './reads.js';
import { facets } from './reporting.js';
import { didYouMean } from './search.js';

/** A per-parent connection request; requests with equal filter, sort and page batch into one query. */
export interface ParentListKey {
  scope: ParentScope;
  parentKey: string | number;
  filter: ResourceFilterSpec;
  sort: SortKey | null;
  page: PageArgs;
}

export interface FacetRequest {
  scope: ParentScope | null;
  parentKey: string | number | null;
  filter: ResourceFilterSpec;
}

export interface RelatedRequest {
  key: string;
  iso3: string | null;
  objectives: number[];
  filter: RelatedPracticeFilterSpec;
  page: PageArgs;
}

/** Groups keys by a batch signature, runs one load per group, and lines the results up with the keys. */
function groupedLoader<K, V>(signature: (k: K) => string, load: (group: K[]) => Promise<V[]>) {
  return new DataLoader<K, V, K>(
    async (keys) => {
      const groups = groupBy(keys.map((_, i) => i), (i) => signature(keys[i]));
      const results: V[] = new Array(keys.length);
      await Promise.all(
        [...groups.values()].map(async (indexes) => {
          const values = await load(indexes.map((i) => keys[i]));
          indexes.forEach((i, j) => (results[i] = values[j]));
        }),
      );
      return results;
    },
    { cache: false },
  );
}

export function createLoaders(ctx: ReadContext, reads: Reads) {
  return {
    resource: loaderFromMap((ids: readonly string[]) => reads.findByIds(ids), () => null),
    tags: loaderFromMap((seqs: readonly number[]) => reads.tagsBySeqs(seqs), noTags),
    /** "Did you mean" of connections that found nothing; one correction and one check for all parents of a filter. */
    didYouMean: groupedLoader<FacetRequest, string | null>(
      (k) => JSON.stringify([k.scope, k.filter]),
      async (group) => {
        const { scope, filter } = group[0];
        const found = await didYouMean(ctx, filter, scope, [...new Set(group.map((k) => k.parentKey ?? 0))]);
        return group.map((k) => found.get(String(k.parentKey ?? 0)) ?? null);
      },
    ),
    byParent: groupedLoader<ParentListKey, Connection<ScoredResource>>(
      (k) => JSON.stringify([k.scope, k.filter, k.sort, k.page]),
      async (group) => {
        const { scope, filter, sort, page } = group[0];
        const keys = [...new Set(group.map((k) => k.parentKey))];
        const found = await reads.listByParents(scope, keys, filter, sort, page);
        return group.map((k) => found.get(k.parentKey) ?? emptyConnection<ScoredResource>());
      },
    ),
    facets: groupedLoader<FacetRequest, FacetsModel>(
      (k) => JSON.stringify([k.scope, k.filter]),
      async (group) => {
        const { scope, filter } = group[0];
        const keys = scope ? [...new Set(group.map((k) => k.parentKey!))] : null;
        const found = await facets(ctx, filter, scope, keys);
        return group.map((k) => found.get(String(k.parentKey ?? 0))!);
      },
    ),
    relatedPractices: groupedLoader<RelatedRequest, Connection<ScoredResource>>(
      (k) => JSON.stringify([k.page, k.filter]),
      async (group) => {
        const found = await reads.relatedPractices(
          group.map((k) => ({ key: k.key, iso3: k.iso3, region: k.iso3 ? (hubRegionOf(k.iso3) ?? null) : null, objectives: k.objectives })),
          group[0].filter,
          group[0].page,
        );
        return group.map((k) => found.get(k.key) ?? emptyConnection<ScoredResource>());
      },
    ),
  };
}
export type KnowledgeLoaders = ReturnType<typeof createLoaders>;
