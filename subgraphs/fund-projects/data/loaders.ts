// Per-request DataLoaders: every reference resolver and nested list goes through one, so a page of 50 programmes with
// their participants, countries and objectives costs the same handful of statements as a page of one.
import DataLoader from 'dataloader';
import { loaderFromMap } from '../../../shared/loaders.js';
import type { Connection, PageArgs } from '../../../shared/pagination.js';
import type { FundProjectModel, FundTotalsModel, ProgressReportModel, TransferModel } from './models.js';
import type { FundStore, ProjectFilter, ProjectParent } from './store.js';

export function createLoaders(store: FundStore) {
  // Connections under many parents at once, one loader per (parent kind, arguments): fields with different arguments
  // in one query get their own batch.
  const byParent = new Map<string, DataLoader<string | number, Connection<FundProjectModel>>>();
  const transfersByArgs = new Map<string, DataLoader<string, Connection<TransferModel>>>();
  const reportsByArgs = new Map<string, DataLoader<string, Connection<ProgressReportModel>>>();
  let totals: Promise<FundTotalsModel> | null = null;
  return {
    project: loaderFromMap((ids: readonly string[]) => store.findProjectsByIds(ids), () => null),
    participants: loaderFromMap((ids: readonly string[]) => store.participantsByProjectIds(ids), () => []),
    countries: loaderFromMap((ids: readonly string[]) => store.countriesByProjectIds(ids), () => []),
    objectives: loaderFromMap((ids: readonly string[]) => store.objectivesByProjectIds(ids), () => []),
    partners: loaderFromMap((ids: readonly string[]) => store.partnersByProjectIds(ids), () => []),
    history: loaderFromMap((ids: readonly string[]) => store.historyByProjectIds(ids), () => []),
    thematicArea: loaderFromMap((ids: readonly string[]) => store.findThematicAreasByIds(ids), () => null),
    areaObjectives: loaderFromMap((ids: readonly string[]) => store.mappingsByThematicAreaIds(ids), () => []),
    objectiveArea: loaderFromMap((numbers: readonly number[]) => store.mappingsByObjectiveNumbers(numbers), () => null),
    contribution: loaderFromMap((ids: readonly string[]) => store.findContributionsByIds(ids), () => null),
    transfer: loaderFromMap((ids: readonly string[]) => store.findTransfersByIds(ids), () => null),
    report: loaderFromMap((ids: readonly string[]) => store.findReportsByIds(ids), () => null),
    /** The fund's totals, computed once per request however many Money fields ask. */
    fundTotals: () => (totals ??= store.fundTotals()),
    projectsOf(parent: ProjectParent, filter: ProjectFilter, page: PageArgs) {
      const key = JSON.stringify([parent, filter, page]);
      let loader = byParent.get(key);
      if (!loader) {
        loader = new DataLoader(async (keys) => {
          const found = await store.projectsByParent(parent, keys, filter, page);
          return keys.map((k) => found.get(k)!);
        });
        byParent.set(key, loader);
      }
      return loader;
    },
    transfersOf: (page: PageArgs) => pageLoader(transfersByArgs, page, (ids) => store.transfersByProjectIds(ids, page)),
    reportsOf: (page: PageArgs) => pageLoader(reportsByArgs, page, (ids) => store.reportsByProjectIds(ids, page)),
  };
}
/** One loader per page arguments for a connection under each programme (fields with different arguments batch apart). */
function pageLoader<T>(cache: Map<string, DataLoader<string, Connection<T>>>, page: PageArgs, load: (ids: readonly string[]) => Promise<Map<string | number, Connection<T>>>) {
  const key = JSON.stringify(page);
  let loader = cache.get(key);
  if (!loader) {
    loader = new DataLoader(async (ids) => {
      const found = await load(ids);
      return ids.map((id) => found.get(id)!);
    });
    cache.set(key, loader);
  }
  return loader;
}
export type FundLoaders = ReturnType<typeof createLoaders>;
