// Who is asking. The gateway verifies the client's bearer token and forwards the identity to subgraphs as a short-lived
// JWT signed with IDENTITY_SECRET in the `x-viewer` header; subgraphs trust only that signature, never raw claims.
import { SignJWT, jwtVerify, errors as joseErrors } from 'jose';
import { UnauthenticatedError } from './errors.js';

export const ROLES = ['anonymous', 'member', 'country', 'secretariat', 'fund-manager', 'steering-committee'] as const;
export type Role = (typeof ROLES)[number];

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

/** Gateway side: sign the verified viewer for one subgraph request (valid for a minute). */
export async function signIdentity(viewer: Viewer, secret: string): Promise<string> {
  return new SignJWT({ role: viewer.role, org: viewer.organizationId, country: viewer.countryIso3 })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(viewer.subject ?? 'anonymous')
    .setIssuer(IDENTITY_ISSUER)
    .setAudience(IDENTITY_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime('60s')
    .sign(key(secret));
}

/**
 * Subgraph side: verify the gateway's signature and rebuild the viewer. Throws UnauthenticatedError otherwise.
 * `previous` is the old secret during a rotation (IDENTITY_SECRET_PREVIOUS): accepted, never used to sign.
 */
export async function verifyIdentity(header: string, secret: string, previous?: string): Promise<Viewer> {
  const options = { algorithms: ['HS256'], issuer: IDENTITY_ISSUER, audience: IDENTITY_AUDIENCE };
  try {
    const { payload } = await jwtVerify(header, key(secret), options).catch((error) => {
      if (previous && error instanceof joseErrors.JWSSignatureVerificationFailed) return jwtVerify(header, key(previous), options);
      throw error;
    });
    if (payload.role === 'anonymous') return ANONYMOUS;
    const problem = viewerProblem(payload);
    if (problem) throw new UnauthenticatedError(`Identity header rejected: ${problem}`);
    return viewerFromClaims(payload);
  } catch (error) {
    if (error instanceof UnauthenticatedError) throw error;
    const reason =
      error instanceof joseErrors.JWTExpired
        ? 'it has expired'
        : error instanceof joseErrors.JOSEError
          ? `it is not validly signed by the gateway (${error.code})`
          : 'it is not a signed identity';
    throw new UnauthenticatedError(`Identity header ${IDENTITY_HEADER} rejected: ${reason}. Send requests through the gateway.`);
  }
}

/** The same type under a name that does not clash with the schema's generated `Viewer` type. */
export type ViewerModel = Viewer;
