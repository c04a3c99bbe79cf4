// All of the support-requests subgraph's SQL. Lookups by key return Maps so DataLoaders can line results up with keys.
// Every write runs in one transaction: the row update (guarded by its version), child rows and the history event
// commit together or not at all, so a refused or losing write leaves nothing behind.
import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { now } from '@unmn/shared/db';
import { BadUserInputError, ConflictError, NotFoundError } from '@unmn/shared/errors';
import { paginate, paginateByParent, type Connection, type OrderColumn, type PageArgs } from '@unmn/shared/pagination';
import { assertVersion, updateVersioned } from '@unmn/shared/versioning';
import type { Viewer } from '@unmn/shared/viewer';
import { PUBLIC_STATUSES } from '../access.js';
import { transition, type Action } from '../lifecycle.js';
import {
  HUB_REGIONS, STATUSES, SUPPORT_KINDS, toEvent, toPartner, toSupportRequest,
  type DurationStatsModel, type EventKind, type MatchedPartnerModel, type StatsModel, type Status,
  type SupportKind, type SupportRequestEventModel, type SupportRequestModel,
} from './models.js';

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

export type RequestSort = 'SUBMITTED_DESC' | 'SUBMITTED_ASC' | 'UPDATED_ASC' | 'CODE_ASC';

const T = 'support_requests';
const col = (name: string) => `${T}.${name}`;
const idCol = (direction: 'asc' | 'desc'): OrderColumn => ({ column: col('id'), direction, value: (r) => r.id });
export const ORDERS: Record<RequestSort, OrderColumn[]> = {
  SUBMITTED_DESC: [{ column: col('submitted_at'), direction: 'desc', value: (r) => iso(r.submitted_at) }, idCol('desc')],
  SUBMITTED_ASC: [{ column: col('submitted_at'), direction: 'asc', value: (r) => iso(r.submitted_at) }, idCol('asc')],
  UPDATED_ASC: [{ column: col('updated_at'), direction: 'asc', value: (r) => iso(r.updated_at) }, idCol('asc')],
  CODE_ASC: [{ column: col('code'), direction: 'asc', value: (r) => r.code }, idCol('asc')],
};
const iso = (v: unknown) => (v instanceof Date ? v.toISOString() : String(v));

/** A submission after validation (see ../validation.ts). */
export interface Submission {
  countryIso3: string;
  region: string;
  requestingAuthority: string;
  channel: string;
  title: string;
  description: string;
  objectives: number[];
  guidingPrinciples: string[];
  supportKinds: string[];
  priority: string;
  contact: { name: string; email: string; phone: string | null };
}

/** A request as a write sees it: the row and its partners, read inside the write's transaction. */
export interface Loaded {
  request: SupportRequestModel;
  partners: MatchedPartnerModel[];
}

/** What a write does once it is authorized and the transition is legal. */
interface Plan {
  /** Column changes on the request row (status, version and updated_at are added). */
  changes?: Record<string, unknown>;
  kind: EventKind;
  comment?: string | null;
  /** Field names for the event's `changes`. */
  changed: string[];
  /** Writes to child tables, in the same transaction. */
  children?(trx: Knex.Transaction): Promise<void>;
}

export type Authorize = (loaded: Loaded) => void;

const isUniqueViolation = (error: any) =>
  error?.code === '23505' || error?.code === 'SQLITE_CONSTRAINT' || /UNIQUE constraint failed/.test(String(error?.message));

export class SupportRequestsStore {
  constructor(private readonly knex: Knex) {}

  // ---------------------------------------------------------------- reads by key (DataLoader batches)

  async findByIds(ids: readonly string[]): Promise<Map<string, SupportRequestModel>> {
    const rows = await this.knex(T).whereIn('id', ids as string[]);
    return new Map(rows.map((r) => [r.id, toSupportRequest(r)]));
  }

  async findByCodes(codes: readonly string[]): Promise<Map<string, SupportRequestModel>> {
    const rows = await this.knex(T).whereIn('code', codes as string[]);
    return new Map(rows.map((r) => [r.code, toSupportRequest(r)]));
  }

  private async childValues<V>(table: string, column: string, ids: readonly string[], order: string): Promise<Map<string, V[]>> {
    const rows = await this.knex(table).whereIn('request_id', ids as string[]).orderBy(['request_id', order]);
    const map = new Map<string, V[]>(ids.map((id) => [id, []]));
    for (const r of rows) map.get(r.request_id)?.push(r[column]);
    return map;
  }

  objectivesByRequest(ids: readonly string[]) {
    return this.childValues<number>('support_request_objectives', 'objective_number', ids, 'objective_number');
  }

  principlesByRequest(ids: readonly string[]) {
    return this.childValues<string>('support_request_principles', 'letter', ids, 'letter');
  }

  kindsByRequest(ids: readonly string[]) {
    return this.childValues<SupportKind>('support_request_kinds', 'kind', ids, 'kind');
  }

  async partnersByRequest(ids: readonly string[]): Promise<Map<string, MatchedPartnerModel[]>> {
    const rows = await this.knex('support_request_partners')
      .whereIn('request_id', ids as string[])
      .orderBy([{ column: 'request_id' }, { column: 'is_lead', order: 'desc' }, { column: 'organization_id' }]);
    const map = new Map<string, MatchedPartnerModel[]>(ids.map((id) => [id, []]));
    for (const r of rows) map.get(r.request_id)?.push(toPartner(r));
    return map;
  }

  async eventsByRequest(ids: readonly string[]): Promise<Map<string, SupportRequestEventModel[]>> {
    const rows = await this.knex('support_request_events').whereIn('request_id', ids as string[]).orderBy(['request_id', 'version']);
    const map = new Map<string, SupportRequestEventModel[]>(ids.map((id) => [id, []]));
    for (const r of rows) map.get(r.request_id)?.push(toEvent(r));
    return map;
  }

  /** Which of these organization ids may be matched as partners. */
  async knownPartnerIds(ids: readonly string[]): Promise<Set<string>> {
    return new Set(await this.knex('partner_organizations').whereIn('id', ids as string[]).pluck('id'));
  }

  // ---------------------------------------------------------------- lists

  /** Restricts a query on support_requests to what the viewer may see (mirrors ../access.ts). */
  private visibleTo(q: Knex.QueryBuilder, viewer: Viewer): Knex.QueryBuilder {
    if (viewer.role === 'secretariat') return q;
    return q.where((w) => {
      w.whereIn(col('status'), PUBLIC_STATUSES as Status[]);
      if (viewer.role === 'country' && viewer.countryIso3) w.orWhere(col('country_iso3'), viewer.countryIso3);
      if (viewer.role === 'member' && viewer.organizationId) {
        w.orWhereIn(col('id'), this.knex('support_request_partners').select('request_id').where('organization_id', viewer.organizationId));
      }
    });
  }

  private filtered(q: Knex.QueryBuilder, f: RequestFilter): Knex.QueryBuilder {
    const childIn = (table: string, column: string, values: readonly (string | number)[]) =>
      q.whereIn(col('id'), this.knex(table).select('request_id').whereIn(column, values as any[]));
    if (f.statuses) q.whereIn(col('status'), f.statuses as string[]);
    if (f.countries) q.whereIn(col('country_iso3'), f.countries.map((c) => c.toUpperCase()));
    if (f.regions) q.whereIn(col('region'), f.regions as string[]);
    if (f.objectives) childIn('support_request_objectives', 'objective_number', f.objectives);
    if (f.partners) childIn('support_request_partners', 'organization_id', f.partners);
    if (f.supportKinds) childIn('support_request_kinds', 'kind', f.supportKinds);
    if (f.submittedFrom) q.where(col('submitted_at'), '>=', f.submittedFrom);
    if (f.submittedBefore) q.where(col('submitted_at'), '<', f.submittedBefore);
    if (f.updatedSince) q.where(col('updated_at'), '>', f.updatedSince);
    return q;
  }

  private base(viewer: Viewer, filter: RequestFilter): Knex.QueryBuilder {
    return this.filtered(this.visibleTo(this.knex(T), viewer), filter);
  }

  /** A page of the requests the viewer may see: two statements (page and count). */
  list(viewer: Viewer, filter: RequestFilter, sort: RequestSort, page: PageArgs): Promise<Connection<SupportRequestModel>> {
    return paginate(this.base(viewer, filter).select(`${T}.*`), ORDERS[sort], page, toSupportRequest);
  }

  /**
   * The first page of requests under many parents at once (Country.supportRequests for 50 countries, ...): two
   * statements whatever the number of parents.
   */
  listByParent(
    parent: 'country' | 'objective' | 'organization',
    keys: readonly (string | number)[],
    viewer: Viewer,
    filter: RequestFilter,
    page: PageArgs,
  ): Promise<Map<string | number, Connection<SupportRequestModel>>> {
    const q = this.base(viewer, filter);
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
    return paginateByParent(this.knex, q, partition, keys, ORDERS.SUBMITTED_DESC, page, toSupportRequest);
  }

  /** Aggregates over the visible, filtered requests: five statements whatever the number of requests. */
  async stats(viewer: Viewer, filter: RequestFilter): Promise<StatsModel> {
    const ids = () => this.base(viewer, filter).select(col('id'));
    const [byStatus, byRegion, byObjective, byKind, milestones] = await Promise.all([
      this.base(viewer, filter).select({ key: col('status') }).count({ n: '*' }).groupBy(col('status')),
      this.base(viewer, filter).select({ key: col('region') }).count({ n: '*' }).groupBy(col('region')),
      this.knex('support_request_objectives').whereIn('request_id', ids()).select({ key: 'objective_number' }).count({ n: '*' }).groupBy('objective_number').orderBy('objective_number'),
      this.knex('support_request_kinds').whereIn('request_id', ids()).select({ key: 'kind' }).count({ n: '*' }).groupBy('kind'),
      this.base(viewer, filter)
        .whereNotNull(col('partners_identified_at'))
        .select(col('submitted_at'), col('partners_identified_at'), col('closed_at'), col('status')),
    ]);
    const countOf = (rows: any[]) => new Map(rows.map((r) => [String(r.key), Number(r.n)]));
    const statusCounts = countOf(byStatus);
    const regionCounts = countOf(byRegion);
    const kindCounts = countOf(byKind);
    const days = (from: unknown, to: unknown) => (Date.parse(iso(to)) - Date.parse(iso(from))) / 86_400_000;
    return {
      total: [...statusCounts.values()].reduce((a, b) => a + b, 0),
      byStatus: STATUSES.map((status) => ({ status, count: statusCounts.get(status) ?? 0 })),
      byRegion: HUB_REGIONS.map((region) => ({ region, count: regionCounts.get(region) ?? 0 })),
      byObjective: (byObjective as any[]).map((r) => ({ objective: { number: Number(r.key) }, count: Number(r.n) })),
      bySupportKind: SUPPORT_KINDS.map((kind) => ({ kind, count: kindCounts.get(kind) ?? 0 })),
      daysToPartnersIdentified: durationStats((milestones as any[]).map((r) => days(r.submitted_at, r.partners_identified_at))),
      daysToCompletion: durationStats(
        (milestones as any[]).filter((r) => r.status === 'COMPLETED' && r.closed_at).map((r) => days(r.submitted_at, r.closed_at)),
      ),
    };
  }

  // ---------------------------------------------------------------- writes

  /**
   * Creates a request with its child rows and SUBMITTED event, or returns the request an earlier submission with the
   * same idempotency key created (CONFLICT when that earlier submission carried different content).
   */
  async submit(s: Submission, actor: Viewer, idempotency: { scope: string; key: string; hash: string }): Promise<SupportRequestModel> {
    const existing = await this.findByIdempotencyKey(idempotency);
    if (existing) return existing;
    try {
      return await this.knex.transaction(async (trx) => {
        const at = now();
        const id = randomUUID();
        const code = await this.nextCode(trx, Number(at.slice(0, 4)));
        await trx(T).insert({
          id,
          code,
          country_iso3: s.countryIso3,
          region: s.region,
          channel: s.channel,
          requesting_authority: s.requestingAuthority,
          title: s.title,
          description: s.description,
          contact_name: s.contact.name,
          contact_email: s.contact.email,
          contact_phone: s.contact.phone,
          priority: s.priority,
          status: 'SUBMITTED',
          submitted_at: at,
          submitter_role: actor.role,
          submitter_subject: actor.subject,
          idempotency_scope: idempotency.scope,
          idempotency_key: idempotency.key,
          request_hash: idempotency.hash,
          sample: false,
          version: 1,
          created_at: at,
          updated_at: at,
        });
        await this.replaceChildren(trx, id, s);
        await this.insertEvent(trx, id, actor, { kind: 'SUBMITTED', fromStatus: null, toStatus: 'SUBMITTED', comment: null, changed: [], version: 1, at });
        return toSupportRequest(await trx(T).where({ id }).first());
      });
    } catch (error) {
      // A concurrent retry with the same key won the insert: answer with its request.
      if (isUniqueViolation(error)) {
        const winner = await this.findByIdempotencyKey(idempotency);
        if (winner) return winner;
      }
      throw error;
    }
  }

  private async findByIdempotencyKey(idem: { scope: string; key: string; hash: string }): Promise<SupportRequestModel | null> {
    const row = await this.knex(T).where({ idempotency_scope: idem.scope, idempotency_key: idem.key }).first();
    if (!row) return null;
    if (row.request_hash !== idem.hash) {
      throw new ConflictError(
        `input.idempotencyKey ${JSON.stringify(idem.key)} was already used for a different submission (${row.code}). Use a new key for a new request, or resend exactly the same input to retry.`,
        { argument: 'input.idempotencyKey', existingCode: row.code },
      );
    }
    return toSupportRequest(row);
  }

  /** Next reference code of a year. The counter row is locked by the UPDATE until the transaction ends. */
  private async nextCode(trx: Knex.Transaction, year: number): Promise<string> {
    await trx('request_code_counters').insert({ year, last: 0 }).onConflict('year').ignore();
    await trx('request_code_counters').where({ year }).increment('last', 1);
    const row = await trx('request_code_counters').where({ year }).first('last');
    return `SR-${year}-${String(row.last).padStart(4, '0')}`;
  }

  private async replaceChildren(trx: Knex.Transaction, id: string, s: Partial<Pick<Submission, 'objectives' | 'guidingPrinciples' | 'supportKinds'>>) {
    if (s.objectives) {
      await trx('support_request_objectives').where({ request_id: id }).delete();
      await trx('support_request_objectives').insert(s.objectives.map((n) => ({ request_id: id, objective_number: n })));
    }
    if (s.guidingPrinciples) {
      await trx('support_request_principles').where({ request_id: id }).delete();
      if (s.guidingPrinciples.length) await trx('support_request_principles').insert(s.guidingPrinciples.map((l) => ({ request_id: id, letter: l })));
    }
    if (s.supportKinds) {
      await trx('support_request_kinds').where({ request_id: id }).delete();
      await trx('support_request_kinds').insert(s.supportKinds.map((k) => ({ request_id: id, kind: k })));
    }
  }

  private async insertEvent(
    trx: Knex.Transaction,
    requestId: string,
    actor: Viewer,
    e: { kind: EventKind; fromStatus: Status | null; toStatus: Status; comment: string | null; changed: string[]; version: number; at: string },
  ) {
    await trx('support_request_events').insert({
      request_id: requestId,
      kind: e.kind,
      actor_role: actor.role,
      actor_subject: actor.subject,
      actor_organization_id: actor.organizationId,
      actor_country_iso3: actor.countryIso3,
      at: e.at,
      from_status: e.fromStatus,
      to_status: e.toStatus,
      comment: e.comment,
      changes: JSON.stringify(e.changed),
      version: e.version,
    });
  }

  /**
   * The shape of every write after submission, in one transaction: read the request, authorize the actor, check the
   * version and the transition, plan the change, update the row under its version (CONFLICT if another write got
   * there first), write child rows and the event.
   */
  private async act(
    id: string,
    expectedVersion: number,
    actor: Viewer,
    action: Action,
    authorize: Authorize,
    plan: (loaded: Loaded, next: Status, trx: Knex.Transaction, at: string) => Promise<Plan> | Plan,
  ): Promise<SupportRequestModel> {
    return this.knex.transaction(async (trx) => {
      const row = await trx(T).where({ id }).first();
      if (!row) throw new NotFoundError('Support request', id);
      const request = toSupportRequest(row);
      const partners = (await trx('support_request_partners').where({ request_id: id }).orderBy([{ column: 'is_lead', order: 'desc' }, { column: 'organization_id' }])).map(toPartner);
      const loaded = { request, partners };
      authorize(loaded);
      assertVersion('Support request', request.code, request.version, expectedVersion);
      const next = transition(request.code, request.status, action);
      const at = now();
      const p = await plan(loaded, next, trx, at);
      const version = await updateVersioned(trx, T, 'Support request', id, expectedVersion, { ...p.changes, status: next });
      await p.children?.(trx);
      await this.insertEvent(trx, id, actor, {
        kind: p.kind,
        fromStatus: request.status,
        toStatus: next,
        comment: p.comment ?? null,
        changed: next !== request.status ? ['status', ...p.changed] : p.changed,
        version,
        at,
      });
      return toSupportRequest(await trx(T).where({ id }).first());
    });
  }

  update(
    id: string, version: number, actor: Viewer, authorize: Authorize,
    edit: Partial<Submission> & { comment?: string | null },
  ): Promise<SupportRequestModel> {
    return this.act(id, version, actor, 'update', authorize, () => {
      const changes: Record<string, unknown> = {};
      const changed: string[] = [];
      const set = (field: string, columns: Record<string, unknown>) => {
        Object.assign(changes, columns);
        changed.push(field);
      };
      if (edit.requestingAuthority !== undefined) set('requestingAuthority', { requesting_authority: edit.requestingAuthority });
      if (edit.title !== undefined) set('title', { title: edit.title });
      if (edit.description !== undefined) set('description', { description: edit.description });
      if (edit.priority !== undefined) set('priority', { priority: edit.priority });
      if (edit.contact !== undefined) set('contact', { contact_name: edit.contact.name, contact_email: edit.contact.email, contact_phone: edit.contact.phone });
      if (edit.objectives) changed.push('objectives');
      if (edit.guidingPrinciples) changed.push('guidingPrinciples');
      if (edit.supportKinds) changed.push('supportKinds');
      if (!changed.length) throw new BadUserInputError('input', 'names no field to change; give at least one of title, description, objectives, ...');
      return { changes, changed, kind: 'EDITED', comment: edit.comment, children: (trx) => this.replaceChildren(trx, id, edit) };
    });
  }

  assess(id: string, version: number, actor: Viewer, authorize: Authorize, a: { notes: string; recommendedResponses: string[]; comment?: string | null }) {
    return this.act(id, version, actor, 'assess', authorize, (_, __, ___, at) => ({
      changes: { assessment_notes: a.notes, assessment_recommended: JSON.stringify(a.recommendedResponses), assessed_at: at },
      changed: ['assessment'],
      kind: 'ASSESSED',
      comment: a.comment,
    }));
  }

  matchPartners(
    id: string, version: number, actor: Viewer, authorize: Authorize,
    m: { partners: { organization: string; role: string }[]; lead: string; comment?: string | null },
  ) {
    return this.act(id, version, actor, 'match', authorize, async ({ request, partners: before }, _, trx, at) => {
      const known = new Set(await trx('partner_organizations').whereIn('id', m.partners.map((p) => p.organization)).pluck('id'));
      m.partners.forEach((p, i) => {
        if (!known.has(p.organization)) {
          throw new BadUserInputError(`input.partners[${i}].organization`, `no organization ${JSON.stringify(p.organization)} can be matched; use an organization id such as "iom" or "ilo" (see the members subgraph's organizations)`);
        }
      });
      const previous = new Map(before.map((p) => [p.organizationId, p]));
      return {
        changes: { lead_organization_id: m.lead, partners_identified_at: request.partnersIdentifiedAt ?? at },
        changed: ['partners'],
        kind: 'PARTNERS_MATCHED',
        comment: m.comment,
        // A re-match keeps the answers of organizations that stay matched; new ones start PENDING.
        children: async (trx) => {
          await trx('support_request_partners').where({ request_id: id }).delete();
          await trx('support_request_partners').insert(m.partners.map((p) => {
            const kept = previous.get(p.organization);
            return {
              request_id: id,
              organization_id: p.organization,
              is_lead: p.organization === m.lead,
              role: p.role,
              response: kept?.response ?? 'PENDING',
              responded_at: kept?.respondedAt ?? null,
              matched_at: kept?.matchedAt ?? at,
            };
          }));
        },
      };
    });
  }

  decline(id: string, version: number, actor: Viewer, authorize: Authorize, reason: string) {
    return this.act(id, version, actor, 'decline', authorize, (_, __, ___, at) => ({
      changes: { closed_at: at }, changed: [], kind: 'DECLINED', comment: reason,
    }));
  }

  respondToMatch(id: string, version: number, actor: Viewer, authorize: Authorize, r: { organizationId: string; accept: boolean; comment?: string | null }) {
    return this.act(id, version, actor, 'respondToMatch', authorize, (_, __, ___, at) => ({
      changed: ['partners'],
      kind: r.accept ? 'MATCH_ACCEPTED' : 'MATCH_DECLINED',
      comment: r.comment,
      children: async (trx) => {
        await trx('support_request_partners')
          .where({ request_id: id, organization_id: r.organizationId })
          .update({ response: r.accept ? 'ACCEPTED' : 'DECLINED', responded_at: at });
      },
    }));
  }

  recordProgress(id: string, version: number, actor: Viewer, authorize: Authorize, note: string) {
    return this.act(id, version, actor, 'recordProgress', authorize, ({ request, partners }, next, __, at) => {
      if (request.status === 'PARTNERS_IDENTIFIED') {
        const lead = partners.find((p) => p.isLead);
        if (lead?.response !== 'ACCEPTED') {
          throw new ConflictError(
            `Cannot start implementation of support request ${request.code}: its lead partner ${lead?.organizationId ?? '(none)'} has not accepted the match (it is ${lead?.response ?? 'missing'}). The lead must accept first, or the secretariat must match another lead.`,
            { reason: 'LEAD_NOT_ACCEPTED', currentStatus: request.status, requestedStatus: next },
          );
        }
        return { changes: { implementation_started_at: at }, changed: [], kind: 'PROGRESS_RECORDED', comment: note };
      }
      return { changed: [], kind: 'PROGRESS_RECORDED', comment: note };
    });
  }

  complete(id: string, version: number, actor: Viewer, authorize: Authorize, summary: string) {
    return this.act(id, version, actor, 'complete', authorize, (_, __, ___, at) => ({
      changes: { closed_at: at }, changed: [], kind: 'COMPLETED', comment: summary,
    }));
  }

  withdraw(id: string, version: number, actor: Viewer, authorize: Authorize, reason: string | null) {
    return this.act(id, version, actor, 'withdraw', authorize, (_, __, ___, at) => ({
      changes: { closed_at: at }, changed: [], kind: 'WITHDRAWN', comment: reason,
    }));
  }
}

/** Median and 90th percentile by linear interpolation between closest ranks (PostgreSQL's percentile_cont). */
export function durationStats(values: number[]): DurationStatsModel {
  if (!values.length) return { count: 0, medianDays: null, p90Days: null };
  const sorted = [...values].sort((a, b) => a - b);
  const percentile = (p: number) => {
    const rank = p * (sorted.length - 1);
    const lo = Math.floor(rank);
    const hi = Math.ceil(rank);
    return sorted[lo] + (sorted[hi] - sorted[lo]) * (rank - lo);
  };
  const round = (n: number) => Math.round(n * 100) / 100;
  return { count: sorted.length, medianDays: round(percentile(0.5)), p90Days: round(percentile(0.9)) };
}
