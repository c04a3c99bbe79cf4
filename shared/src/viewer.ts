// Who is asking. The gateway verifies the client's bearer token and forwards the identity to subgraphs as a short-lived
// JWT signed with IDENTITY_SECRET in the `x-viewer` header; subgraphs trust only that signature, never raw claims.
import { SignJWT, jwtVerify, errors as joseErrors } from 'jose';
import { LRUCache } from 'lru-cache';
import { UnauthenticatedError } from './errors.js';

export const ROLES = ['anonymous', 'member', 'country', 'secretariat', 'fund-manager', 'steering-committee'] as const;
export type Role = (typeof ROLES)[number];

/**
 * The schema's `Role` enum value for each role, for every subgraph that exposes one. `satisfies` makes a role added to
 * ROLES without its value fail to compile here; a value missing from a subgraph's enum fails in that resolver.
 */
export const ROLE_ENUM = {
  anonymous: 'ANONYMOUS',
  member: 'MEMBER',
  country: 'COUNTRY',
  secretariat: 'SECRETARIAT',
  'fund-manager': 'FUND_MANAGER',
  'steering-committee': 'STEERING_COMMITTEE',
} as const satisfies Record<Role, string>;

export interface Viewer {
  role: Role;
  /** Token subject (a user id in the identity provider); null for anonymous. */
  subject: string | null;
  /** Organization id (e.g. `iom`) for the member role. */
  organizationId: string | null;
  /** ISO 3166-1 alpha-3 code for the country role. */
  countryIso3: string | null;
}

export const ANONYMOUS: Viewer = Object.freeze({ role: 'anonymous', subject: null, organizationId: null, countryIso3: null });

export const IDENTITY_HEADER = 'x-viewer';
export const REQUEST_ID_HEADER = 'x-request-id';
const IDENTITY_AUDIENCE = 'un-migration-network-subgraphs';
const IDENTITY_ISSUER = 'un-migration-network-gateway';

/** Checks that a set of claims makes a coherent viewer; returns the problem or null. */
export function viewerProblem(claims: Record<string, unknown>): string | null {
  const role = claims.role;
  if (typeof role !== 'string' || !(ROLES as readonly string[]).includes(role) || role === 'anonymous') {
    return `claim "role" must be one of ${ROLES.filter((r) => r !== 'anonymous').join(', ')}; got ${JSON.stringify(role)}`;
  }
  if (role === 'member' && (typeof claims.org !== 'string' || !/^[a-z0-9-]+$/.test(claims.org))) {
    return 'role "member" needs claim "org": the organization id, e.g. "iom"';
  }
  if (role === 'country' && (typeof claims.country !== 'string' || !/^[A-Z]{3}$/.test(claims.country))) {
    return 'role "country" needs claim "country": an ISO 3166-1 alpha-3 code, e.g. "MEX"';
  }
  return null;
}

export function viewerFromClaims(claims: Record<string, unknown>): Viewer {
  return {
    role: claims.role as Role,
    subject: typeof claims.sub === 'string' ? claims.sub : null,
    organizationId: claims.role === 'member' ? (claims.org as string) : null,
    countryIso3: claims.role === 'country' ? (claims.country as string) : null,
  };
}

const key = (secret: string) => new TextEncoder().encode(secret);

/** How long a signed identity is valid for. */
export const IDENTITY_TTL_SECONDS = 60;

const seconds = () => Math.floor(Date.now() / 1000);

async function sign(viewer: Viewer, secretKey: Uint8Array, issuedAt: number, ttlSeconds: number): Promise<string> {
  return new SignJWT({ role: viewer.role, org: viewer.organizationId, country: viewer.countryIso3 })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(viewer.subject ?? 'anonymous')
    .setIssuer(IDENTITY_ISSUER)
    .setAudience(IDENTITY_AUDIENCE)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + ttlSeconds)
    .sign(secretKey);
}

/** Sign the verified viewer for subgraph requests (valid for IDENTITY_TTL_SECONDS). One-off use: tests, scripts. */
export async function signIdentity(viewer: Viewer, secret: string): Promise<string> {
  return sign(viewer, key(secret), seconds(), IDENTITY_TTL_SECONDS);
}

export interface IdentitySignerOptions {
  /** Validity of each signed identity. */
  ttlSeconds?: number;
  /**
   * How long one signed identity is handed out again. Must leave time before expiry for the request to reach every
   * subgraph: a token given out at the end of the window still has ttlSeconds - reuseSeconds to live.
   */
  reuseSeconds?: number;
  /** Distinct viewers kept (least recently used dropped first). */
  max?: number;
}

/**
 * Gateway side: signs each distinct viewer once and hands the same identity out again for `reuseSeconds`, instead of
 * an HMAC signature per request. Concurrent first requests of one viewer share one signing.
 */
export function createIdentitySigner(secret: string, { ttlSeconds = IDENTITY_TTL_SECONDS, reuseSeconds = 30, max = 10_000 }: IdentitySignerOptions = {}) {
  if (!(reuseSeconds >= 0 && reuseSeconds < ttlSeconds)) {
    throw new Error(`Identity reuse window (${reuseSeconds} s) must be at least 0 and shorter than its validity (${ttlSeconds} s)`);
  }
  const secretKey = key(secret);
  const cache = new LRUCache<string, { token: Promise<string>; reuseUntil: number }>({ max });
  return (viewer: Viewer): Promise<string> => {
    // Every claim the identity carries is in the key, so two viewers share an identity only if it says the same.
    const id = JSON.stringify([viewer.role, viewer.subject, viewer.organizationId, viewer.countryIso3]);
    const now = seconds();
    const cached = cache.get(id);
    if (cached && now < cached.reuseUntil) return cached.token;
    const token = sign(viewer, secretKey, now, ttlSeconds);
    cache.set(id, { token, reuseUntil: now + reuseSeconds });
    token.catch(() => cache.peek(id)?.token === token && cache.delete(id));
    return token;
  };
}

export interface IdentityVerifierOptions {
  /** Distinct identity headers kept (least recently used dropped first). */
  max?: number;
}

/**
 * Subgraph side: verify the gateway's signature and rebuild the viewer. Throws UnauthenticatedError otherwise.
 * `previous` is the old secret during a rotation (IDENTITY_SECRET_PREVIOUS): accepted, never used to sign.
 * A header that verified is remembered with its expiry, so the gateway's reused identity costs one HMAC check per
 * subgraph, not one per request; a remembered header past its `exp` is verified again (and so refused as expired).
 */
export function createIdentityVerifier(secret: string, previous?: string, { max = 10_000 }: IdentityVerifierOptions = {}) {
  const keys = { current: key(secret), previous: previous ? key(previous) : undefined };
  const verified = new LRUCache<string, { viewer: Viewer; exp: number }>({ max });
  const options = { algorithms: ['HS256'], issuer: IDENTITY_ISSUER, audience: IDENTITY_AUDIENCE };
  return async (header: string): Promise<Viewer> => {
    const hit = verified.get(header);
    // jose's own rule: a token is expired once the current second reaches `exp`.
    if (hit && seconds() < hit.exp) return hit.viewer;
    try {
      const { payload } = await jwtVerify(header, keys.current, options).catch((error) => {
        if (keys.previous && error instanceof joseErrors.JWSSignatureVerificationFailed) return jwtVerify(header, keys.previous, options);
        throw error;
      });
      let viewer: Viewer = ANONYMOUS;
      if (payload.role !== 'anonymous') {
        const problem = viewerProblem(payload);
        if (problem) throw new UnauthenticatedError(`Identity header rejected: ${problem}`);
        // Frozen: the same object now serves every request carrying this header.
        viewer = Object.freeze(viewerFromClaims(payload));
      }
      // The gateway always sets `exp`; an identity without one is not remembered.
      if (typeof payload.exp === 'number') verified.set(header, { viewer, exp: payload.exp });
      else verified.delete(header);
      return viewer;
    } catch (error) {
      verified.delete(header);
      if (error instanceof UnauthenticatedError) throw error;
      const reason =
        error instanceof joseErrors.JWTExpired
          ? 'it has expired'
          : error instanceof joseErrors.JOSEError
            ? `it is not validly signed by the gateway (${error.code})`
            : 'it is not a signed identity';
      throw new UnauthenticatedError(`Identity header ${IDENTITY_HEADER} rejected: ${reason}. Send requests through the gateway.`);
    }
  };
}

// One verifier per secret pair, so subgraphs calling verifyIdentity with their configuration share its cache. A
// process holds one or two pairs (a handful in tests); the bound only guards against misuse.
const verifiers = new LRUCache<string, ReturnType<typeof createIdentityVerifier>>({ max: 16 });

/** createIdentityVerifier for this secret pair, kept for the process. */
export async function verifyIdentity(header: string, secret: string, previous?: string): Promise<Viewer> {
  const id = JSON.stringify([secret, previous ?? null]);
  let verify = verifiers.get(id);
  if (!verify) verifiers.set(id, (verify = createIdentityVerifier(secret, previous)));
  return verify(header);
}

/** The same type under a name that does not clash with the schema's generated `Viewer` type. */
export type ViewerModel = Viewer;
