// Per-request DataLoaders: every reference resolver and nested list goes through one, so a page of 50 programmes with
// their participants, countries and objectives costs the same handful of statements as a page of one.
import { loaderFromMap, loaderPerArgs } from '@unmn/shared/loaders';
import { emptyConnection, type PageArgs } from '@unmn/shared/pagination';
import type { FundProjectModel, FundTotalsModel, ProgressReportModel, TransferModel } from './models.js';
import type { FundStore, ProjectFilter, ProjectParent } from './store.js';

export function createLoaders(store: FundStore) {
  // Connections under many parents at once, one loader per (parent kind, arguments): fields with different arguments
  // in one query get their own batch.
  const projects = loaderPerArgs(
    ({ parent, filter, page }: { parent: ProjectParent; filter: ProjectFilter; page: PageArgs }, keys: readonly (string | number)[]) =>
      store.projectsByParent(parent, keys, filter, page),
    () => emptyConnection<FundProjectModel>(),
  );
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
    projectsOf: (parent: ProjectParent, filter: ProjectFilter, page: PageArgs) => projects({ parent, filter, page }),
    transfersOf: loaderPerArgs((page: PageArgs, ids: readonly (string | number)[]) => store.transfersByProjectIds(ids as string[], page), () => emptyConnection<TransferModel>()),
    reportsOf: loaderPerArgs((page: PageArgs, ids: readonly (string | number)[]) => store.reportsByProjectIds(ids as string[], page), () => emptyConnection<ProgressReportModel>()),
  };
}
export type FundLoaders = ReturnType<typeof createLoaders>;
