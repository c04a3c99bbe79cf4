// Per-request DataLoaders: every reference resolver and nested list goes through one, so a page of 50 requests with
// their objectives, principles, kinds and partners costs one statement per kind of child, not one per request.
import { loaderFromMap, loaderPerArgs } from '@unmn/shared/loaders';
import { emptyConnection, type PageArgs } from '@unmn/shared/pagination';
import type { Viewer } from '@unmn/shared/viewer';
import type { SupportRequestModel } from './models.js';
import type { HistoryArgs, Parent, RequestFilter, RequestSort, SupportRequestReads } from './reads.js';

export function createLoaders(reads: SupportRequestReads, viewer: Viewer) {
  // One loader per (parent kind, arguments): parents asking with the same arguments share one batch.
  const byParent = loaderPerArgs(
    ({ parent, filter, sort, page }: { parent: Parent; filter: RequestFilter; sort: RequestSort; page: PageArgs }, keys: readonly (string | number)[]) =>
      reads.listByParent(parent, keys, viewer, filter, sort, page),
    () => emptyConnection<SupportRequestModel>(),
  );
  const connections = (parent: Parent, filter: RequestFilter, sort: RequestSort, page: PageArgs) =>
    byParent({ parent, filter, sort, page: { first: page.first ?? null, after: page.after ?? null } });
  // Histories asked with the same arguments share one statement across the response.
  const byHistoryArgs = loaderPerArgs((args: HistoryArgs, ids: readonly string[]) => reads.eventsByRequest(ids, args), () => []);
  return {
    request: loaderFromMap((ids: readonly string[]) => reads.findByIds(ids), () => null),
    requestByCode: loaderFromMap((codes: readonly string[]) => reads.findByCodes(codes), () => null),
    objectives: loaderFromMap((ids: readonly string[]) => reads.objectivesByRequest(ids), () => []),
    principles: loaderFromMap((ids: readonly string[]) => reads.principlesByRequest(ids), () => []),
    kinds: loaderFromMap((ids: readonly string[]) => reads.kindsByRequest(ids), () => []),
    partners: loaderFromMap((ids: readonly string[]) => reads.partnersByRequest(ids), () => []),
    events: (args: HistoryArgs = {}) => byHistoryArgs({ updatedSince: args.updatedSince ?? null, sort: args.sort ?? null }),
    connections,
  };
}
export type SupportRequestsLoaders = ReturnType<typeof createLoaders>;
