// Writes. Every write after submission has one shape (`act`), in one transaction: read the request and its partners,
// run the policy's ownership check on them, refuse a stale version (shared/versioning.ts), take the transition
// (lifecycle.ts), plan the change (business rules in ../rules), update the row under its version, write child rows and
// the history event, and last the change-feed event (who could see the request before and after). They commit
// together or not at all, so a refused or losing write leaves nothing behind, not even a feed event.
import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { recordChange } from '@unmn/shared/changes';
import { now } from '@unmn/shared/db';
import { BadUserInputError, ConflictError, NotFoundError } from '@unmn/shared/errors';
import { assertVersion, updateVersioned } from '@unmn/shared/versioning';
import type { Viewer } from '@unmn/shared/viewer';
import { transition, type Action } from '../lifecycle.js';
import { audiencesOf, type Authorize } from '../policy.js';
import { assertLeadAccepted, rematch } from '../rules/partners.js';
import type { Channel, EventKind, HubRegion, MatchedPartnerModel, Priority, Status, SupportKind, SupportRequestModel } from './models.js';
import { SupportRequestReads, T } from './reads.js';
import { toSupportRequest, type EventRow, type PartnerRow, type SupportRequestRow } from './rows.js';

/** A submission after validation (../validation.ts). */
export interface Submission {
  countryIso3: string;
  region: HubRegion;
  requestingAuthority: string;
  channel: Channel;
  title: string;
  description: string;
  objectives: number[];
  guidingPrinciples: string[];
  supportKinds: SupportKind[];
  priority: Priority;
  contact: { name: string; email: string; phone: string | null };
}

export type Edit = Partial<Submission> & { comment?: string | null };

/** A request as a write sees it: the row and its partners, read inside the write's transaction. */
export interface Loaded {
  request: SupportRequestModel;
  partners: MatchedPartnerModel[];
}

/** What a write does once it is authorized and the transition is legal. */
interface Plan {
  /** Column changes on the request row (status, version and updated_at are added). */
  changes?: Partial<SupportRequestRow>;
  kind: EventKind;
  comment?: string | null;
  /** Field names for the event's `changes`. */
  changed: string[];
  /** Writes to child tables, in the same transaction. */
  children?(trx: Knex.Transaction): Promise<void>;
  /** The partners after the write, when it changes who is matched (the feed's audiences depend on them). */
  partners?: readonly MatchedPartnerModel[];
}

/** The feed's type name of a request (the GraphQL type). */
const FEED_TYPE = 'SupportRequest';
const organizationIds = (partners: readonly MatchedPartnerModel[]) => partners.map((p) => p.organizationId);

interface Idempotency { scope: string; key: string; hash: string }

const isUniqueViolation = (error: unknown) => {
  const e = error as { code?: string; message?: string } | null;
  return e?.code === '23505' || e?.code === 'SQLITE_CONSTRAINT' || /UNIQUE constraint failed/.test(String(e?.message));
};

const partnerRow = (requestId: string, p: MatchedPartnerModel): PartnerRow => ({
  request_id: requestId,
  organization_id: p.organizationId,
  is_lead: p.isLead,
  role: p.role,
  response: p.response,
  responded_at: p.respondedAt,
  matched_at: p.matchedAt,
});

export class SupportRequestWrites {
  constructor(private readonly knex: Knex) {}

  /**
   * Creates a request with its child rows and SUBMITTED event, or returns the request an earlier submission with the
   * same idempotency key created (CONFLICT when that earlier submission carried different content).
   */
  async submit(s: Submission, actor: Viewer, idempotency: Idempotency): Promise<SupportRequestModel> {
    const existing = await this.findByIdempotencyKey(idempotency);
    if (existing) return existing;
    try {
      return await this.knex.transaction(async (trx) => {
        const at = now();
        const id = randomUUID();
        const code = await nextCode(trx, Number(at.slice(0, 4)));
        const row: SupportRequestRow = {
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
          assessment_notes: null,
          assessment_recommended: null,
          assessed_at: null,
          lead_organization_id: null,
          submitted_at: at,
          partners_identified_at: null,
          implementation_started_at: null,
          closed_at: null,
          submitter_role: actor.role,
          submitter_subject: actor.subject ?? null,
          idempotency_scope: idempotency.scope,
          idempotency_key: idempotency.key,
          request_hash: idempotency.hash,
          sample: false,
          version: 1,
          created_at: at,
          updated_at: at,
        };
        await trx<SupportRequestRow>(T).insert(row);
        await replaceChildren(trx, id, s);
        await insertEvent(trx, id, actor, { kind: 'SUBMITTED', fromStatus: null, toStatus: 'SUBMITTED', comment: null, changed: [], version: 1, at });
        const created = (await new SupportRequestReads(trx).findByIds([id])).get(id)!;
        await recordChange(trx, { type: FEED_TYPE, id, kind: 'CREATED', version: 1, before: null, after: audiencesOf(created, []), at: created.updatedAt });
        return created;
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

  private async findByIdempotencyKey(idem: Idempotency): Promise<SupportRequestModel | null> {
    const row = await this.knex<SupportRequestRow>(T).where({ idempotency_scope: idem.scope, idempotency_key: idem.key }).first();
    if (!row) return null;
    if (row.request_hash !== idem.hash) {
      throw new ConflictError(
        `input.idempotencyKey ${JSON.stringify(idem.key)} was already used for a different submission (${row.code}). Use a new key for a new request, or resend exactly the same input to retry.`,
        { reason: 'IDEMPOTENCY_KEY_REUSED', argument: 'input.idempotencyKey', existingCode: row.code },
      );
    }
    return toSupportRequest(row);
  }

  /** The one path of every write after submission (see the file's header). */
  private async act(
    id: string,
    expectedVersion: number,
    actor: Viewer,
    action: Action,
    authorize: Authorize,
    plan: (loaded: Loaded, next: Status, trx: Knex.Transaction, at: string) => Promise<Plan> | Plan,
  ): Promise<SupportRequestModel> {
    return this.knex.transaction(async (trx) => {
      const reads = new SupportRequestReads(trx);
      const request = (await reads.findByIds([id])).get(id);
      if (!request) throw new NotFoundError('Support request', id);
      const loaded = { request, partners: (await reads.partnersByRequest([id])).get(id) ?? [] };
      authorize(loaded);
      assertVersion('Support request', request.code, request.version, expectedVersion);
      const next = transition(request.code, request.status, action);
      const at = now();
      const p = await plan(loaded, next, trx, at);
      const version = await updateVersioned(trx, T, 'Support request', id, expectedVersion, { ...p.changes, status: next });
      await p.children?.(trx);
      await insertEvent(trx, id, actor, {
        kind: p.kind,
        fromStatus: request.status,
        toStatus: next,
        comment: p.comment ?? null,
        changed: next !== request.status ? ['status', ...p.changed] : p.changed,
        version,
        at,
      });
      const after = (await reads.findByIds([id])).get(id)!;
      await recordChange(trx, {
        type: FEED_TYPE,
        id,
        kind: 'UPDATED',
        version,
        before: audiencesOf(request, organizationIds(loaded.partners)),
        after: audiencesOf(after, organizationIds(p.partners ?? loaded.partners)),
        at: after.updatedAt,
      });
      return after;
    });
  }

  update(id: string, version: number, actor: Viewer, authorize: Authorize, edit: Edit): Promise<SupportRequestModel> {
    return this.act(id, version, actor, 'update', authorize, () => {
      const changes: Partial<SupportRequestRow> = {};
      const changed: string[] = [];
      const set = (field: string, columns: Partial<SupportRequestRow>) => {
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
      return { changes, changed, kind: 'EDITED', comment: edit.comment, children: (trx) => replaceChildren(trx, id, edit) };
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
      const known = new Set<string>(await trx('partner_organizations').whereIn('id', m.partners.map((p) => p.organization)).pluck('id'));
      m.partners.forEach((p, i) => {
        if (!known.has(p.organization)) {
          throw new BadUserInputError(`input.partners[${i}].organization`, `no organization ${JSON.stringify(p.organization)} can be matched; use an organization id such as "iom" or "ilo" (see the members subgraph's organizations)`);
        }
      });
      const after = rematch(before, m, at);
      return {
        changes: { lead_organization_id: m.lead, partners_identified_at: request.partnersIdentifiedAt ?? at },
        changed: ['partners'],
        kind: 'PARTNERS_MATCHED',
        comment: m.comment,
        partners: after,
        children: async (trx) => {
          await trx('support_request_partners').where({ request_id: id }).delete();
          await trx<PartnerRow>('support_request_partners').insert(after.map((p) => partnerRow(id, p)));
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
        await trx<PartnerRow>('support_request_partners')
          .where({ request_id: id, organization_id: r.organizationId })
          .update({ response: r.accept ? 'ACCEPTED' : 'DECLINED', responded_at: at });
      },
    }));
  }

  recordProgress(id: string, version: number, actor: Viewer, authorize: Authorize, note: string) {
    return this.act(id, version, actor, 'recordProgress', authorize, ({ request, partners }, next, __, at) => {
      assertLeadAccepted(request, partners, next);
      const starts = request.status === 'PARTNERS_IDENTIFIED';
      return { changes: starts ? { implementation_started_at: at } : {}, changed: [], kind: 'PROGRESS_RECORDED', comment: note };
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

/** Next reference code of a year. The counter row is locked by the UPDATE until the transaction ends. */
async function nextCode(trx: Knex.Transaction, year: number): Promise<string> {
  await trx('request_code_counters').insert({ year, last: 0 }).onConflict('year').ignore();
  await trx('request_code_counters').where({ year }).increment('last', 1);
  const row: { last: number } | undefined = await trx('request_code_counters').where({ year }).first('last');
  return `SR-${year}-${String(row!.last).padStart(4, '0')}`;
}

async function replaceChildren(trx: Knex.Transaction, id: string, s: Partial<Pick<Submission, 'objectives' | 'guidingPrinciples' | 'supportKinds'>>) {
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

async function insertEvent(
  trx: Knex.Transaction,
  requestId: string,
  actor: Viewer,
  e: { kind: EventKind; fromStatus: Status | null; toStatus: Status; comment: string | null; changed: string[]; version: number; at: string },
) {
  const row: Omit<EventRow, 'id'> = {
    request_id: requestId,
    kind: e.kind,
    actor_role: actor.role,
    actor_subject: actor.subject ?? null,
    actor_organization_id: actor.organizationId ?? null,
    actor_country_iso3: actor.countryIso3 ?? null,
    at: e.at,
    from_status: e.fromStatus,
    to_status: e.toStatus,
    comment: e.comment,
    changes: JSON.stringify(e.changed),
    version: e.version,
  };
  await trx('support_request_events').insert(row);
}
