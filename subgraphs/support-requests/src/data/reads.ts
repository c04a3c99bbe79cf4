// Reads: lookups by key return Maps so DataLoaders line results up with keys (one statement per batch); lists go
// through `visibleRequests`, the policy's predicate plus the client's filter, so every list, count and nested
// connection shows exactly what the policy allows. Writes read through the same class on their transaction.
import type { Knex } from 'knex';
import { paginate, paginateByParent, type Connection, type OrderColumn, type PageArgs } from '@unmn/shared/pagination';
import { groupBy } from '@unmn/shared/rows';
import type { Viewer } from '@unmn/shared/viewer';
import { restrictToVisible } from '../policy.js';
import type { MatchedPartnerModel, SupportKind, SupportRequestEventModel, SupportRequestModel } from './models.js';
import {
  iso, toEvent, toPartner, toSupportRequest,
  type EventRow, type KindRow, type ObjectiveRow, type PartnerRow, type PrincipleRow, type SupportRequestRow,
} from './rows.js';

/** A list filter after validation (../resolvers/filter.ts): codes already normalized. */
export interface RequestFilter {
  statuses?: readonly string[] | null;
  countries?: readonly string[] | null;
  regions?: readonly string[] | null;
  objectives?: readonly number[] | null;
  partners?: readonly string[] | null;
  supportKinds?: readonly string[] | null;
  submittedFrom?: string | null;
  submittedBefore?: string | null;
  updatedSince?: string | null;
}

export type RequestSort = 'SUBMITTED_DESC' | 'SUBMITTED_ASC' | 'UPDATED_ASC' | 'UPDATED_DESC' | 'CODE_ASC';

/** Which events of a history, in which order (SupportRequest.history's arguments). */
export interface HistoryArgs {
  /** Only events strictly after this instant, like every list's `updatedSince`. */
  updatedSince?: string | null;
  sort?: 'OLDEST_FIRST' | 'NEWEST_FIRST' | null;
}

export type Parent = 'country' | 'objective' | 'organization';

export const T = 'support_requests';
const col = (name: keyof SupportRequestRow) => `${T}.${name}`;
const idCol = (direction: 'asc' | 'desc'): OrderColumn => ({ column: col('id'), direction, value: (r: SupportRequestRow) => r.id });
const ORDERS: Record<RequestSort, OrderColumn[]> = {
  SUBMITTED_DESC: [{ column: col('submitted_at'), direction: 'desc', value: (r: SupportRequestRow) => iso(r.submitted_at) }, idCol('desc')],
  SUBMITTED_ASC: [{ column: col('submitted_at'), direction: 'asc', value: (r: SupportRequestRow) => iso(r.submitted_at) }, idCol('asc')],
  UPDATED_ASC: [{ column: col('updated_at'), direction: 'asc', value: (r: SupportRequestRow) => iso(r.updated_at) }, idCol('asc')],
  UPDATED_DESC: [{ column: col('updated_at'), direction: 'desc', value: (r: SupportRequestRow) => iso(r.updated_at) }, idCol('desc')],
  CODE_ASC: [{ column: col('code'), direction: 'asc', value: (r: SupportRequestRow) => r.code }, idCol('asc')],
};

/** The requests `viewer` may see that match `filter`, as a query on support_requests (select what you need). */
export function visibleRequests(knex: Knex, viewer: Viewer, f: RequestFilter): Knex.QueryBuilder {
  const q = restrictToVisible(knex, knex(T), viewer);
  const childIn = (table: string, column: string, values: readonly (string | number)[]) =>
    q.whereIn(col('id'), knex(table).select('request_id').whereIn(column, [...values]));
  if (f.statuses) q.whereIn(col('status'), [...f.statuses]);
  if (f.countries) q.whereIn(col('country_iso3'), [...f.countries]);
  if (f.regions) q.whereIn(col('region'), [...f.regions]);
  if (f.objectives) childIn('support_request_objectives', 'objective_number', f.objectives);
  if (f.partners) childIn('support_request_partners', 'organization_id', f.partners);
  if (f.supportKinds) childIn('support_request_kinds', 'kind', f.supportKinds);
  if (f.submittedFrom) q.where(col('submitted_at'), '>=', f.submittedFrom);
  if (f.submittedBefore) q.where(col('submitted_at'), '<', f.submittedBefore);
  if (f.updatedSince) q.where(col('updated_at'), '>', f.updatedSince);
  return q;
}

export class SupportRequestReads {
  /** `knex` may be a transaction: writes read the row they change through here. */
  constructor(private readonly knex: Knex) {}

  async findByIds(ids: readonly string[]): Promise<Map<string, SupportRequestModel>> {
    const rows = await this.knex<SupportRequestRow>(T).whereIn('id', [...ids]);
    return new Map(rows.map((r) => [r.id, toSupportRequest(r)]));
  }

  async findByCodes(codes: readonly string[]): Promise<Map<string, SupportRequestModel>> {
    const rows = await this.knex<SupportRequestRow>(T).whereIn('code', [...codes]);
    return new Map(rows.map((r) => [r.code, toSupportRequest(r)]));
  }

  async objectivesByRequest(ids: readonly string[]): Promise<Map<string, number[]>> {
    const rows = await this.knex<ObjectiveRow>('support_request_objectives').whereIn('request_id', [...ids]).orderBy(['request_id', 'objective_number']);
    return groupBy(rows, (r) => r.request_id, (r) => Number(r.objective_number));
  }

  async principlesByRequest(ids: readonly string[]): Promise<Map<string, string[]>> {
    const rows = await this.knex<PrincipleRow>('support_request_principles').whereIn('request_id', [...ids]).orderBy(['request_id', 'letter']);
    return groupBy(rows, (r) => r.request_id, (r) => r.letter);
  }

  async kindsByRequest(ids: readonly string[]): Promise<Map<string, SupportKind[]>> {
    const rows = await this.knex<KindRow>('support_request_kinds').whereIn('request_id', [...ids]).orderBy(['request_id', 'kind']);
    return groupBy(rows, (r) => r.request_id, (r) => r.kind);
  }

  /** Each request's partners, the lead first. */
  async partnersByRequest(ids: readonly string[]): Promise<Map<string, MatchedPartnerModel[]>> {
    const rows = await this.knex<PartnerRow>('support_request_partners')
      .whereIn('request_id', [...ids])
      .orderBy([{ column: 'request_id' }, { column: 'is_lead', order: 'desc' }, { column: 'organization_id' }]);
    return groupBy(rows, (r) => r.request_id, toPartner);
  }

  /** Each request's history (one statement for all of them): oldest first, or as `args` asks. */
  async eventsByRequest(ids: readonly string[], args: HistoryArgs = {}): Promise<Map<string, SupportRequestEventModel[]>> {
    const q = this.knex<EventRow>('support_request_events').whereIn('request_id', [...ids]);
    if (args.updatedSince) q.where('at', '>', args.updatedSince);
    // A version is unique within a request and grows with time, so it orders one history completely.
    const rows = await q.orderBy([{ column: 'request_id' }, { column: 'version', order: args.sort === 'NEWEST_FIRST' ? 'desc' : 'asc' }]);
    return groupBy(rows, (r) => r.request_id, toEvent);
  }

  /** A page of the requests the viewer may see: two statements (page and count). */
  list(viewer: Viewer, filter: RequestFilter, sort: RequestSort, page: PageArgs): Promise<Connection<SupportRequestModel>> {
    return paginate(visibleRequests(this.knex, viewer, filter).select(`${T}.*`), ORDERS[sort], page, toSupportRequest);
  }

  /**
   * The first page of requests under many parents at once (Country.supportRequests for 50 countries, ...): two
   * statements whatever the number of parents.
   */
  listByParent(
    parent: Parent,
    keys: readonly (string | number)[],
    viewer: Viewer,
    filter: RequestFilter,
    sort: RequestSort,
    page: PageArgs,
  ): Promise<Map<string | number, Connection<SupportRequestModel>>> {
    const q = visibleRequests(this.knex, viewer, filter);
    let partition: string;
    if (parent === 'country') {
      partition = col('country_iso3');
    } else if (parent === 'objective') {
      q.join('support_request_objectives as parent', 'parent.request_id', col('id'));
      partition = 'parent.objective_number';
    } else {
      q.join('support_request_partners as parent', 'parent.request_id', col('id'));
      partition = 'parent.organization_id';
    }
    q.select(`${T}.*`, { parent_key: partition });
    return paginateByParent(this.knex, q, partition, keys, ORDERS[sort], page, toSupportRequest);
  }
}
