// The webhooks' store: registrations, the delivery outbox and its log. Authorization is the caller's (src/webhooks/
// policy.ts decides who may touch which webhook); this file only reads and writes rows.
import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { now, parseJson } from '@unmn/shared/db';
import { paginate, paginateByParent, type Connection, type OrderColumn, type PageArgs } from '@unmn/shared/pagination';
import { groupBy, parseBool } from '@unmn/shared/rows';
import type { Role, Viewer } from '@unmn/shared/viewer';

export type DeliveryStatus = 'PENDING' | 'DELIVERED' | 'FAILED';

export interface WebhookRow {
  id: string;
  owner: Viewer;
  url: string;
  eventTypes: string[];
  secret: string;
  enabled: boolean;
  disabledReason: string | null;
  disabledAt: string | null;
  failedDeliveriesInRow: number;
  positions: Record<string, number>;
  relayVersion: number;
  createdAt: string;
  updatedAt: string;
}

export interface DeliveryRow {
  id: string;
  webhookId: string;
  eventType: string;
  payload: string;
  status: DeliveryStatus;
  attempts: number;
  nextAttemptAt: string | null;
  lastStatusCode: number | null;
  lastError: string | null;
  createdAt: string;
  updatedAt: string;
  deliveredAt: string | null;
}

export interface AttemptRow {
  deliveryId: string;
  number: number;
  at: string;
  statusCode: number | null;
  error: string | null;
  durationMs: number;
}

const iso = (v: unknown): string | null => (v === null || v === undefined ? null : new Date(v as string).toISOString());

const toWebhook = (r: any): WebhookRow => ({
  id: r.id,
  owner: { role: r.owner_role as Role, subject: r.owner_subject, organizationId: r.owner_organization_id ?? null, countryIso3: r.owner_country_iso3 ?? null },
  url: r.url,
  eventTypes: parseJson<string[]>(r.event_types, []),
  secret: r.secret,
  enabled: parseBool(r.enabled),
  disabledReason: r.disabled_reason ?? null,
  disabledAt: iso(r.disabled_at),
  failedDeliveriesInRow: Number(r.failed_deliveries_in_row),
  positions: parseJson<Record<string, number>>(r.positions, {}),
  relayVersion: Number(r.relay_version),
  createdAt: iso(r.created_at)!,
  updatedAt: iso(r.updated_at)!,
});

const toDelivery = (r: any): DeliveryRow => ({
  id: r.id,
  webhookId: r.webhook_id,
  eventType: r.event_type,
  payload: r.payload,
  status: r.status as DeliveryStatus,
  attempts: Number(r.attempts),
  nextAttemptAt: iso(r.next_attempt_at),
  lastStatusCode: r.last_status_code === null || r.last_status_code === undefined ? null : Number(r.last_status_code),
  lastError: r.last_error ?? null,
  createdAt: iso(r.created_at)!,
  updatedAt: iso(r.updated_at)!,
  deliveredAt: iso(r.delivered_at),
});

const toAttempt = (r: any): AttemptRow => ({
  deliveryId: r.delivery_id,
  number: Number(r.number),
  at: iso(r.at)!,
  statusCode: r.status_code === null || r.status_code === undefined ? null : Number(r.status_code),
  error: r.error ?? null,
  durationMs: Number(r.duration_ms),
});

// Newest first, then id: a total order, so pages stay stable while deliveries are added.
const WEBHOOK_ORDER: OrderColumn[] = [
  { column: 'created_at', direction: 'desc', value: (r) => iso(r.created_at) },
  { column: 'id', direction: 'desc', value: (r) => r.id },
];
const DELIVERY_ORDER: OrderColumn[] = [
  { column: 'created_at', direction: 'desc', value: (r) => iso(r.created_at) },
  { column: 'id', direction: 'desc', value: (r) => r.id },
];

export interface NewWebhook {
  owner: Viewer;
  url: string;
  eventTypes: string[];
  secret: string;
  positions: Record<string, number>;
}

export interface NewDelivery {
  eventType: string;
  payload: string;
}

/** What one attempt changed, for recordAttempt. */
export interface AttemptOutcome {
  ok: boolean;
  statusCode: number | null;
  error: string | null;
  durationMs: number;
  at: string;
  /** When the next attempt is due; null when this was the last one (success or out of attempts). */
  nextAttemptAt: string | null;
}

export class WebhookStore {
  constructor(private readonly knex: Knex) {}

  async create(input: NewWebhook): Promise<WebhookRow> {
    const at = now();
    const row = {
      id: randomUUID(),
      owner_subject: input.owner.subject,
      owner_role: input.owner.role,
      owner_organization_id: input.owner.organizationId,
      owner_country_iso3: input.owner.countryIso3,
      url: input.url,
      event_types: JSON.stringify(input.eventTypes),
      secret: input.secret,
      enabled: true,
      disabled_reason: null,
      disabled_at: null,
      failed_deliveries_in_row: 0,
      positions: JSON.stringify(input.positions),
      relay_version: 0,
      created_at: at,
      updated_at: at,
    };
    await this.knex('webhooks').insert(row);
    return toWebhook(row);
  }

  async countByOwner(subject: string): Promise<number> {
    const row = await this.knex('webhooks').where('owner_subject', subject).count({ n: '*' }).first();
    return Number(row?.n ?? 0);
  }

  async get(id: string): Promise<WebhookRow | null> {
    const row = await this.knex('webhooks').where('id', id).first();
    return row ? toWebhook(row) : null;
  }

  listByOwner(subject: string, args: PageArgs): Promise<Connection<WebhookRow>> {
    return paginate(this.knex('webhooks').where('owner_subject', subject), WEBHOOK_ORDER, args, toWebhook);
  }

  /** Deletes a webhook with its deliveries and log (cascade). Answers whether it existed. */
  async delete(id: string): Promise<boolean> {
    return (await this.knex('webhooks').where('id', id).delete()) > 0;
  }

  async enable(id: string): Promise<WebhookRow | null> {
    await this.knex('webhooks').where('id', id).update({ enabled: true, disabled_reason: null, disabled_at: null, failed_deliveries_in_row: 0, updated_at: now() });
    return this.get(id);
  }

  async disable(id: string, reason: string): Promise<void> {
    const at = now();
    await this.knex('webhooks').where('id', id).update({ enabled: false, disabled_reason: reason, disabled_at: at, updated_at: at });
  }

  async enabledWebhooks(): Promise<WebhookRow[]> {
    return (await this.knex('webhooks').where('enabled', true).orderBy('id')).map(toWebhook);
  }

  /** The first page of deliveries of many webhooks at once (`deliveries` under each webhook of a page): two statements. */
  deliveriesOf(webhookIds: readonly string[], args: PageArgs & { status?: DeliveryStatus | null }): Promise<Map<string | number, Connection<DeliveryRow>>> {
    const base = this.knex('webhook_deliveries').select('webhook_deliveries.*', { parent_key: 'webhook_id' });
    if (args.status) base.where('status', args.status);
    return paginateByParent(this.knex, base, 'webhook_id', webhookIds, DELIVERY_ORDER, args, toDelivery);
  }

  /** The attempts of many deliveries in one statement (the delivery log's DataLoader). */
  async attemptsOf(deliveryIds: readonly string[]): Promise<Map<string, AttemptRow[]>> {
    const rows = await this.knex('webhook_delivery_attempts').whereIn('delivery_id', deliveryIds as string[]).orderBy(['delivery_id', 'number']);
    return groupBy(rows.map(toAttempt), (a) => a.deliveryId);
  }

  /**
   * The relay's step for one webhook, in one transaction: the new deliveries and the webhook's new feed positions,
   * on condition that no other relay moved it meanwhile (`relay_version`). Answers the new deliveries' ids, or null
   * when another relay got there first (nothing written).
   */
  async relay(webhook: WebhookRow, deliveries: NewDelivery[], positions: Record<string, number>): Promise<{ id: string; attempts: number; nextAttemptAt: string }[] | null> {
    return this.knex.transaction(async (trx) => {
      const at = now();
      const moved = await trx('webhooks')
        .where({ id: webhook.id, relay_version: webhook.relayVersion })
        .update({ positions: JSON.stringify(positions), relay_version: webhook.relayVersion + 1 });
      if (moved === 0) return null;
      const rows = deliveries.map((d) => ({
        id: randomUUID(),
        webhook_id: webhook.id,
        event_type: d.eventType,
        payload: d.payload,
        status: 'PENDING',
        attempts: 0,
        next_attempt_at: at,
        created_at: at,
        updated_at: at,
      }));
      // Chunked: SQLite allows 999 bound values per statement.
      for (let i = 0; i < rows.length; i += 50) await trx('webhook_deliveries').insert(rows.slice(i, i + 50));
      return rows.map((r) => ({ id: r.id, attempts: 0, nextAttemptAt: at }));
    });
  }

  /** Pending deliveries of enabled webhooks due by `at`, oldest first (the in-process sender's work list). */
  async due(at: string, limit: number, exclude: readonly string[] = []): Promise<{ id: string; attempts: number; nextAttemptAt: string }[]> {
    const query = this.knex('webhook_deliveries as d')
      .join('webhooks as w', 'w.id', 'd.webhook_id')
      .where('d.status', 'PENDING')
      .andWhere('w.enabled', true)
      .andWhere('d.next_attempt_at', '<=', at)
      .orderBy('d.next_attempt_at')
      .orderBy('d.id')
      .limit(limit)
      .select('d.id', 'd.attempts', 'd.next_attempt_at');
    if (exclude.length) query.whereNotIn('d.id', exclude as string[]);
    return (await query).map((r: { id: string; attempts: unknown; next_attempt_at: unknown }) => ({ id: r.id, attempts: Number(r.attempts), nextAttemptAt: iso(r.next_attempt_at)! }));
  }

  /** Makes a webhook's pending deliveries due now (when it is enabled again) and answers them. */
  async resume(webhookId: string): Promise<{ id: string; attempts: number; nextAttemptAt: string }[]> {
    const at = now();
    await this.knex('webhook_deliveries').where({ webhook_id: webhookId, status: 'PENDING' }).update({ next_attempt_at: at });
    const rows = await this.knex('webhook_deliveries').where({ webhook_id: webhookId, status: 'PENDING' }).select('id', 'attempts');
    return rows.map((r: { id: string; attempts: unknown }) => ({ id: r.id, attempts: Number(r.attempts), nextAttemptAt: at }));
  }

  /** A delivery with its webhook, for one attempt. */
  async forAttempt(deliveryId: string): Promise<{ delivery: DeliveryRow; webhook: WebhookRow } | null> {
    const delivery = await this.knex('webhook_deliveries').where('id', deliveryId).first();
    if (!delivery) return null;
    const webhook = await this.knex('webhooks').where('id', delivery.webhook_id).first();
    return webhook ? { delivery: toDelivery(delivery), webhook: toWebhook(webhook) } : null;
  }

  /**
   * Logs one attempt and moves the delivery on, in one transaction: DELIVERED on a 2xx; PENDING with the next attempt's
   * time after a failure; FAILED when it was the last attempt. A delivery that ends FAILED adds one to the webhook's
   * run of failed deliveries (a DELIVERED one resets it) and, at `disableAfter`, disables the webhook.
   * Answers the delivery's new status and whether this attempt disabled the webhook, or null when the webhook was
   * deleted meanwhile.
   */
  async recordAttempt(delivery: DeliveryRow, outcome: AttemptOutcome, disableAfter: number): Promise<{ status: DeliveryStatus; disabled: boolean } | null> {
    return this.knex.transaction(async (trx) => {
      const status: DeliveryStatus = outcome.ok ? 'DELIVERED' : outcome.nextAttemptAt ? 'PENDING' : 'FAILED';
      // The webhook's row first, then the delivery's: the order deleteWebhook's cascade takes them in (PostgreSQL
      // would otherwise see a deadlock between an attempt being recorded and its webhook being deleted).
      const touched = await trx('webhooks')
        .where('id', delivery.webhookId)
        .update({
          failed_deliveries_in_row:
            status === 'DELIVERED' ? 0 : status === 'FAILED' ? trx.raw('failed_deliveries_in_row + 1') : trx.raw('failed_deliveries_in_row'),
        });
      if (touched === 0) return null; // deleted meanwhile, with its deliveries
      const number = delivery.attempts + 1;
      await trx('webhook_delivery_attempts').insert({
        delivery_id: delivery.id,
        number,
        at: outcome.at,
        status_code: outcome.statusCode,
        error: outcome.error,
        duration_ms: outcome.durationMs,
      });
      await trx('webhook_deliveries')
        .where('id', delivery.id)
        .update({
          status,
          attempts: number,
          next_attempt_at: status === 'PENDING' ? outcome.nextAttemptAt : null,
          last_status_code: outcome.statusCode,
          last_error: outcome.error,
          updated_at: outcome.at,
          delivered_at: outcome.ok ? outcome.at : null,
        });
      let disabled = false;
      if (status === 'FAILED') {
        const row = await trx('webhooks').where('id', delivery.webhookId).first('failed_deliveries_in_row', 'enabled');
        if (row && parseBool(row.enabled) && Number(row.failed_deliveries_in_row) >= disableAfter) {
          disabled = true;
          await trx('webhooks')
            .where('id', delivery.webhookId)
            .update({
              enabled: false,
              disabled_at: outcome.at,
              updated_at: outcome.at,
              disabled_reason: `Disabled after ${row.failed_deliveries_in_row} deliveries in a row failed every attempt; the last answer: ${outcome.error ?? 'none'}. Fix the receiver and call enableWebhook: the events since then are delivered.`,
            });
        }
      }
      return { status, disabled };
    });
  }
}
