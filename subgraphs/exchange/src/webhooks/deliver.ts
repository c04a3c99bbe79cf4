// One attempt of one delivery, the same on every queue: load it, sign it for this attempt, POST it, log the answer
// and decide what follows (src/data/webhooks.ts recordAttempt). The delivery's id is its `webhook-id` on every attempt,
// so a receiver that got an attempt whose answer was lost, and then the retry, can drop the second.
import type { Config } from '@unmn/shared/config';
import type { Logger } from '@unmn/shared/logger';
import type { DeliveryStatus, WebhookStore } from '../data/webhooks.js';
import { retryDelayMs } from './backoff.js';
import { postDelivery } from './send.js';
import { signDelivery } from './signing.js';

export interface AttemptSettings {
  webhooks: Config['webhooks'];
  production: boolean;
}

export const attemptSettingsOf = (config: Config): AttemptSettings => ({ webhooks: config.webhooks, production: config.env === 'production' });

/**
 * Makes the next attempt of a PENDING delivery. Answers its status afterwards with the time of the next attempt, or
 * null when there was nothing to do: the delivery is gone (its webhook deleted), no longer pending (another worker
 * finished it), or its webhook is disabled (enabling it makes its pending deliveries due again).
 */
export async function attemptDelivery(
  store: WebhookStore,
  deliveryId: string,
  settings: AttemptSettings,
  logger: Logger,
): Promise<{ status: DeliveryStatus; attempts: number; nextAttemptAt: string | null } | null> {
  const found = await store.forAttempt(deliveryId);
  if (!found || found.delivery.status !== 'PENDING' || !found.webhook.enabled) return null;
  const { delivery, webhook } = found;
  const at = new Date();
  const headers = signDelivery(webhook.secret, delivery.id, delivery.payload, at);
  const result = await postDelivery(webhook.url, delivery.payload, headers, { timeoutMs: settings.webhooks.timeoutMs, production: settings.production });
  const number = delivery.attempts + 1;
  const last = result.ok || number >= settings.webhooks.maxAttempts;
  const nextAttemptAt = last ? null : new Date(Date.now() + retryDelayMs(number, settings.webhooks.retryDelaySeconds)).toISOString();
  const recorded = await store.recordAttempt(
    delivery,
    { ok: result.ok, statusCode: result.statusCode, error: result.error, durationMs: result.durationMs, at: at.toISOString(), nextAttemptAt },
    settings.webhooks.disableAfter,
  );
  if (!recorded) return null; // the webhook was deleted while the attempt was in flight
  const { status, disabled } = recorded;
  if (!result.ok) {
    logger.info({ webhookId: webhook.id, deliveryId: delivery.id, attempt: number, status, error: result.error }, 'webhook delivery attempt failed');
  }
  if (disabled) logger.warn({ webhookId: webhook.id }, `webhook disabled after ${settings.webhooks.disableAfter} failed deliveries in a row`);
  return { status, attempts: number, nextAttemptAt: status === 'PENDING' ? nextAttemptAt : null };
}
