// Standard Webhooks (standardwebhooks.com): each endpoint has its own secret, `whsec_` + base64 of 32 random bytes,
// shown to its owner once (createWebhook) and kept by the exchange, which must have it to sign every attempt. The
// signature covers `<webhook-id>.<webhook-timestamp>.<body>`; the timestamp is the attempt's, so a receiver's
// replay window (5 minutes in the reference libraries) holds for retries too, while webhook-id stays the delivery's
// own across every attempt (receivers deduplicate by it).
import { randomBytes } from 'node:crypto';
import { Webhook } from 'standardwebhooks';

export const newWebhookSecret = (): string => `whsec_${randomBytes(32).toString('base64')}`;

export interface SignedHeaders {
  'webhook-id': string;
  'webhook-timestamp': string;
  'webhook-signature': string;
}

/** The three Standard Webhooks headers for one attempt of one delivery. */
export function signDelivery(secret: string, deliveryId: string, body: string, at = new Date()): SignedHeaders {
  return {
    'webhook-id': deliveryId,
    'webhook-timestamp': String(Math.floor(at.getTime() / 1000)),
    'webhook-signature': new Webhook(secret).sign(deliveryId, at, body),
  };
}
