// Reads of programmes, their children, thematic areas and progress reports. Every read of programmes starts from
// `visibleProjects` (policy.ts `whereVisible`), so lists, per-parent connections, _entities and the reporting
// totals all agree with what the viewer may see. Lookups by key return Maps so DataLoaders line results up with keys.
import type { Knex } from 'knex';
import type { Database } from '@unmn/shared/db';
import { paginate, paginateByParent, type Connection, type OrderColumn, type PageArgs } from '@unmn/shared/pagination';
import { groupBy } from '@unmn/shared/rows';
import type { Viewer } from '@unmn/shared/viewer';
import { whereVisible } from '../policy.js';
import {
  toFundProject, toParticipant, toProgressReport, toProjectCountry, toStatusChange, toThematicArea, toThematicAreaObjective,
  type FundProjectModel, type ParticipantModel, type ProgressReportModel, type ProjectCountryModel, type StatusChangeModel,
  type ThematicAreaModel, type ThematicAreaObjectiveModel,
} from './models.js';
import type {
  FundProjectRow, ParticipantRow, ProgressReportRow, ProjectCountryRow, ProjectEventRow, ProjectObjectiveRow, ProjectPartnerRow,
  ThematicAreaObjectiveRow, ThematicAreaRow,
} from './rows.js';
import { projectYearSql } from './sql.js';

export interface ProjectFilter {
  statuses?: readonly string[] | null;
  thematicAreas?: readonly string[] | null;
  objectives?: readonly number[] | null;
  countries?: readonly string[] | null;
  regions?: readonly string[] | null;
  organizations?: readonly string[] | null;
  years?: readonly number[] | null;
  scopes?: readonly string[] | null;
  sample?: boolean | null;
  updatedSince?: string | null;
}

/** A list's `sort` argument: a field of that list's sort enum and a direction. */
export interface Sort<F extends string> { field: F; direction?: 'ASC' | 'DESC' | null }

export type ProjectSortField = 'CODE' | 'TITLE' | 'BUDGET' | 'SUBMITTED_ON' | 'UPDATED_AT';
export type ProjectSort = Sort<ProjectSortField>;

export interface ProgressReportFilter { organization?: string | null; updatedSince?: string | null }
export type ProgressReportSort = Sort<'PERIOD_END' | 'UPDATED_AT'>;

/**
 * A list's ordering from its `sort` argument (`fallback` when none is given), then `idColumn` ascending, so the order is
 * total and keyset cursors stay stable however many rows share a date or a last change.
 */
export function orderOf<F extends string, R extends { id: string }>(
  columns: Record<F, { column: string; value: (r: R) => string | number }>,
  idColumn: string,
  sort: Sort<F> | null | undefined,
  fallback: Required<Sort<F>>,
): OrderColumn[] {
  const { field, direction } = sort ?? fallback;
  return [
    { column: columns[field].column, direction: direction === 'DESC' ? 'desc' : 'asc', value: columns[field].value },
    { column: idColumn, direction: 'asc', value: (r: R) => r.id },
  ];
}

/** Programmes hang under these parents in the graph (Organization.fundProjects and friends). */
export type ProjectParent = 'organization' | 'country' | 'objective' | 'thematicArea' | 'supportRequest';

const PARENTS: Record<ProjectParent, { join?: [string, string, string]; column: string }> = {
  organization: { join: ['fund_project_participants as link', 'link.project_id', 'fund_projects.id'], column: 'link.organization_id' },
  country: { join: ['fund_project_countries as link', 'link.project_id', 'fund_projects.id'], column: 'link.country_iso3' },
  objective: { join: ['fund_project_objectives as link', 'link.project_id', 'fund_projects.id'], column: 'link.objective_number' },
  thematicArea: { column: 'fund_projects.thematic_area_id' },
  supportRequest: { column: 'fund_projects.support_request_id' },
};

const SORT_COLUMNS: Record<ProjectSortField, { column: string; value: (r: FundProjectRow) => string | number }> = {
  CODE: { column: 'fund_projects.code', value: (r) => r.code },
  TITLE: { column: 'fund_projects.title', value: (r) => r.title },
  BUDGET: { column: 'fund_projects.budget_cents', value: (r) => Number(r.budget_cents) },
  SUBMITTED_ON: { column: 'fund_projects.submitted_on', value: (r) => r.submitted_on },
  UPDATED_AT: { column: 'fund_projects.updated_at', value: (r) => r.updated_at },
};

const projectOrder = (sort?: ProjectSort | null): OrderColumn[] => orderOf(SORT_COLUMNS, 'fund_projects.id', sort, { field: 'CODE', direction: 'ASC' });

const REPORT_SORT_COLUMNS = {
  PERIOD_END: { column: 'fund_project_reports.period_end', value: (r: ProgressReportRow) => r.period_end },
  UPDATED_AT: { column: 'fund_project_reports.updated_at', value: (r: ProgressReportRow) => r.updated_at },
};
/** Latest period first unless the client sorts otherwise. */
const reportOrder = (sort?: ProgressReportSort | null): OrderColumn[] =>
  orderOf(REPORT_SORT_COLUMNS, 'fund_project_reports.id', sort, { field: 'PERIOD_END', direction: 'DESC' });

/** The one query every read of programmes starts from: `fund_projects` as far as `viewer` may see it. */
export const visibleProjects = (db: Database, viewer: Viewer | null): Knex.QueryBuilder => whereVisible(db.knex('fund_projects'), db.knex, viewer);

/** Narrows a query over `fund_projects` by a (validated) filter. */
export function applyFilter(db: Database, q: Knex.QueryBuilder, f: ProjectFilter): Knex.QueryBuilder {
  const k = db.knex;
  if (f.statuses) q.whereIn('fund_projects.status', [...f.statuses]);
  if (f.thematicAreas) q.whereIn('fund_projects.thematic_area_id', [...f.thematicAreas]);
  if (f.scopes) q.whereIn('fund_projects.scope', [...f.scopes]);
  if (f.objectives) q.whereIn('fund_projects.id', k('fund_project_objectives').select('project_id').whereIn('objective_number', [...f.objectives]));
  if (f.countries) q.whereIn('fund_projects.id', k('fund_project_countries').select('project_id').whereIn('country_iso3', [...f.countries]));
  if (f.regions) q.whereIn('fund_projects.id', k('fund_project_countries').select('project_id').whereIn('hub_region', [...f.regions]));
  if (f.organizations) q.whereIn('fund_projects.id', k('fund_project_participants').select('project_id').whereIn('organization_id', [...f.organizations]));
  if (f.years) {
    if (f.years.length === 0) q.whereRaw('1 = 0');
    else q.whereRaw(`${projectYearSql(db)} in (${f.years.map(() => '?').join(', ')})`, [...f.years]);
  }
  if (f.sample !== undefined && f.sample !== null) q.where('fund_projects.sample', f.sample);
  if (f.updatedSince) q.where('fund_projects.updated_at', '>', f.updatedSince);
  return q;
}

/**
 * Participants with what each has received, lead first: one statement for any number of programmes. `conn` is the
 * write's transaction when a write reads them (with the programme's row locked).
 */
export async function participantsOf(conn: Knex, ids: readonly string[]): Promise<Map<string, ParticipantModel[]>> {
  const received = conn('transfers')
    .select('project_id', 'organization_id')
    .sum({ t: 'amount_cents' })
    .whereIn('project_id', [...ids])
    .groupBy('project_id', 'organization_id')
    .as('tr');
  const rows: ParticipantRow[] = await conn('fund_project_participants as par')
    .leftJoin(received, function () {
      this.on('tr.project_id', 'par.project_id').andOn('tr.organization_id', 'par.organization_id');
    })
    .whereIn('par.project_id', [...ids])
    .select('par.*', conn.raw('cast(coalesce(tr.t, 0) as text) as transferred_cents'))
    .orderBy([{ column: 'par.project_id' }, { column: 'par.is_lead', order: 'desc' }, { column: 'par.position' }]);
  return groupBy(rows, (r) => r.project_id, toParticipant);
}

export class ProjectReads {
  /** `viewer` is whoever the request is for; null (seeding, tests) sees every programme. */
  constructor(
    private readonly db: Database,
    private readonly viewer: Viewer | null = null,
  ) {}

  private get knex(): Knex {
    return this.db.knex;
  }

  async findProjectsByIds(ids: readonly string[]): Promise<Map<string, FundProjectModel>> {
    const rows: FundProjectRow[] = await visibleProjects(this.db, this.viewer).whereIn('fund_projects.id', [...ids]);
    return new Map(rows.map((r) => [r.id, toFundProject(r)]));
  }

  listProjects(filter: ProjectFilter, sort: ProjectSort | null | undefined, page: PageArgs): Promise<Connection<FundProjectModel>> {
    const q = applyFilter(this.db, visibleProjects(this.db, this.viewer).select('fund_projects.*'), filter);
    return paginate(q, projectOrder(sort), page, toFundProject);
  }

  /** The first page of programmes under each of many parents: two statements whatever the number of parents. */
  projectsByParent(parent: ProjectParent, keys: readonly (string | number)[], filter: ProjectFilter, sort: ProjectSort | null | undefined, page: PageArgs) {
    const spec = PARENTS[parent];
    const base = visibleProjects(this.db, this.viewer);
    if (spec.join) base.join(...spec.join);
    base.select('fund_projects.*', { parent_key: spec.column });
    applyFilter(this.db, base, filter);
    return paginateByParent(this.knex, base, spec.column, keys, projectOrder(sort), page, toFundProject);
  }

  participantsByProjectIds(ids: readonly string[]): Promise<Map<string, ParticipantModel[]>> {
    return participantsOf(this.knex, ids);
  }

  async countriesByProjectIds(ids: readonly string[]): Promise<Map<string, ProjectCountryModel[]>> {
    const rows: ProjectCountryRow[] = await this.knex('fund_project_countries').whereIn('project_id', [...ids]).orderBy(['project_id', 'position']);
    return groupBy(rows, (r) => r.project_id, toProjectCountry);
  }

  async objectivesByProjectIds(ids: readonly string[]): Promise<Map<string, number[]>> {
    const rows: ProjectObjectiveRow[] = await this.knex('fund_project_objectives').whereIn('project_id', [...ids]).orderBy(['project_id', 'position']);
    return groupBy(rows, (r) => r.project_id, (r) => Number(r.objective_number));
  }

  async partnersByProjectIds(ids: readonly string[]): Promise<Map<string, string[]>> {
    const rows: ProjectPartnerRow[] = await this.knex('fund_project_partners').whereIn('project_id', [...ids]).orderBy(['project_id', 'position']);
    return groupBy(rows, (r) => r.project_id, (r) => r.name);
  }

  async historyByProjectIds(ids: readonly string[]): Promise<Map<string, StatusChangeModel[]>> {
    const rows: ProjectEventRow[] = await this.knex('fund_project_events').whereIn('project_id', [...ids]).orderBy(['project_id', 'id']);
    return groupBy(rows, (r) => r.project_id, toStatusChange);
  }

  // ---- thematic areas -------------------------------------------------------------------------------------------------

  async listThematicAreas(): Promise<ThematicAreaModel[]> {
    const rows: ThematicAreaRow[] = await this.knex('thematic_areas').orderBy('number');
    return rows.map(toThematicArea);
  }

  async findThematicAreasByIds(ids: readonly string[]): Promise<Map<string, ThematicAreaModel>> {
    const rows: ThematicAreaRow[] = await this.knex('thematic_areas').whereIn('id', [...ids]);
    return new Map(rows.map((r) => [r.id, toThematicArea(r)]));
  }

  async mappingsByThematicAreaIds(ids: readonly string[]): Promise<Map<string, ThematicAreaObjectiveModel[]>> {
    const rows: ThematicAreaObjectiveRow[] = await this.knex('thematic_area_objectives').whereIn('thematic_area_id', [...ids]).orderBy('objective_number');
    return groupBy(rows, (r) => r.thematic_area_id, toThematicAreaObjective);
  }

  async mappingsByObjectiveNumbers(numbers: readonly number[]): Promise<Map<number, ThematicAreaObjectiveModel>> {
    const rows: ThematicAreaObjectiveRow[] = await this.knex('thematic_area_objectives').whereIn('objective_number', [...numbers]);
    return new Map(rows.map((r) => [Number(r.objective_number), toThematicAreaObjective(r)]));
  }

  // ---- progress reports ----------------------------------------------------------------------------------------------

  /** A page of reports under each of many programmes: two statements whatever the number of programmes. */
  reportsByProjectIds(ids: readonly string[], filter: ProgressReportFilter, sort: ProgressReportSort | null | undefined, page: PageArgs) {
    const base = this.knex('fund_project_reports').select('fund_project_reports.*', { parent_key: 'fund_project_reports.project_id' });
    if (filter.organization) base.where('fund_project_reports.organization_id', filter.organization);
    if (filter.updatedSince) base.where('fund_project_reports.updated_at', '>', filter.updatedSince);
    return paginateByParent(this.knex, base, 'fund_project_reports.project_id', ids, reportOrder(sort), page, toProgressReport);
  }

  async findReportsByIds(ids: readonly string[]): Promise<Map<string, ProgressReportModel>> {
    const rows: ProgressReportRow[] = await this.knex('fund_project_reports').whereIn('id', [...ids]);
    return new Map(rows.map((r) => [r.id, toProgressReport(r)]));
  }
}
