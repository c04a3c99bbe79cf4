// Per-request DataLoaders: every reference resolver and nested list goes through one, so a page of 50 requests with
// their objectives, principles, kinds and partners costs one statement per kind of child, not one per request.
import { loaderFromMap, loaderPerArgs } from '@unmn/shared/loaders';
import { emptyConnection, type PageArgs } from '@unmn/shared/pagination';
import type { Viewer } from '@unmn/shared/viewer';
import type { SupportRequestModel } from './models.js';
import type { Parent, RequestFilter, SupportRequestReads } from './reads.js';

export function createLoaders(reads: SupportRequestReads, viewer: Viewer) {
  // One loader per (parent kind, arguments): parents asking with the same arguments share one batch.
  const byParent = loaderPerArgs(
    ({ parent, filter, page }: { parent: Parent; filter: RequestFilter; page: PageArgs }, keys: readonly (string | number)[]) =>
      reads.listByParent(parent, keys, viewer, filter, page),
    () => emptyConnection<SupportRequestModel>(),
  );
  const connections = (parent: Parent, filter: RequestFilter, page: PageArgs) =>
    byParent({ parent, filter, page: { first: page.first ?? null, after: page.after ?? null } });
  return {
    request: loaderFromMap((ids: readonly string[]) => reads.findByIds(ids), () => null),
    requestByCode: loaderFromMap((codes: readonly string[]) => reads.findByCodes(codes), () => null),
    objectives: loaderFromMap((ids: readonly string[]) => reads.objectivesByRequest(ids), () => []),
    principles: loaderFromMap((ids: readonly string[]) => reads.principlesByRequest(ids), () => []),
    kinds: loaderFromMap((ids: readonly string[]) => reads.kindsByRequest(ids), () => []),
    partners: loaderFromMap((ids: readonly string[]) => reads.partnersByRequest(ids), () => []),
    events: loaderFromMap((ids: readonly string[]) => reads.eventsByRequest(ids), () => []),
    connections,
  };
}
export type SupportRequestsLoaders = ReturnType<typeof createLoaders>;
