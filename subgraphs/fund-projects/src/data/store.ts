// All of the fund-projects subgraph's SQL. Lookups by key return Maps so DataLoaders can line results up with their
// keys. Money: integer cents in, integer cents out; every SUM is cast to text in SQL and parsed as a BigInt, so totals
// are exact on both dialects (SQLite would otherwise hand back a JS number, PostgreSQL a numeric string).
import { randomBytes, randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { now, type Database } from '@unmn/shared/db';
import { hubRegionOf } from '@unmn/shared/countries';
import { BadUserInputError, ConflictError, ForbiddenError, NotFoundError } from '@unmn/shared/errors';
import { paginate, paginateByParent, type Connection, type OrderColumn, type PageArgs } from '@unmn/shared/pagination';
import { parseBool, provenanceColumns, type ConfidenceCode } from '@unmn/shared/rows';
import { assertVersion, updateVersioned } from '@unmn/shared/versioning';
import type { Viewer } from '@unmn/shared/viewer';
import { centsFrom, formatCents, sharePercents } from '../money.js';
import { APPROVED_STATUSES, PUBLIC_STATUSES, SEES_EVERY_PROGRAMME, checkProject, checkTransition, EDITABLE, TRANSFERABLE, TRANSITIONS, type ProjectDraft, type RuleContext, type TransitionName } from '../rules.js';
import { FUND_CODE } from './seeds/fund.js';
import {
  toContribution, toFundProject, toParticipant, toProgressReport, toStatusChange, toThematicArea, toThematicAreaObjective, toTransfer,
  type ContributionKind, type ContributionModel, type FundingGroupBy, type FundingSummaryModel, type FundProjectModel,
  type FundProjectStatus, type FundTotalsModel, type ParticipantModel, type ProgressReportModel, type ProjectCountryModel, type StatusChangeModel,
  type ThematicAreaModel, type ThematicAreaObjectiveModel, type ThematicBalanceModel, type TransferModel,
} from './models.js';

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

export type ProjectSortField = 'CODE' | 'TITLE' | 'BUDGET' | 'SUBMITTED_ON' | 'UPDATED_AT';
export interface ProjectSort { field: ProjectSortField; direction?: 'ASC' | 'DESC' | null }

export interface ContributionFilter { kind?: string | null; year?: number | null; updatedSince?: string | null }
export interface TransferFilter { organization?: string | null; fundProject?: string | null; year?: number | null; updatedSince?: string | null }

/** Who made a change, for the status history. */
export interface Actor { role: string; subject: string | null }

export interface ProvenanceInput { source: string; confidence: ConfidenceCode; note?: string | null }

/** Settings a seed may give a new programme; the API always submits a CONCEPT_NOTE today. */
export interface ProjectMeta {
  id?: string;
  code?: string;
  status?: FundProjectStatus;
  submittedOn: string;
  decidedOn?: string | null;
  closedOn?: string | null;
  sample?: boolean;
  provenance: ProvenanceInput;
  budgetProvenance: ProvenanceInput;
  objectivesProvenance: ProvenanceInput;
  /** Where the participants and the lead come from, when it differs from `provenance`. */
  participantsProvenance?: ProvenanceInput;
  /** Status history to record; defaults to the submission alone. */
  history?: { from: FundProjectStatus | null; to: FundProjectStatus; at: string; note?: string | null }[];
}

export interface TransferDraft {
  projectId: string;
  organizationId: string;
  amountCents: bigint;
  date: string;
  provenance?: ProvenanceInput;
  sample?: boolean;
}

export interface ProgressReportDraft {
  projectId: string;
  organizationId: string;
  periodStart: string;
  periodEnd: string;
  narrative: string;
}

export interface ContributionDraft {
  donor: string;
  donorCountryIso3: string | null;
  kind: ContributionKind;
  date: string;
  amountCents: bigint;
  provenance: ProvenanceInput;
  sample?: boolean;
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

const SORT_COLUMNS: Record<ProjectSortField, { column: string; value: (r: any) => string | number }> = {
  CODE: { column: 'fund_projects.code', value: (r) => r.code },
  TITLE: { column: 'fund_projects.title', value: (r) => r.title },
  BUDGET: { column: 'fund_projects.budget_cents', value: (r) => Number(r.budget_cents) },
  SUBMITTED_ON: { column: 'fund_projects.submitted_on', value: (r) => r.submitted_on },
  UPDATED_AT: { column: 'fund_projects.updated_at', value: (r) => r.updated_at },
};

const projectOrder = (sort?: ProjectSort | null): OrderColumn[] => {
  const s = SORT_COLUMNS[sort?.field ?? 'CODE'];
  return [
    { column: s.column, direction: sort?.direction === 'DESC' ? 'desc' : 'asc', value: s.value },
    { column: 'fund_projects.id', direction: 'asc', value: (r) => r.id },
  ];
};

const NEWEST_FIRST = (table: string): OrderColumn[] => [
  { column: `${table}.date`, direction: 'desc', value: (r) => r.date },
  { column: `${table}.id`, direction: 'asc', value: (r) => r.id },
];

const LATEST_PERIOD_FIRST: OrderColumn[] = [
  { column: 'fund_project_reports.period_end', direction: 'desc', value: (r) => r.period_end },
  { column: 'fund_project_reports.id', direction: 'asc', value: (r) => r.id },
];

/** Rows of a raw statement on either dialect. */
const rawRows = (result: any): any[] => (Array.isArray(result) ? result : result.rows);

const groupInto = <K, V>(keys: readonly K[], rows: any[], keyOf: (r: any) => K, map: (r: any) => V) => {
  const out = new Map<K, V[]>(keys.map((k) => [k, []]));
  for (const r of rows) out.get(keyOf(r))?.push(map(r));
  return out;
};

export class FundStore {
  /**
   * `viewer` is whoever the request is for: every read of programmes obeys their visibility (see `projects()`). Without
   * one (seeding, tests, the write paths' own checks) the store sees every programme.
   */
  constructor(
    private readonly db: Database,
    private readonly viewer: Viewer | null = null,
  ) {}

  private get knex(): Knex {
    return this.db.knex;
  }

  /** The programme year as SQL: the start date's year, or the submission year. */
  private yearSql(table = 'fund_projects'): string {
    const date = `coalesce(${table}.start_date, ${table}.submitted_on)`;
    return this.db.dialect === 'postgres' ? `cast(extract(year from ${date}) as integer)` : `cast(strftime('%Y', ${date}) as integer)`;
  }

  private dateYearSql(column: string): string {
    return this.db.dialect === 'postgres' ? `cast(extract(year from ${column}) as integer)` : `cast(strftime('%Y', ${column}) as integer)`;
  }

  /** Runs `fn` in the caller's transaction, or in a new one. */
  private inTransaction<T>(fn: (trx: Knex.Transaction) => Promise<T>, outer?: Knex.Transaction): Promise<T> {
    return outer ? fn(outer) : this.knex.transaction(fn);
  }

  /**
   * SELECT ... FOR UPDATE on PostgreSQL: concurrent writers wait for each other and then see each other's rows.
   * SQLite has one writer at a time (and this pool one connection), so a plain read is already serialised.
   */
  private locked(q: Knex.QueryBuilder): Knex.QueryBuilder {
    return this.db.dialect === 'postgres' ? q.forUpdate() : q;
  }

  // ---- programmes: reads ---------------------------------------------------------------------------------------------

  /**
   * The one query every read of programmes starts from, with the viewer's visibility rule in SQL (rules.ts
   * `PUBLIC_STATUSES`, `SEES_EVERY_PROGRAMME`): the fund's bodies and the secretariat see every programme; a member
   * also sees the programmes its organization participates in, whatever their status; everyone else sees only
   * PIPELINE, APPROVED, ACTIVE and CLOSED ones. fundProject(s), the per-parent connections, _entities, fundingSummary
   * and the thematic balance all go through it, so counts and totals agree with the programmes the viewer can list.
   */
  private projects(): Knex.QueryBuilder {
    const q = this.knex('fund_projects');
    const v = this.viewer;
    if (!v || SEES_EVERY_PROGRAMME.includes(v.role)) return q;
    const k = this.knex;
    return q.where((w) => {
      w.whereIn('fund_projects.status', PUBLIC_STATUSES as string[]);
      if (v.role === 'member' && v.organizationId) {
        w.orWhereIn('fund_projects.id', k('fund_project_participants').select('project_id').where('organization_id', v.organizationId));
      }
    });
  }

  private applyFilter(q: Knex.QueryBuilder, f: ProjectFilter): Knex.QueryBuilder {
    const k = this.knex;
    if (f.statuses) q.whereIn('fund_projects.status', f.statuses as string[]);
    if (f.thematicAreas) q.whereIn('fund_projects.thematic_area_id', f.thematicAreas as string[]);
    if (f.scopes) q.whereIn('fund_projects.scope', f.scopes as string[]);
    if (f.objectives) q.whereIn('fund_projects.id', k('fund_project_objectives').select('project_id').whereIn('objective_number', f.objectives as number[]));
    if (f.countries) q.whereIn('fund_projects.id', k('fund_project_countries').select('project_id').whereIn('country_iso3', f.countries as string[]));
    if (f.regions) q.whereIn('fund_projects.id', k('fund_project_countries').select('project_id').whereIn('hub_region', f.regions as string[]));
    if (f.organizations) q.whereIn('fund_projects.id', k('fund_project_participants').select('project_id').whereIn('organization_id', f.organizations as string[]));
    if (f.years) {
      if (f.years.length === 0) q.whereRaw('1 = 0');
      else q.whereRaw(`${this.yearSql()} in (${f.years.map(() => '?').join(', ')})`, [...f.years]);
    }
    if (f.sample !== undefined && f.sample !== null) q.where('fund_projects.sample', f.sample);
    if (f.updatedSince) q.where('fund_projects.updated_at', '>', f.updatedSince);
    return q;
  }

  async findProjectsByIds(ids: readonly string[]): Promise<Map<string, FundProjectModel>> {
    const rows = await this.projects().whereIn('fund_projects.id', ids as string[]);
    return new Map(rows.map((r: any) => [r.id, toFundProject(r)]));
  }

  listProjects(filter: ProjectFilter, sort: ProjectSort | null | undefined, page: PageArgs): Promise<Connection<FundProjectModel>> {
    const q = this.applyFilter(this.projects().select('fund_projects.*'), filter);
    return paginate(q, projectOrder(sort), page, toFundProject);
  }

  /** The first page of programmes under each of many parents: two statements whatever the number of parents. */
  projectsByParent(parent: ProjectParent, keys: readonly (string | number)[], filter: ProjectFilter, page: PageArgs) {
    const spec = PARENTS[parent];
    const base = this.projects();
    if (spec.join) base.join(...spec.join);
    base.select('fund_projects.*', { parent_key: spec.column });
    this.applyFilter(base, filter);
    return paginateByParent(this.knex, base, spec.column, keys, projectOrder(null), page, toFundProject);
  }

  /** Participants with what each has received, lead first: one statement for any number of programmes. */
  async participantsByProjectIds(ids: readonly string[], conn: Knex = this.knex): Promise<Map<string, ParticipantModel[]>> {
    const received = conn('transfers')
      .select('project_id', 'organization_id')
      .sum({ t: 'amount_cents' })
      .whereIn('project_id', ids as string[])
      .groupBy('project_id', 'organization_id')
      .as('tr');
    const rows = await conn('fund_project_participants as par')
      .leftJoin(received, function () {
        this.on('tr.project_id', 'par.project_id').andOn('tr.organization_id', 'par.organization_id');
      })
      .whereIn('par.project_id', ids as string[])
      .select('par.*', conn.raw('cast(coalesce(tr.t, 0) as text) as transferred_cents'))
      .orderBy([{ column: 'par.project_id' }, { column: 'par.is_lead', order: 'desc' }, { column: 'par.position' }]);
    return groupInto(ids, rows, (r) => r.project_id, toParticipant);
  }

  async countriesByProjectIds(ids: readonly string[]): Promise<Map<string, ProjectCountryModel[]>> {
    const rows = await this.knex('fund_project_countries').whereIn('project_id', ids as string[]).orderBy(['project_id', 'position']);
    return groupInto(ids, rows, (r) => r.project_id, (r) => ({ iso3: r.country_iso3, hubRegion: r.hub_region }));
  }

  async objectivesByProjectIds(ids: readonly string[]): Promise<Map<string, number[]>> {
    const rows = await this.knex('fund_project_objectives').whereIn('project_id', ids as string[]).orderBy(['project_id', 'position']);
    return groupInto(ids, rows, (r) => r.project_id, (r) => Number(r.objective_number));
  }

  async partnersByProjectIds(ids: readonly string[]): Promise<Map<string, string[]>> {
    const rows = await this.knex('fund_project_partners').whereIn('project_id', ids as string[]).orderBy(['project_id', 'position']);
    return groupInto(ids, rows, (r) => r.project_id, (r) => r.name as string);
  }

  async historyByProjectIds(ids: readonly string[]): Promise<Map<string, StatusChangeModel[]>> {
    const rows = await this.knex('fund_project_events').whereIn('project_id', ids as string[]).orderBy(['project_id', 'id']);
    return groupInto(ids, rows, (r) => r.project_id, toStatusChange);
  }

  // ---- thematic areas -------------------------------------------------------------------------------------------------

  async listThematicAreas(): Promise<ThematicAreaModel[]> {
    return (await this.knex('thematic_areas').orderBy('number')).map(toThematicArea);
  }

  async findThematicAreasByIds(ids: readonly string[]): Promise<Map<string, ThematicAreaModel>> {
    const rows = await this.knex('thematic_areas').whereIn('id', ids as string[]);
    return new Map(rows.map((r) => [r.id, toThematicArea(r)]));
  }

  async mappingsByThematicAreaIds(ids: readonly string[]): Promise<Map<string, ThematicAreaObjectiveModel[]>> {
    const rows = await this.knex('thematic_area_objectives').whereIn('thematic_area_id', ids as string[]).orderBy('objective_number');
    return groupInto(ids, rows, (r) => r.thematic_area_id, toThematicAreaObjective);
  }

  async mappingsByObjectiveNumbers(numbers: readonly number[]): Promise<Map<number, ThematicAreaObjectiveModel>> {
    const rows = await this.knex('thematic_area_objectives').whereIn('objective_number', numbers as number[]);
    return new Map(rows.map((r) => [Number(r.objective_number), toThematicAreaObjective(r)]));
  }

  // ---- money: reads ---------------------------------------------------------------------------------------------------

  /** Deposited, pledged and transferred totals in one statement. */
  async fundTotals(conn: Knex = this.knex): Promise<FundTotalsModel> {
    const sum = (from: string) => `(select cast(coalesce(sum(amount_cents), 0) as text) from ${from})`;
    const result = await conn.raw(
      `select ${sum("contributions where kind = 'DEPOSITED'")} as deposited, ${sum("contributions where kind = 'PLEDGED'")} as pledged, ${sum('transfers')} as transferred`,
    );
    const row = rawRows(result)[0];
    return { depositedCents: centsFrom(row.deposited), pledgedCents: centsFrom(row.pledged), transferredCents: centsFrom(row.transferred) };
  }

  async findContributionsByIds(ids: readonly string[]): Promise<Map<string, ContributionModel>> {
    const rows = await this.knex('contributions').whereIn('id', ids as string[]);
    return new Map(rows.map((r) => [r.id, toContribution(r)]));
  }

  async findTransfersByIds(ids: readonly string[]): Promise<Map<string, TransferModel>> {
    const rows = await this.knex('transfers').whereIn('id', ids as string[]);
    return new Map(rows.map((r) => [r.id, toTransfer(r)]));
  }

  listContributions(filter: ContributionFilter, page: PageArgs): Promise<Connection<ContributionModel>> {
    const q = this.knex('contributions').select('contributions.*');
    if (filter.kind) q.where('kind', filter.kind);
    if (filter.year) q.whereRaw(`${this.dateYearSql('contributions.date')} = ?`, [filter.year]);
    if (filter.updatedSince) q.where('updated_at', '>', filter.updatedSince);
    return paginate(q, NEWEST_FIRST('contributions'), page, toContribution);
  }

  private transferQuery(filter: TransferFilter): Knex.QueryBuilder {
    const q = this.knex('transfers').select('transfers.*');
    if (filter.organization) q.where('transfers.organization_id', filter.organization);
    if (filter.fundProject) q.where('transfers.project_id', filter.fundProject);
    if (filter.year) q.whereRaw(`${this.dateYearSql('transfers.date')} = ?`, [filter.year]);
    if (filter.updatedSince) q.where('transfers.updated_at', '>', filter.updatedSince);
    return q;
  }

  listTransfers(filter: TransferFilter, page: PageArgs): Promise<Connection<TransferModel>> {
    return paginate(this.transferQuery(filter), NEWEST_FIRST('transfers'), page, toTransfer);
  }

  transfersByProjectIds(ids: readonly string[], page: PageArgs) {
    const base = this.transferQuery({}).select({ parent_key: 'transfers.project_id' });
    return paginateByParent(this.knex, base, 'transfers.project_id', ids, NEWEST_FIRST('transfers'), page, toTransfer);
  }

  /** Share of approved budget per thematic area (one statement). */
  async thematicBalance(): Promise<ThematicBalanceModel> {
    const k = this.knex;
    const approved = this.projects()
      .select('fund_projects.id', 'fund_projects.thematic_area_id', 'fund_projects.budget_cents')
      .whereIn('fund_projects.status', APPROVED_STATUSES as FundProjectStatus[])
      .as('fund_projects');
    const rows = await k('thematic_areas as ta')
      .leftJoin(approved, 'fund_projects.thematic_area_id', 'ta.id')
      .groupBy('ta.id', 'ta.number')
      .orderBy('ta.number')
      .select('ta.id', k.raw('count(fund_projects.id) as n'), k.raw('cast(coalesce(sum(fund_projects.budget_cents), 0) as text) as approved'));
    const amounts = rows.map((r: any) => centsFrom(r.approved));
    const percents = sharePercents(amounts);
    return {
      approvedCents: amounts.reduce((a, b) => a + b, 0n),
      areas: rows.map((r: any, i: number) => ({ thematicAreaId: r.id, projectCount: Number(r.n), approvedCents: amounts[i], sharePercent: percents[i] })),
    };
  }

  /**
   * Counts, budgets and transfers of the programmes matching `filter`, grouped one way, plus the totals with each
   * programme once: two statements.
   */
  async fundingSummary(groupBy: FundingGroupBy, filter: ProjectFilter): Promise<FundingSummaryModel> {
    const k = this.knex;
    const ids = () => this.applyFilter(this.projects().select('fund_projects.id'), filter);
    const perProject = () => k('transfers').select('project_id').sum({ t: 'amount_cents' }).groupBy('project_id').as('tp');
    const sums = (budget: string, transferred: string) => [
      k.raw('count(*) as n'),
      k.raw(`cast(coalesce(sum(${budget}), 0) as text) as budget`),
      k.raw(`cast(coalesce(sum(${transferred}), 0) as text) as transferred`),
    ];
    let rowsQuery: Knex.QueryBuilder;
    if (groupBy === 'THEMATIC_AREA' || groupBy === 'STATUS' || groupBy === 'YEAR') {
      const key = groupBy === 'THEMATIC_AREA' ? 'fund_projects.thematic_area_id' : groupBy === 'STATUS' ? 'fund_projects.status' : this.yearSql();
      rowsQuery = k('fund_projects')
        .leftJoin(perProject(), 'tp.project_id', 'fund_projects.id')
        .whereIn('fund_projects.id', ids())
        .select(k.raw(`${key} as group_key`), ...sums('fund_projects.budget_cents', 'tp.t'))
        .groupByRaw(key)
        .orderByRaw(key);
    } else if (groupBy === 'ORGANIZATION') {
      // Each organization's own share and the transfers to it, so the rows partition the fund's money.
      const perOrganization = k('transfers').select('project_id', 'organization_id').sum({ t: 'amount_cents' }).groupBy('project_id', 'organization_id').as('tpo');
      rowsQuery = k('fund_project_participants as par')
        .leftJoin(perOrganization, function () {
          this.on('tpo.project_id', 'par.project_id').andOn('tpo.organization_id', 'par.organization_id');
        })
        .whereIn('par.project_id', ids())
        .select({ group_key: 'par.organization_id' }, ...sums('par.share_cents', 'tpo.t'))
        .groupBy('par.organization_id')
        .orderBy('par.organization_id');
    } else {
      const link =
        groupBy === 'OBJECTIVE'
          ? k('fund_project_objectives').select('project_id', { group_key: 'objective_number' })
          : groupBy === 'COUNTRY'
            ? k('fund_project_countries').select('project_id', { group_key: 'country_iso3' })
            : k('fund_project_countries').distinct('project_id', { group_key: 'hub_region' }); // a programme once per region
      rowsQuery = k
        .from(link.as('l'))
        .join('fund_projects', 'fund_projects.id', 'l.project_id')
        .leftJoin(perProject(), 'tp.project_id', 'fund_projects.id')
        .whereIn('fund_projects.id', ids())
        .select('l.group_key', ...sums('fund_projects.budget_cents', 'tp.t'))
        .groupBy('l.group_key')
        .orderBy('l.group_key');
    }
    const totalsQuery = k('fund_projects')
      .leftJoin(perProject(), 'tp.project_id', 'fund_projects.id')
      .whereIn('fund_projects.id', ids())
      .select(...sums('fund_projects.budget_cents', 'tp.t'))
      .first();
    const [rows, totals] = await Promise.all([rowsQuery, totalsQuery]);
    return {
      groupBy,
      rowsOverlap: groupBy === 'OBJECTIVE' || groupBy === 'COUNTRY' || groupBy === 'REGION',
      rows: (rows as any[]).map((r) => ({
        groupBy,
        key: String(r.group_key),
        projectCount: Number(r.n),
        budgetCents: centsFrom(r.budget),
        transferredCents: centsFrom(r.transferred),
      })),
      totals: { projectCount: Number(totals.n), budgetCents: centsFrom(totals.budget), transferredCents: centsFrom(totals.transferred) },
    };
  }

  // ---- programmes: writes ---------------------------------------------------------------------------------------------

  /** What the rules check new or changed programmes against. */
  private async ruleContext(conn: Knex, projectId?: string): Promise<RuleContext> {
    // One after another: `conn` is often a transaction, i.e. one connection, which takes one statement at a time
    // (pg deprecates queuing several on one client).
    const orgs = await conn('participating_organizations').pluck('id');
    const areas = await conn('thematic_areas').pluck('id');
    const participants = projectId ? await this.participantsByProjectIds([projectId], conn) : null;
    return {
      knownOrganizations: new Set(orgs as string[]),
      thematicAreaIds: new Set(areas as string[]),
      transferredByOrganization: participants ? new Map(participants.get(projectId!)!.map((p) => [p.organizationId, p.transferredCents])) : undefined,
    };
  }

  private projectColumns(d: ProjectDraft) {
    return {
      title: d.title.trim(),
      summary: d.summary.trim(),
      scope: d.scope,
      thematic_area_id: d.thematicAreaId,
      budget_cents: d.budgetCents.toString(),
      duration_months: d.durationMonths,
      start_date: d.startDate,
      end_date: d.endDate,
      gender_marker: d.genderMarker,
      human_rights_marker: d.humanRightsMarker,
      support_request_id: d.supportRequestId,
    };
  }

  /** Replaces countries, objectives and partners; updates participants in place (transfers reference them). */
  private async writeChildren(trx: Knex.Transaction, id: string, d: ProjectDraft, existingParticipants: string[]): Promise<void> {
    await trx('fund_project_countries').where('project_id', id).delete();
    await trx('fund_project_objectives').where('project_id', id).delete();
    await trx('fund_project_partners').where('project_id', id).delete();
    if (d.countries.length) {
      await trx('fund_project_countries').insert(d.countries.map((iso3, i) => ({ project_id: id, country_iso3: iso3, hub_region: hubRegionOf(iso3)!, position: i })));
    }
    await trx('fund_project_objectives').insert(d.objectives.map((n, i) => ({ project_id: id, objective_number: n, position: i })));
    if (d.nationalPartners.length) {
      await trx('fund_project_partners').insert(d.nationalPartners.map((name, i) => ({ project_id: id, position: i, name: name.trim() })));
    }
    const keep = new Set(d.participants.map((p) => p.organizationId));
    const gone = existingParticipants.filter((org) => !keep.has(org));
    if (gone.length) await trx('fund_project_participants').where('project_id', id).whereIn('organization_id', gone).delete();
    // Clear the lead flag first so moving the lead never trips the one-lead index midway.
    if (existingParticipants.length) await trx('fund_project_participants').where('project_id', id).update({ is_lead: false });
    const existing = new Set(existingParticipants);
    const fresh = [];
    for (const [i, p] of d.participants.entries()) {
      const row = { is_lead: p.organizationId === d.leadOrganizationId, share_cents: p.shareCents.toString(), position: i };
      if (existing.has(p.organizationId)) await trx('fund_project_participants').where({ project_id: id, organization_id: p.organizationId }).update(row);
      else fresh.push({ project_id: id, organization_id: p.organizationId, ...row });
    }
    if (fresh.length) await trx('fund_project_participants').insert(fresh);
  }

  /** Checks the rules and writes a new programme with its children and history, in one transaction. Returns its id. */
  async createProject(draft: ProjectDraft, meta: ProjectMeta, actor: Actor, outer?: Knex.Transaction): Promise<string> {
    return this.inTransaction(async (trx) => {
      checkProject(draft, await this.ruleContext(trx));
      const id = meta.id ?? `fp-${randomUUID()}`;
      const at = now();
      await trx('fund_projects').insert({
        id,
        code: meta.code ?? `JP-${meta.submittedOn.slice(0, 4)}-${randomBytes(3).toString('hex').toUpperCase()}`,
        ...this.projectColumns(draft),
        status: meta.status ?? 'CONCEPT_NOTE',
        submitted_on: meta.submittedOn,
        decided_on: meta.decidedOn ?? null,
        closed_on: meta.closedOn ?? null,
        ...provenanceColumns(meta.provenance),
        ...provenanceColumns(meta.budgetProvenance, 'budget_'),
        ...provenanceColumns(meta.objectivesProvenance, 'objectives_'),
        ...(meta.participantsProvenance ? provenanceColumns(meta.participantsProvenance, 'participants_') : {}),
        sample: meta.sample ?? false,
        version: 1,
        created_at: at,
        updated_at: at,
      });
      await this.writeChildren(trx, id, draft, []);
      const history = meta.history ?? [{ from: null, to: 'CONCEPT_NOTE' as const, at, note: null }];
      await trx('fund_project_events').insert(history.map((h) => ({ project_id: id, from_status: h.from, to_status: h.to, at: h.at, by_role: actor.role, by_subject: actor.subject, note: h.note ?? null })));
      return id;
    }, outer);
  }

  private async lockProject(trx: Knex.Transaction, id: string): Promise<FundProjectModel> {
    const row = await this.locked(trx('fund_projects').where('id', id)).first();
    if (!row) throw new NotFoundError('FundProject', id);
    return toFundProject(row);
  }

  /** Current children of a programme, as a draft to merge an update into. */
  private async draftOf(trx: Knex.Transaction, p: FundProjectModel): Promise<ProjectDraft> {
    // Sequential: a transaction is one connection (see ruleContext).
    const participants = await trx('fund_project_participants').where('project_id', p.id).orderBy('position');
    const countries = await trx('fund_project_countries').where('project_id', p.id).orderBy('position').pluck('country_iso3');
    const objectives = await trx('fund_project_objectives').where('project_id', p.id).orderBy('position').pluck('objective_number');
    const partners = await trx('fund_project_partners').where('project_id', p.id).orderBy('position').pluck('name');
    return {
      title: p.title, summary: p.summary, scope: p.scope, countries, thematicAreaId: p.thematicAreaId, objectives: objectives.map(Number),
      participants: participants.map((r: any) => ({ organizationId: r.organization_id, shareCents: centsFrom(r.share_cents) })),
      leadOrganizationId: participants.find((r: any) => parseBool(r.is_lead))?.organization_id ?? '',
      nationalPartners: partners, budgetCents: p.budgetCents, durationMonths: p.durationMonths, startDate: p.startDate, endDate: p.endDate,
      genderMarker: p.genderMarker, humanRightsMarker: p.humanRightsMarker, supportRequestId: p.supportRequestId,
    };
  }

  /**
   * Applies a change: locks the programme, merges the change into its current state, checks every rule (including
   * shares no smaller than what was already transferred) and writes, all in one transaction.
   */
  async updateProject(
    id: string,
    expectedVersion: number,
    change: (current: ProjectDraft) => ProjectDraft,
    /** New provenance of the participants, when the change sets them or the lead. */
    participantsProvenance?: ProvenanceInput,
  ): Promise<void> {
    await this.knex.transaction(async (trx) => {
      const current = await this.lockProject(trx, id);
      if (!EDITABLE.includes(current.status)) {
        throw new ConflictError(`FundProject ${id} is ${current.status}: closed and not-selected programmes cannot be changed`, { currentStatus: current.status });
      }
      assertVersion('FundProject', current.id, current.version, expectedVersion);
      const before = await this.draftOf(trx, current);
      const draft = change(before);
      checkProject(draft, await this.ruleContext(trx, id));
      await updateVersioned(trx, 'fund_projects', 'FundProject', id, expectedVersion, {
        ...this.projectColumns(draft),
        ...(participantsProvenance ? provenanceColumns(participantsProvenance, 'participants_') : {}),
      });
      await this.writeChildren(trx, id, draft, before.participants.map((p) => p.organizationId));
    });
  }

  /** A status change through the state machine, recorded in the history. */
  async transition(id: string, expectedVersion: number, name: TransitionName, actor: Actor, note: string | null, extra: Record<string, unknown> = {}): Promise<void> {
    await this.knex.transaction(async (trx) => {
      const current = await this.lockProject(trx, id);
      checkTransition(id, current.status, name);
      assertVersion('FundProject', current.id, current.version, expectedVersion);
      const to = TRANSITIONS[name].to;
      await updateVersioned(trx, 'fund_projects', 'FundProject', id, expectedVersion, { status: to, ...extra });
      await trx('fund_project_events').insert({ project_id: id, from_status: current.status, to_status: to, at: now(), by_role: actor.role, by_subject: actor.subject, note });
    });
  }

  // ---- money: writes --------------------------------------------------------------------------------------------------

  async recordContribution(d: ContributionDraft, outer?: Knex.Transaction): Promise<string> {
    return this.inTransaction(async (trx) => {
      const id = `ct-${randomUUID()}`;
      const at = now();
      await trx('contributions').insert({
        id, fund_code: FUND_CODE, donor: d.donor.trim(), donor_country_iso3: d.donorCountryIso3, kind: d.kind, date: d.date,
        amount_cents: d.amountCents.toString(), ...provenanceColumns(d.provenance), sample: d.sample ?? false, created_at: at, updated_at: at,
      });
      return id;
    }, outer);
  }

  /**
   * Records transfers (one, or a batch) after checking every rule against locked rows: the fund row (so no two
   * transfers spend the same balance) and each programme's row (so no transfer lands on a programme being closed).
   * All or nothing: one refused transfer refuses the batch. Returns the new ids in order. `path` names the input
   * in errors (e.g. `input`).
   */
  async recordTransfers(drafts: readonly TransferDraft[], actor: Actor, path = 'input', outer?: Knex.Transaction): Promise<string[]> {
    return this.inTransaction(async (trx) => {
      await this.locked(trx('funds').where('code', FUND_CODE)).first();
      const projectIds = [...new Set(drafts.map((d) => d.projectId))].sort();
      const projectRows = await this.locked(trx('fund_projects').whereIn('id', projectIds).orderBy('id'));
      const projects = new Map<string, FundProjectModel>(projectRows.map((r: any) => [r.id as string, toFundProject(r)]));
      const participants = await this.participantsByProjectIds(projectIds, trx);
      const left = new Map<string, { share: bigint; received: bigint; remaining: bigint }>();
      for (const list of participants.values()) {
        for (const p of list) left.set(`${p.projectId}\u0000${p.organizationId}`, { share: p.shareCents, received: p.transferredCents, remaining: p.shareCents - p.transferredCents });
      }
      const totals = await this.fundTotals(trx);
      let balance = totals.depositedCents - totals.transferredCents;
      drafts.forEach((d, i) => {
        const at = drafts.length === 1 ? path : `${path}[${i}]`;
        const p = projects.get(d.projectId);
        if (!p) throw new NotFoundError('FundProject', d.projectId);
        if (p.status === 'CLOSED') throw new ConflictError(`FundProject ${p.code} is CLOSED: a closed programme takes no transfers`, { currentStatus: p.status });
        if (!TRANSFERABLE.includes(p.status)) {
          throw new ConflictError(`FundProject ${p.code} is ${p.status}: transfers go only to APPROVED or ACTIVE programmes`, { currentStatus: p.status });
        }
        const slot = left.get(`${d.projectId}\u0000${d.organizationId}`);
        if (!slot) {
          const names = (participants.get(d.projectId) ?? []).map((x) => x.organizationId).join(', ');
          throw new BadUserInputError(`${at}.organizationId`, `"${d.organizationId}" does not participate in ${p.code} (participants: ${names})`);
        }
        if (d.amountCents > slot.remaining) {
          throw new ConflictError(
            `A transfer of ${formatCents(d.amountCents)} to ${d.organizationId} would exceed its share of ${p.code}: share ${formatCents(slot.share)}, ` +
              `already transferred ${formatCents(slot.share - slot.remaining)}, remaining ${formatCents(slot.remaining)}`,
            { remaining: formatCents(slot.remaining) },
          );
        }
        if (d.amountCents > balance) {
          throw new ConflictError(`A transfer of ${formatCents(d.amountCents)} would exceed the fund's deposited balance of ${formatCents(balance)}`, { balance: formatCents(balance) });
        }
        slot.remaining -= d.amountCents;
        balance -= d.amountCents;
      });
      const at = now();
      const rows = drafts.map((d) => ({
        id: `tr-${randomUUID()}`,
        project_id: d.projectId,
        organization_id: d.organizationId,
        date: d.date,
        amount_cents: d.amountCents.toString(),
        ...provenanceColumns(d.provenance ?? { source: `recorded through the API by ${actor.role}`, confidence: 'C' }),
        sample: d.sample ?? false,
        created_at: at,
        updated_at: at,
      }));
      await trx.batchInsert('transfers', rows, 500);
      // The first transfer starts implementation: APPROVED -> ACTIVE. Every touched programme's money changed, so its
      // updated_at moves (delta sync); its version moves only with its status.
      const activated = [...projects.values()].filter((p) => p.status === 'APPROVED').map((p) => p.id);
      if (activated.length) {
        await trx('fund_projects').whereIn('id', activated).update({ status: 'ACTIVE', version: trx.raw('version + 1'), updated_at: at });
        await trx('fund_project_events').insert(activated.map((id) => ({ project_id: id, from_status: 'APPROVED', to_status: 'ACTIVE', at, by_role: actor.role, by_subject: actor.subject, note: 'First transfer recorded' })));
      }
      const others = projectIds.filter((id) => !activated.includes(id));
      if (others.length) await trx('fund_projects').whereIn('id', others).update({ updated_at: at });
      return rows.map((r) => r.id);
    }, outer);
  }

  // ---- progress reports ----------------------------------------------------------------------------------------------

  reportsByProjectIds(ids: readonly string[], page: PageArgs) {
    const base = this.knex('fund_project_reports').select('fund_project_reports.*', { parent_key: 'fund_project_reports.project_id' });
    return paginateByParent(this.knex, base, 'fund_project_reports.project_id', ids, LATEST_PERIOD_FIRST, page, toProgressReport);
  }

  async findReportsByIds(ids: readonly string[]): Promise<Map<string, ProgressReportModel>> {
    const rows = await this.knex('fund_project_reports').whereIn('id', ids as string[]);
    return new Map(rows.map((r) => [r.id, toProgressReport(r)]));
  }

  /**
   * Records a participant's progress report, checked against the programme's locked row: it must exist, be approved
   * (APPROVED, ACTIVE or CLOSED) and count the organization among its participants. A member naming a programme its
   * organization is not part of is FORBIDDEN; the secretariat naming a non-participant gets BAD_USER_INPUT. The
   * programme's updated_at moves (delta sync sees the new report); its version does not (nothing of it changed).
   */
  async recordProgressReport(d: ProgressReportDraft, actor: Actor): Promise<string> {
    return this.knex.transaction(async (trx) => {
      const row = await this.locked(trx('fund_projects').where('id', d.projectId)).first();
      if (!row) throw new NotFoundError('FundProject', d.projectId);
      const p = toFundProject(row);
      const participants = (await this.participantsByProjectIds([p.id], trx)).get(p.id) ?? [];
      if (!participants.some((x) => x.organizationId === d.organizationId)) {
        const names = participants.map((x) => x.organizationId).join(', ');
        if (actor.role === 'member') throw new ForbiddenError(`A member reports only on programmes its organization (${d.organizationId}) participates in; ${p.code}'s participants: ${names}`);
        throw new BadUserInputError('input.organizationId', `"${d.organizationId}" does not participate in ${p.code} (participants: ${names})`);
      }
      if (!APPROVED_STATUSES.includes(p.status)) {
        throw new ConflictError(`FundProject ${p.code} is ${p.status}: progress is reported on APPROVED, ACTIVE or CLOSED programmes`, { currentStatus: p.status });
      }
      const at = now();
      const id = `pr-${randomUUID()}`;
      await trx('fund_project_reports').insert({
        id,
        project_id: p.id,
        organization_id: d.organizationId,
        period_start: d.periodStart,
        period_end: d.periodEnd,
        narrative: d.narrative,
        by_role: actor.role,
        by_subject: actor.subject,
        created_at: at,
        updated_at: at,
      });
      await trx('fund_projects').where('id', p.id).update({ updated_at: at });
      return id;
    });
  }

  /** Organization ids known as participants (reference data). */
  async knownOrganizationIds(): Promise<string[]> {
    return (await this.knex('participating_organizations').orderBy('id').pluck('id')) as string[];
  }
}
