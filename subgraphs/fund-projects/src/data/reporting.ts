// Figures across programmes: the funding summary and the thematic balance. Both start from `visibleProjects`, so a
// viewer's totals count exactly the programmes that viewer can list.
import type { Knex } from 'knex';
import type { Database } from '@unmn/shared/db';
import type { Viewer } from '@unmn/shared/viewer';
import { APPROVED_STATUSES } from '../lifecycle.js';
import { centsFrom, sharePercents } from '../money.js';
import { HUB_REGIONS } from '@unmn/shared/countries';
import { FUND_PROJECT_STATUSES, type FundingGroupBy, type FundingSummaryModel, type ThematicBalanceModel } from './models.js';
import { applyFilter, visibleProjects, type ProjectFilter } from './reads.js';
import type { SumRow } from './rows.js';
import { projectYearSql } from './sql.js';

export class Reporting {
  constructor(
    private readonly db: Database,
    private readonly viewer: Viewer | null = null,
  ) {}

  /** Share of approved budget per thematic area (one statement). */
  async thematicBalance(): Promise<ThematicBalanceModel> {
    const k = this.db.knex;
    const approved = visibleProjects(this.db, this.viewer)
      .select('fund_projects.id', 'fund_projects.thematic_area_id', 'fund_projects.budget_cents')
      .whereIn('fund_projects.status', APPROVED_STATUSES)
      .as('fund_projects');
    const rows: { id: string; n: number | string; approved: string }[] = await k('thematic_areas as ta')
      .leftJoin(approved, 'fund_projects.thematic_area_id', 'ta.id')
      .groupBy('ta.id', 'ta.number')
      .orderBy('ta.number')
      .select('ta.id', k.raw('count(fund_projects.id) as n'), k.raw('cast(coalesce(sum(fund_projects.budget_cents), 0) as text) as approved'));
    const amounts = rows.map((r) => centsFrom(r.approved));
    const percents = sharePercents(amounts);
    return {
      approvedCents: amounts.reduce((a, b) => a + b, 0n),
      areas: rows.map((r, i) => ({ thematicAreaId: r.id, projectCount: Number(r.n), approvedCents: amounts[i], sharePercent: percents[i] })),
    };
  }

  /**
   * Counts, budgets and transfers of the programmes matching `filter`, grouped one way, plus the totals with each
   * programme once: two statements.
   */
  async fundingSummary(groupBy: FundingGroupBy, filter: ProjectFilter): Promise<FundingSummaryModel> {
    const k = this.db.knex;
    const ids = () => applyFilter(this.db, visibleProjects(this.db, this.viewer).select('fund_projects.id'), filter);
    const perProject = () => k('transfers').select('project_id').sum({ t: 'amount_cents' }).groupBy('project_id').as('tp');
    const sums = (budget: string, transferred: string) => [
      k.raw('count(*) as n'),
      k.raw(`cast(coalesce(sum(${budget}), 0) as text) as budget`),
      k.raw(`cast(coalesce(sum(${transferred}), 0) as text) as transferred`),
    ];
    let rowsQuery: Knex.QueryBuilder;
    if (groupBy === 'THEMATIC_AREA' || groupBy === 'STATUS' || groupBy === 'YEAR') {
      const key = groupBy === 'THEMATIC_AREA' ? 'fund_projects.thematic_area_id' : groupBy === 'STATUS' ? 'fund_projects.status' : projectYearSql(this.db);
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
    const [rows, totals]: [SumRow[], SumRow] = await Promise.all([rowsQuery, totalsQuery]);
    return {
      groupBy,
      rowsOverlap: groupBy === 'OBJECTIVE' || groupBy === 'COUNTRY' || groupBy === 'REGION',
      rows: rows.map((r) => ({
        groupBy,
        key: String(r.group_key),
        region: groupBy === 'REGION' ? (HUB_REGIONS.find((h) => h === r.group_key) ?? null) : null,
        status: groupBy === 'STATUS' ? (FUND_PROJECT_STATUSES.find((s) => s === r.group_key) ?? null) : null,
        projectCount: Number(r.n),
        budgetCents: centsFrom(r.budget),
        transferredCents: centsFrom(r.transferred),
      })),
      totals: { projectCount: Number(totals.n), budgetCents: centsFrom(totals.budget), transferredCents: centsFrom(totals.transferred) },
    };
  }
}
