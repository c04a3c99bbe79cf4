// Per-request DataLoaders: every reference resolver and nested list goes through one, so a page of 50 programmes with
// their participants, countries and objectives costs the same handful of statements as a page of one.
import { loaderFromMap, loaderPerArgs } from '@unmn/shared/loaders';
import { emptyConnection, type PageArgs } from '@unmn/shared/pagination';
import type { FundProjectModel, FundTotalsModel, ProgressReportModel, TransferModel } from './models.js';
import type { LedgerSort, Ledger, TransferFilter } from './ledger.js';
import type { ProgressReportFilter, ProgressReportSort, ProjectFilter, ProjectParent, ProjectReads, ProjectSort } from './reads.js';

export function createLoaders(reads: ProjectReads, ledger: Ledger) {
  // Connections under many parents at once, one loader per (parent kind, arguments): fields with different arguments
  // in one query get their own batch.
  const projects = loaderPerArgs(
    ({ parent, filter, sort, page }: { parent: ProjectParent; filter: ProjectFilter; sort: ProjectSort | null | undefined; page: PageArgs }, keys: readonly (string | number)[]) =>
      reads.projectsByParent(parent, keys, filter, sort, page),
    () => emptyConnection<FundProjectModel>(),
  );
  let totals: Promise<FundTotalsModel> | null = null;
  return {
    project: loaderFromMap((ids: readonly string[]) => reads.findProjectsByIds(ids), () => null),
    participants: loaderFromMap((ids: readonly string[]) => reads.participantsByProjectIds(ids), () => []),
    countries: loaderFromMap((ids: readonly string[]) => reads.countriesByProjectIds(ids), () => []),
    objectives: loaderFromMap((ids: readonly string[]) => reads.objectivesByProjectIds(ids), () => []),
    partners: loaderFromMap((ids: readonly string[]) => reads.partnersByProjectIds(ids), () => []),
    history: loaderFromMap((ids: readonly string[]) => reads.historyByProjectIds(ids), () => []),
    thematicArea: loaderFromMap((ids: readonly string[]) => reads.findThematicAreasByIds(ids), () => null),
    areaObjectives: loaderFromMap((ids: readonly string[]) => reads.mappingsByThematicAreaIds(ids), () => []),
    objectiveArea: loaderFromMap((numbers: readonly number[]) => reads.mappingsByObjectiveNumbers(numbers), () => null),
    contribution: loaderFromMap((ids: readonly string[]) => ledger.findContributionsByIds(ids), () => null),
    transfer: loaderFromMap((ids: readonly string[]) => ledger.findTransfersByIds(ids), () => null),
    report: loaderFromMap((ids: readonly string[]) => reads.findReportsByIds(ids), () => null),
    /** The fund's totals, computed once per request however many Money fields ask. */
    fundTotals: () => (totals ??= ledger.fundTotals()),
    projectsOf: (parent: ProjectParent, filter: ProjectFilter, sort: ProjectSort | null | undefined, page: PageArgs) => projects({ parent, filter, sort, page }),
    transfersOf: loaderPerArgs(
      ({ filter, sort, page }: { filter: TransferFilter; sort: LedgerSort | null | undefined; page: PageArgs }, ids: readonly (string | number)[]) =>
        ledger.transfersByProjectIds(ids.map(String), filter, sort, page),
      () => emptyConnection<TransferModel>(),
    ),
    reportsOf: loaderPerArgs(
      ({ filter, sort, page }: { filter: ProgressReportFilter; sort: ProgressReportSort | null | undefined; page: PageArgs }, ids: readonly (string | number)[]) =>
        reads.reportsByProjectIds(ids.map(String), filter, sort, page),
      () => emptyConnection<ProgressReportModel>(),
    ),
  };
}
export type FundLoaders = ReturnType<typeof createLoaders>;
