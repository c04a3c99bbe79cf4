// The webhook fields: parse and check the input, apply the policy (src/webhooks/policy.ts), call the store, map rows.
import { ConflictError } from '@unmn/shared/errors';
import type { ExchangeData } from '../context.js';
import { createWebhookLoaders, type WebhookLoaders } from '../data/webhook-loaders.js';
import { WebhookStore, type WebhookRow } from '../data/webhooks.js';
import type { MutationResolvers, QueryResolvers, WebhookDeliveryResolvers, WebhookResolvers } from '../generated/resolvers-types.js';
import { EVENT_TYPES, eventTypeNames, recordedTypesOf } from '../webhooks/event-types.js';
import { ownWebhook, ownsWebhook, webhookOwner } from '../webhooks/policy.js';
import { feedHeads } from '../webhooks/relay.js';
import { webhookServiceOf } from '../webhooks/service.js';
import { newWebhookSecret } from '../webhooks/signing.js';
import { checkWebhookUrl } from '../webhooks/url.js';

/** Webhooks one owner may have: enough for a system per environment and event family, not a fan-out amplifier. */
export const MAX_WEBHOOKS_PER_OWNER = 25;

interface WebhookData {
  store: WebhookStore;
  loaders: WebhookLoaders;
}

// Built on a request's first webhook field, so a `changes` request pays nothing for them; one per request, so the
// loaders' caches never outlive it.
const perRequest = new WeakMap<ExchangeData, WebhookData>();
function webhookData(data: ExchangeData): WebhookData {
  let found = perRequest.get(data);
  if (!found) {
    const store = new WebhookStore(data.db.knex);
    perRequest.set(data, (found = { store, loaders: createWebhookLoaders(store) }));
  }
  return found;
}

/** The graph's own origins, which a webhook may not point at: the gateway (public URL, local port) and each subgraph. */
function selfOrigins(data: ExchangeData): string[] {
  const { config } = data;
  const origins = [`http://localhost:${config.gateway.port}`, `http://${config.host}:${config.gateway.port}`, ...Object.values(config.subgraphs).map((s) => s.url)];
  if (config.publicUrl) origins.push(config.publicUrl);
  return origins;
}

/** What a Webhook field resolves from (codegen's mapper): the row without its secret, relay state and owner. */
export type WebhookModel = Pick<WebhookRow, 'id' | 'url' | 'eventTypes' | 'enabled' | 'disabledReason' | 'disabledAt' | 'createdAt' | 'updatedAt'>;

const toWebhook = (w: WebhookRow): WebhookModel => ({
  id: w.id,
  url: w.url,
  eventTypes: w.eventTypes,
  enabled: w.enabled,
  disabledReason: w.disabledReason,
  disabledAt: w.disabledAt,
  createdAt: w.createdAt,
  updatedAt: w.updatedAt,
});

const Query: Pick<QueryResolvers, 'webhooks' | 'webhook' | 'webhookEventTypes'> = {
  async webhooks(_, args, { data }) {
    const owner = webhookOwner(data.viewer);
    const page = await webhookData(data).store.listByOwner(owner, args);
    return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: toWebhook(e.node) })) };
  },
  async webhook(_, { id }, { data }) {
    webhookOwner(data.viewer);
    const webhook = await webhookData(data).store.get(id);
    return ownsWebhook(data.viewer, webhook) ? toWebhook(webhook) : null;
  },
  webhookEventTypes: () => [...EVENT_TYPES],
};

const Mutation: MutationResolvers = {
  async createWebhook(_, { input }, { data }) {
    const owner = webhookOwner(data.viewer);
    const { store } = webhookData(data);
    // Every check before anything is stored; the feeds are read last, as they cost a request each.
    const url = await checkWebhookUrl(input.url, 'input.url', { production: data.config.env === 'production', selfOrigins: selfOrigins(data) });
    const eventTypes = eventTypeNames(input.eventTypes, 'input.eventTypes');
    if ((await store.countByOwner(owner)) >= MAX_WEBHOOKS_PER_OWNER) {
      throw new ConflictError(`You have ${MAX_WEBHOOKS_PER_OWNER} webhooks, the most one owner may have; delete one first`, { reason: 'WEBHOOK_LIMIT' });
    }
    const positions = await feedHeads(data.sources, data.viewer, recordedTypesOf(eventTypes), data.config.auth);
    const secret = newWebhookSecret();
    const webhook = await store.create({ owner: data.viewer, url, eventTypes, secret, positions });
    webhookServiceOf(data.db)?.wake();
    return { webhook: toWebhook(webhook), secret };
  },
  async deleteWebhook(_, { id }, { data }) {
    const { store } = webhookData(data);
    ownWebhook(data.viewer, id, await store.get(id));
    await store.delete(id);
    return { id };
  },
  async enableWebhook(_, { id }, { data }) {
    const { store } = webhookData(data);
    const webhook = ownWebhook(data.viewer, id, await store.get(id));
    if (webhook.enabled) return toWebhook(webhook);
    const enabled = await store.enable(id);
    const due = await store.resume(id);
    const service = webhookServiceOf(data.db);
    if (service) {
      await service.enqueue(due);
      service.wake();
    }
    return toWebhook(enabled!);
  },
};

const Webhook: WebhookResolvers = {
  deliveries: (webhook, { first, after, status }, { data }) => webhookData(data).loaders.deliveries({ first, after, status: status ?? null }).load(webhook.id),
};

const WebhookDelivery: WebhookDeliveryResolvers = {
  attemptLog: (delivery, _, { data }) => webhookData(data).loaders.attempts.load(delivery.id),
};

export const webhookResolvers = { Query, Mutation, Webhook, WebhookDelivery };
