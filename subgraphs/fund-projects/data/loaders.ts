// Per-request DataLoaders: every reference resolver and nested list goes through one, so a page of 50 programmes with
// their participants, countries and objectives costs the same handful of statements as a page of one.
import DataLoader from 'dataloader';
import { loaderFromMap } from '../../../shared/loaders.js';
import type { Connection, PageArgs } from '../../../shared/pagination.js';
import type { FundProjectModel, FundTotalsModel, TransferModel } from './models.js';
import type { FundStore, ProjectFilter, ProjectParent } from './store.js';

export function createLoaders(store: FundStore) {
  // Connections under many parents at once, one loader per (parent kind, arguments): fields with different arguments
  // in one query get their own batch.
  const byParent = new Map<string, DataLoader<string | number, Connection<FundProjectModel>>>();
  const transfersByArgs = new Map<string, DataLoader<string, Connection<TransferModel>>>();
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
    transfersOf(page: PageArgs) {
      const key = JSON.stringify(page);
      let loader = transfersByArgs.get(key);
      if (!loader) {
        loader = new DataLoader(async (ids) => {
          const found = await store.transfersByProjectIds(ids, page);
          return ids.map((id) => found.get(id)!);
        });
        transfersByArgs.set(key, loader);
      }
      return loader;
    },
  };
}
export type FundLoaders = ReturnType<typeof createLoaders>;
