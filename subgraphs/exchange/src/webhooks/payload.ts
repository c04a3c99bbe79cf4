// What a delivery carries: the Standard Webhooks envelope `{ type, timestamp, data }` around one change of the feed,
// exactly what `Query.changes` shows the owner for it (type, id, kind, version, time, subgraph), and nothing of the
// record itself: a receiver that wants the record reads it through the graph with its own token, and gets what that
// token may see. So a delivery can hold no field the owner's role may not read.
import type { MergedEvent } from '../feed.js';
import { ENTITY_TYPE_OF } from '../sources.js';
import { eventTypeOf } from './event-types.js';

export interface DeliveryPayload {
  /** The event type, e.g. `fund_project.updated`. */
  type: string;
  /** When the change was committed. */
  timestamp: string;
  data: { type: string; id: string; kind: string; version: number; time: string; subgraph: string };
}

export function payloadOf(event: MergedEvent): DeliveryPayload {
  return {
    type: eventTypeOf(event.type, event.kind),
    timestamp: event.time,
    data: { type: ENTITY_TYPE_OF[event.type], id: event.id, kind: event.kind, version: event.version, time: event.time, subgraph: event.subgraph },
  };
}
