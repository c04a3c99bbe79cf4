// Aggregates over the requests a viewer may see (supportRequestStats): the same predicate as every list, so the counts
// add up to what the viewer can page through.
import type { Knex } from 'knex';
import { HUB_REGIONS } from '@unmn/shared/countries';
import type { Viewer } from '@unmn/shared/viewer';
import { durationStats, daysBetween } from '../rules/durations.js';
import { STATUSES, SUPPORT_KINDS, type StatsModel } from './models.js';
import { visibleRequests, type RequestFilter } from './reads.js';
import { iso, type CountRow, type MilestoneRow } from './rows.js';

const countOf = (rows: CountRow[]) => new Map(rows.map((r) => [String(r.key), Number(r.n)]));

export class SupportRequestReporting {
  constructor(private readonly knex: Knex) {}

  /** Five statements whatever the number of requests. */
  async stats(viewer: Viewer, filter: RequestFilter): Promise<StatsModel> {
    const visible = () => visibleRequests(this.knex, viewer, filter);
    const ids = () => visible().select('support_requests.id');
    const [byStatus, byRegion, byObjective, byKind, milestones] = await Promise.all([
      visible().select({ key: 'support_requests.status' }).count<CountRow[]>({ n: '*' }).groupBy('support_requests.status'),
      visible().select({ key: 'support_requests.region' }).count<CountRow[]>({ n: '*' }).groupBy('support_requests.region'),
      this.knex('support_request_objectives').whereIn('request_id', ids()).select({ key: 'objective_number' }).count<CountRow[]>({ n: '*' })
        .groupBy('objective_number').orderBy('objective_number'),
      this.knex('support_request_kinds').whereIn('request_id', ids()).select({ key: 'kind' }).count<CountRow[]>({ n: '*' }).groupBy('kind'),
      visible()
        .whereNotNull('support_requests.partners_identified_at')
        .select<MilestoneRow[]>('support_requests.submitted_at', 'support_requests.partners_identified_at', 'support_requests.closed_at', 'support_requests.status'),
    ]);
    const statusCounts = countOf(byStatus);
    const regionCounts = countOf(byRegion);
    const kindCounts = countOf(byKind);
    return {
      total: [...statusCounts.values()].reduce((a, b) => a + b, 0),
      byStatus: STATUSES.map((status) => ({ status, count: statusCounts.get(status) ?? 0 })),
      byRegion: HUB_REGIONS.map((region) => ({ region, count: regionCounts.get(region) ?? 0 })),
      byObjective: byObjective.map((r) => ({ objective: { number: Number(r.key) }, count: Number(r.n) })),
      bySupportKind: SUPPORT_KINDS.map((kind) => ({ kind, count: kindCounts.get(kind) ?? 0 })),
      daysToPartnersIdentified: durationStats(milestones.map((r) => daysBetween(iso(r.submitted_at), iso(r.partners_identified_at!)))),
      daysToCompletion: durationStats(
        milestones.filter((r) => r.status === 'COMPLETED' && r.closed_at).map((r) => daysBetween(iso(r.submitted_at), iso(r.closed_at!))),
      ),
    };
  }
}
