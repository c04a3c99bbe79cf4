// The change feed's cursor: where the reader is in each subgraph's feed (a vector of per-subgraph sequence positions)
// and the types it was issued for, signed so a client can neither forge a position (and probe what it may not see:
// positions are never secret, but a made-up one would read events the reader already had or pass over ones it did not)
// nor reuse it for other types (a position in a filtered read means "every event of these types up to here", not of
// the others). Opaque to clients: base64url of the JSON, a dot, base64url of its HMAC.
import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';
import { BadUserInputError } from '@unmn/shared/errors';

export interface FeedPosition {
  /** Per subgraph: the last sequence read (passed to its /changes as `after`); 0 or absent: from its beginning. */
  positions: Record<string, number>;
  /** The recorded type names the cursor was issued for, sorted; empty: every type. */
  types: string[];
}

const VERSION = 1;

// A key of its own, derived from IDENTITY_SECRET (which every deployment already has and rotates), so a cursor's MAC
// can never be confused with a signed identity.
const keys = new Map<string, Buffer>();
function keyOf(secret: string): Buffer {
  let key = keys.get(secret);
  if (!key) keys.set(secret, (key = Buffer.from(hkdfSync('sha256', secret, 'unmn-exchange', 'change-feed cursor v1', 32))));
  return key;
}

const mac = (body: string, secret: string) => createHmac('sha256', keyOf(secret)).update(body).digest();

/** The canonical form of a list of types: each once, sorted, so the same set always gives the same cursor. */
export const canonicalTypes = (types: readonly string[]): string[] => [...new Set(types)].sort();

export function encodeCursor(position: FeedPosition, secret: string): string {
  const positions = Object.fromEntries(Object.entries(position.positions).filter(([, p]) => p > 0).sort(([a], [b]) => a.localeCompare(b)));
  const body = Buffer.from(JSON.stringify({ v: VERSION, p: positions, t: canonicalTypes(position.types) })).toString('base64url');
  return `${body}.${mac(body, secret).toString('base64url')}`;
}

const refuse = (why: string) => new BadUserInputError('after', `${why}; pass a pageInfo.endCursor or edge cursor from an earlier answer of \`changes\`, or leave it out to start from the beginning`);

/**
 * Reads a cursor back: refuses (BAD_USER_INPUT naming `after`) one that is malformed, not signed by this deployment
 * (`previous` is the old IDENTITY_SECRET during a rotation), or issued for other types than `types`.
 */
export function decodeCursor(cursor: string, types: readonly string[], secret: string, previous?: string): FeedPosition {
  const [body, signature, extra] = cursor.split('.');
  if (!body || !signature || extra !== undefined) throw refuse('not a change-feed cursor');
  const given = Buffer.from(signature, 'base64url');
  const signedBy = (s: string) => {
    const expected = mac(body, s);
    return given.length === expected.length && timingSafeEqual(given, expected);
  };
  if (!signedBy(secret) && !(previous && signedBy(previous))) throw refuse('not a cursor this graph issued (altered, or from another deployment)');
  let payload: { v?: unknown; p?: unknown; t?: unknown };
  try {
    payload = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
  } catch {
    throw refuse('not a change-feed cursor');
  }
  const positions = payload.p as Record<string, unknown>;
  if (
    payload.v !== VERSION ||
    typeof positions !== 'object' ||
    positions === null ||
    !Object.values(positions).every((p) => Number.isSafeInteger(p) && (p as number) >= 0) ||
    !Array.isArray(payload.t) ||
    !payload.t.every((t) => typeof t === 'string')
  ) {
    throw refuse('not a change-feed cursor');
  }
  const issuedFor = canonicalTypes(payload.t as string[]);
  const asked = canonicalTypes(types);
  if (issuedFor.join(',') !== asked.join(',')) {
    throw new BadUserInputError('after', 'this cursor was issued for other `types` than these: a position is only meaningful for the types it was read with; keep one cursor per set of types');
  }
  return { positions: positions as Record<string, number>, types: issuedFor };
}
