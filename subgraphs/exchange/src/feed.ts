// The graph-wide change feed: each owning subgraph's feed (GET /changes, read as the caller through a signed identity,
// so every subgraph applies its own visibility) merged into one stream. Behind `Query.changes` and the webhooks' relay.
//
// Order: by time, then subgraph, then sequence, and always in sequence order within one subgraph (a k-way merge of the
// feeds' heads, so a subgraph whose clock put two events out of order still delivers them in commit order).
// Never skip, never repeat: a feed's position in the cursor moves only over the events handed out; only when every
// event a feed returned was handed out does it move to the position the feed reported (which passes over events this
// reader may not see without revealing them). A feed that is down or slow keeps its position and is reported in
// `unavailable`; the others' events still come back.
import type { Config } from '@unmn/shared/config';
import { MAX_CHANGES_PAGE, type ChangeEvent, type ChangePage } from '@unmn/shared/changes';
import { BadUserInputError } from '@unmn/shared/errors';
import { IDENTITY_HEADER, signIdentity, type Viewer } from '@unmn/shared/viewer';
import { canonicalTypes, decodeCursor, encodeCursor, type FeedPosition } from './cursor.js';
import { ENTITY_TYPE_OF, type Source } from './sources.js';

/** One event of the merged feed. */
export interface MergedEvent extends ChangeEvent {
  /** The subgraph whose feed it comes from. */
  subgraph: string;
  /** The cursor right after this event: reading on from it starts with the next one. */
  cursor: string;
}

export interface MergedPage {
  events: MergedEvent[];
  /** Where to read on from: always present, also with no events (the position to poll from). */
  cursor: string;
  /** Whether a feed that answered already holds more events for this reader than this page gave. */
  hasNextPage: boolean;
  /** The feeds that could not be read this time (down, too slow, or an error); their positions did not move. */
  unavailable: { subgraph: string; message: string }[];
}

export interface ReadMergedOptions {
  /** A cursor from an earlier page read with the same `types`; absent: from the beginning of every feed. */
  cursor?: string | null;
  /** At most this many events (1 to 500). */
  first: number;
  /** Recorded type names (`KnowledgeResource`, ...); absent or empty: every type. */
  types?: readonly string[];
}

/** The keys the cursor is signed with (config.auth: IDENTITY_SECRET, and the previous one during a rotation). */
export type FeedKeys = Pick<Config['auth'], 'identitySecret' | 'identitySecretPrevious'>;

export type SourceRead = { source: Source; after: number; page: ChangePage } | { source: Source; after: number; failure: string };

/** Reads the merged feed as `viewer`. Throws BAD_USER_INPUT naming `after`, `first` or `types` for bad input. */
export async function readMerged(sources: readonly Source[], viewer: Viewer, options: ReadMergedOptions, keys: FeedKeys): Promise<MergedPage> {
  const { first } = options;
  if (!Number.isSafeInteger(first) || first < 1 || first > MAX_CHANGES_PAGE) {
    throw new BadUserInputError('first', `must be between 1 and ${MAX_CHANGES_PAGE}; got ${first}`);
  }
  const types = canonicalTypes(options.types ?? []);
  const unknown = types.filter((t) => !(t in ENTITY_TYPE_OF));
  if (unknown.length) throw new BadUserInputError('types', `unknown type ${unknown.map((t) => JSON.stringify(t)).join(', ')}; the feed has ${Object.keys(ENTITY_TYPE_OF).join(', ')}`);
  const start: FeedPosition = options.cursor != null ? decodeCursor(options.cursor, types, keys.identitySecret, keys.identitySecretPrevious) : { positions: {}, types };

  const identity = await signIdentity(viewer, keys.identitySecret);
  const wanted = sources
    .map((source) => ({ source, types: types.length ? source.types.filter((t) => types.includes(t)) : source.types }))
    .filter((s) => s.types.length > 0);
  const reads = await Promise.all(
    wanted.map(({ source, types: sourceTypes }) => readSource(source, identity, start.positions[source.subgraph] ?? 0, first, sourceTypes)),
  );

  const positions = { ...start.positions };
  const cursorHere = () => encodeCursor({ positions, types }, keys.identitySecret);
  const feeds = reads.flatMap((read) => ('page' in read ? [{ subgraph: read.source.subgraph, page: read.page, next: 0 }] : []));
  const events: MergedEvent[] = [];
  while (events.length < first) {
    let pick: (typeof feeds)[number] | undefined;
    let blocked = false;
    for (const feed of feeds) {
      const head = feed.page.events[feed.next];
      // A feed whose batch is used up but which holds more: its next event may be older than every other head.
      if (!head) blocked ||= feed.page.position < feed.page.latest;
      else if (!pick || before({ ...head, subgraph: feed.subgraph }, { ...pick.page.events[pick.next], subgraph: pick.subgraph })) pick = feed;
    }
    if (blocked || !pick) break;
    const event = pick.page.events[pick.next++];
    positions[pick.subgraph] = event.sequence;
    events.push({ ...event, subgraph: pick.subgraph, cursor: cursorHere() });
  }
  let hasNextPage = false;
  for (const feed of feeds) {
    if (feed.next === feed.page.events.length) positions[feed.subgraph] = feed.page.position;
    else hasNextPage = true;
    if (feed.page.position < feed.page.latest) hasNextPage = true;
  }
  return {
    events,
    cursor: cursorHere(),
    hasNextPage,
    unavailable: reads.flatMap((read) => ('failure' in read ? [{ subgraph: read.source.subgraph, message: read.failure }] : [])),
  };
}

const before = (a: ChangeEvent & { subgraph: string }, b: ChangeEvent & { subgraph: string }): boolean =>
  a.time !== b.time ? a.time < b.time : a.subgraph !== b.subgraph ? a.subgraph < b.subgraph : a.sequence < b.sequence;

/** Reads one feed's GET /changes with a signed identity; a feed that is down, slow or answers badly is a `failure`. */
export async function readSource(source: Source, identity: string, after: number, first: number, types: readonly string[]): Promise<SourceRead> {
  const url = new URL(source.url);
  url.searchParams.set('after', String(after));
  url.searchParams.set('first', String(first));
  url.searchParams.set('types', types.join(','));
  let res: Response;
  let body: any;
  try {
    res = await fetch(url, { headers: { [IDENTITY_HEADER]: identity }, signal: AbortSignal.timeout(source.timeoutMs) });
    body = await res.json();
  } catch (error) {
    const reason = (error as Error).name === 'TimeoutError' ? `did not answer within ${source.timeoutMs} ms` : 'could not be reached';
    return { source, after, failure: `The change feed of ${source.subgraph} ${reason}` };
  }
  if (res.status === 400 && body?.error?.argument === 'after') {
    // The position is beyond that feed's newest event: a cursor from another deployment or from before a reset.
    throw new BadUserInputError('after', `the cursor is stale: it is beyond the newest change of ${source.subgraph} (from another deployment, or from before its data was reset); start again without \`after\``);
  }
  if (res.status !== 200 || !Array.isArray(body?.events) || !Number.isSafeInteger(body.position) || !Number.isSafeInteger(body.latest)) {
    return { source, after, failure: `The change feed of ${source.subgraph} answered HTTP ${res.status}${body?.error?.message ? `: ${body.error.message}` : ''}` };
  }
  return { source, after, page: body as ChangePage };
}
