// Per-request DataLoaders for the webhook types: a page of webhooks with their deliveries and each delivery's attempts
// costs a constant number of statements, however many rows come back.
import { emptyConnection, type Connection, type PageArgs } from '@unmn/shared/pagination';
import { loaderFromMap, loaderPerArgs } from '@unmn/shared/loaders';
import type { AttemptRow, DeliveryRow, DeliveryStatus, WebhookStore } from './webhooks.js';

export function createWebhookLoaders(store: WebhookStore) {
  return {
    deliveries: loaderPerArgs<PageArgs & { status?: DeliveryStatus | null }, string, Connection<DeliveryRow>>(
      (args, ids) => store.deliveriesOf(ids, args) as Promise<Map<string, Connection<DeliveryRow>>>,
      () => emptyConnection<DeliveryRow>(),
    ),
    attempts: loaderFromMap<string, AttemptRow[]>((ids) => store.attemptsOf(ids), () => []),
  };
}
export type WebhookLoaders = ReturnType<typeof createWebhookLoaders>;
