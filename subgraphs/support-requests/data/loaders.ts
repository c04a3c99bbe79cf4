// Per-request DataLoaders: every reference resolver and nested list goes through one, so a page of 50 requests with
// their objectives, principles, kinds and partners costs one statement per kind of child, not one per request.
import DataLoader from 'dataloader';
import { loaderFromMap } from '../../../shared/loaders.js';
import type { Connection, PageArgs } from '../../../shared/pagination.js';
import type { Viewer } from '../../../shared/viewer.js';
import type { SupportRequestModel } from './models.js';
import type { RequestFilter, SupportRequestsStore } from './store.js';

type Parent = 'country' | 'objective' | 'organization';

export function createLoaders(store: SupportRequestsStore, viewer: Viewer) {
  // One loader per (parent kind, arguments): parents asking with the same arguments share one batch.
  const byParent = new Map<string, DataLoader<string | number, Connection<SupportRequestModel>>>();
  const connections = (parent: Parent, filter: RequestFilter, page: PageArgs) => {
    const key = JSON.stringify([parent, filter, page.first ?? null, page.after ?? null]);
    let loader = byParent.get(key);
    if (!loader) {
      loader = loaderFromMap(
        (keys: readonly (string | number)[]) => store.listByParent(parent, keys, viewer, filter, page),
        () => ({ edges: [], totalCount: 0, pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null } }),
      );
      byParent.set(key, loader);
    }
    return loader;
  };
  return {
    request: loaderFromMap((ids: readonly string[]) => store.findByIds(ids), () => null),
    requestByCode: loaderFromMap((codes: readonly string[]) => store.findByCodes(codes), () => null),
    objectives: loaderFromMap((ids: readonly string[]) => store.objectivesByRequest(ids), () => []),
    principles: loaderFromMap((ids: readonly string[]) => store.principlesByRequest(ids), () => []),
    kinds: loaderFromMap((ids: readonly string[]) => store.kindsByRequest(ids), () => []),
    partners: loaderFromMap((ids: readonly string[]) => store.partnersByRequest(ids), () => []),
    events: loaderFromMap((ids: readonly string[]) => store.eventsByRequest(ids), () => []),
    connections,
  };
}
export type SupportRequestsLoaders = ReturnType<typeof createLoaders>;
