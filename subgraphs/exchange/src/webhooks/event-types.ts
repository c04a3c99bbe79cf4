// The events a webhook can subscribe to: `<entity>.<kind>` in snake case, e.g. `fund_project.updated`, one for each
// entity type the subgraphs record (the contract in shared/changes.ts) and each kind a reader can be told, LEFT_VIEW
// included (a record the owner could see stopped being visible to it). `<entity>.*` subscribes to every kind of one
// entity. The names are strings rather than a GraphQL enum so that a webhook registered for an entity added later
// keeps working in clients generated before it, and so an unknown name is refused naming its place in the input.
import { CHANGE_KINDS, type ChangeKind } from '@unmn/shared/changes';
import { BadUserInputError } from '@unmn/shared/errors';
import { list } from '@unmn/shared/validate';
import { ENTITY_TYPES, type RecordedType } from '../sources.js';

/** The type names the subgraphs record in their change feeds, in the schema's ChangeEntityType order. */
const RECORDED_TYPES: readonly RecordedType[] = Object.values(ENTITY_TYPES);

/** `FundProject` -> `fund_project`. */
export const entityName = (type: string): string => type.replace(/(?<=[a-z0-9])([A-Z])/g, '_$1').toLowerCase();

/** The event type of one change: `fund_project.updated`. */
export const eventTypeOf = (type: string, kind: ChangeKind): string => `${entityName(type)}.${kind.toLowerCase()}`;

/** Every event type a webhook may name, in a stable order (entities as recorded, then kinds). */
export const EVENT_TYPES: readonly string[] = RECORDED_TYPES.flatMap((type) => CHANGE_KINDS.map((kind) => eventTypeOf(type, kind)));

const ENTITY_BY_NAME = new Map<string, RecordedType>(RECORDED_TYPES.map((t) => [entityName(t), t]));
const KNOWN = new Set(EVENT_TYPES);

/** Checks one subscription (`fund_project.updated` or `fund_project.*`) and answers it lower-cased and trimmed. */
export function eventTypeName(value: string, path: string): string {
  const name = value.trim().toLowerCase();
  const [entity, kind] = name.split('.');
  if (KNOWN.has(name) || (kind === '*' && ENTITY_BY_NAME.has(entity))) return name;
  throw new BadUserInputError(
    path,
    `${JSON.stringify(value)} is not an event type; use <entity>.<kind> or <entity>.*, where entity is one of ` +
      `${[...ENTITY_BY_NAME.keys()].join(', ')} and kind one of ${CHANGE_KINDS.map((k) => k.toLowerCase()).join(', ')} (Query.webhookEventTypes lists them)`,
  );
}

export const eventTypeNames = (values: readonly string[], path: string): string[] =>
  list(values, path, eventTypeName, { required: true, unique: true, noun: 'event type, e.g. "fund_project.updated"' });

/** The recorded entity types a set of subscriptions needs read from the feeds (so the relay asks only for those). */
export function recordedTypesOf(subscriptions: readonly string[]): RecordedType[] {
  const wanted = new Set(subscriptions.map((s) => ENTITY_BY_NAME.get(s.split('.')[0])!));
  return RECORDED_TYPES.filter((t) => wanted.has(t));
}

/** Whether a webhook subscribed to `subscriptions` wants this event type. */
export function subscribed(subscriptions: readonly string[], eventType: string): boolean {
  const entity = eventType.split('.')[0];
  return subscriptions.some((s) => s === eventType || s === `${entity}.*`);
}
