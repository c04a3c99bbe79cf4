// Verifies client bearer tokens at the gateway: access tokens from an OpenID Connect issuer (OIDC_ISSUER, keys found
// through its discovery document and re-fetched on rotation), HS256 with a shared secret (development default), or
// RS/ES/EdDSA with a public key file or a local JWKS file. The verified viewer is re-signed for subgraphs
// (shared/viewer.ts).
import fs from 'node:fs';
import { createPublicKey } from 'node:crypto';
import {
  createLocalJWKSet,
  createRemoteJWKSet,
  jwtVerify,
  decodeJwt,
  decodeProtectedHeader,
  type JWK,
  type JWTPayload,
  type JWTVerifyGetKey,
  type CryptoKey,
  errors as joseErrors,
} from 'jose';
import type { ClaimMapping, Config } from '@unmn/shared/config';
import { UnauthenticatedError } from '@unmn/shared/errors';
import { ANONYMOUS, ROLES, viewerFromClaims, viewerProblem, type Viewer } from '@unmn/shared/viewer';

type Key = Uint8Array | CryptoKey | JWTVerifyGetKey;

export interface TokenVerifier {
  (authorization: string | undefined): Promise<Viewer>;
  /** With OIDC_ISSUER: 'ready', or why the issuer's keys are not usable (for the gateway's /ready). */
  issuerStatus?: () => Promise<string>;
}

const ASYMMETRIC = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA'];

/** A key the gateway can verify a signature with: a public signing key of a family and algorithm it accepts. */
const usable = (key: JWK) =>
  ['RSA', 'EC', 'OKP'].includes(key.kty ?? '') && key.use !== 'enc' && (!key.alg || ASYMMETRIC.includes(key.alg)) && (!key.key_ops || key.key_ops.includes('verify'));

/**
 * One OpenID Connect issuer: its discovery document is read on first use (not at start-up, so a provider that is down
 * does not stop the gateway), then jose's remote JWKS keeps its keys: cached for OIDC_JWKS_CACHE_MS, fetched again when
 * a token names a key id not in the cache (at most once per OIDC_JWKS_COOLDOWN_MS), each fetch bounded by
 * OIDC_JWKS_TIMEOUT_MS. Until discovery succeeds every token from the issuer is refused with the reason.
 */
export class OidcIssuer {
  private jwks?: ReturnType<typeof createRemoteJWKSet>;
  private jwksUri?: string;
  private pending?: Promise<ReturnType<typeof createRemoteJWKSet>>;
  private failure?: { at: number; message: string };

  constructor(private readonly oidc: NonNullable<Config['auth']['oidc']>) {}

  get issuer() {
    return this.oidc.issuer;
  }

  /** The key resolver, discovering the issuer first if needed; throws Error naming what is wrong. */
  async keys(): Promise<JWTVerifyGetKey> {
    if (this.jwks) return this.jwks;
    // A provider that is down is asked again at most once a second, not on every request.
    if (this.failure && Date.now() - this.failure.at < 1000) throw new Error(this.failure.message);
    this.pending ??= this.discover().finally(() => (this.pending = undefined));
    return this.pending;
  }

  /** 'ready', or the problem: the issuer does not answer, publishes no JWKS, or no key in it is usable. */
  async status(): Promise<string> {
    try {
      const jwks = (await this.keys()) as ReturnType<typeof createRemoteJWKSet>;
      if (!jwks.fresh) await jwks.reload();
      this.checkUsable(jwks.jwks());
      return 'ready';
    } catch (error) {
      return (error as Error).message;
    }
  }

  private async discover() {
    const { issuer, jwksTimeoutMs } = this.oidc;
    const where = `${issuer.replace(/\/+$/, '')}/.well-known/openid-configuration`;
    try {
      let document: { issuer?: unknown; jwks_uri?: unknown };
      try {
        const res = await fetch(where, { signal: AbortSignal.timeout(jwksTimeoutMs), headers: { accept: 'application/json' } });
        if (!res.ok) throw new Error(`answered HTTP ${res.status}`);
        document = (await res.json()) as typeof document;
      } catch (error) {
        const e = error as Error & { cause?: NodeJS.ErrnoException };
        const detail = e.name === 'TimeoutError' ? `no answer within ${jwksTimeoutMs} ms` : (e.cause?.code ?? e.cause?.message ?? e.message);
        throw new Error(`OIDC_ISSUER ${issuer}: discovery document ${where} could not be read (${detail})`);
      }
      // OpenID Connect Discovery 4.3: the document must name the very issuer it was fetched for.
      if (document.issuer !== issuer) throw new Error(`OIDC_ISSUER ${issuer}: its discovery document names issuer ${JSON.stringify(document.issuer)}; they must be identical`);
      if (typeof document.jwks_uri !== 'string' || !URL.canParse(document.jwks_uri)) {
        throw new Error(`OIDC_ISSUER ${issuer}: its discovery document has no jwks_uri, so there are no keys to verify tokens with`);
      }
      const jwks = createRemoteJWKSet(new URL(document.jwks_uri), {
        timeoutDuration: jwksTimeoutMs,
        cooldownDuration: this.oidc.jwksCooldownMs,
        cacheMaxAge: this.oidc.jwksCacheMs,
      });
      this.jwksUri = document.jwks_uri;
      try {
        await jwks.reload();
      } catch (error) {
        throw new Error(`OIDC_ISSUER ${issuer}: JWKS ${document.jwks_uri} could not be fetched (${jwksProblem(error, jwksTimeoutMs)})`);
      }
      this.checkUsable(jwks.jwks());
      this.jwks = jwks;
      this.failure = undefined;
      return jwks;
    } catch (error) {
      this.failure = { at: Date.now(), message: (error as Error).message };
      throw error;
    }
  }

  private checkUsable(set: { keys: JWK[] } | undefined) {
    const keys = set?.keys ?? [];
    if (keys.some(usable)) return;
    const found = keys.map((k) => `${k.kty ?? '?'}${k.use ? `/${k.use}` : ''}${k.alg ? `/${k.alg}` : ''}`).join(', ') || 'none';
    throw new Error(
      `OIDC_ISSUER ${this.oidc.issuer}: JWKS ${this.jwksUri} has no usable signing key (keys found: ${found}; expected RSA, EC or OKP keys for ${ASYMMETRIC.join(', ')}, not for encryption)`,
    );
  }
}

function jwksProblem(error: unknown, timeoutMs: number): string {
  if (error instanceof joseErrors.JWKSTimeout) return `no answer within ${timeoutMs} ms`;
  if (error instanceof joseErrors.JWKSInvalid) return 'the answer is not a JSON Web Key Set';
  const e = error as Error & { cause?: NodeJS.ErrnoException };
  return e.cause?.code ?? e.message;
}

/** A claim by dotted path (`realm_access.roles`); claim names with dots are read whole first. */
function claimAt(claims: Record<string, unknown>, path: string): unknown {
  if (path in claims) return claims[path];
  return path.split('.').reduce<unknown>((value, part) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[part] : undefined), claims);
}

const GRANTABLE = ROLES.filter((r) => r !== 'anonymous') as string[];

/**
 * The provider's claims as the graph's (`role`, `org`, `country`, `sub`) through OIDC_CLAIMS; throws naming the
 * provider's claim that is missing or maps to nothing.
 */
export function mapClaims(payload: JWTPayload, mapping: ClaimMapping): Record<string, unknown> {
  const raw = claimAt(payload, mapping.role);
  if (raw === undefined || raw === null) {
    throw new UnauthenticatedError(`Invalid bearer token: claim "${mapping.role}" is missing; it gives the viewer's role (OIDC_CLAIMS "role")`);
  }
  const values = Array.isArray(raw) ? raw : [raw];
  const roleOf = (value: unknown) => (typeof value !== 'string' ? undefined : mapping.roles ? mapping.roles[value] : GRANTABLE.includes(value) ? value : undefined);
  const role = values.map(roleOf).find(Boolean);
  if (!role) {
    const expected = mapping.roles ? `OIDC_CLAIMS "roles" maps ${Object.keys(mapping.roles).map((v) => JSON.stringify(v)).join(', ')}` : `expected one of ${GRANTABLE.join(', ')}`;
    throw new UnauthenticatedError(`Invalid bearer token: claim "${mapping.role}" is ${JSON.stringify(raw)}, which maps to no role (${expected})`);
  }
  return { sub: payload.sub, role, org: claimAt(payload, mapping.organization), country: claimAt(payload, mapping.country) };
}

export async function createTokenVerifier(config: Config): Promise<TokenVerifier> {
  const { auth } = config;
  const oidc = auth.oidc ? new OidcIssuer(auth.oidc) : undefined;
  let key: Key;
  let algorithms: string[];
  // During a rotation the old HS256 secret (JWT_SECRET_PREVIOUS) still verifies tokens issued before the switch.
  const previousKey = auth.jwtSecretPrevious && !auth.jwtJwksFile && !auth.jwtPublicKeyFile ? new TextEncoder().encode(auth.jwtSecretPrevious) : undefined;
  if (auth.jwtJwksFile) {
    key = createLocalJWKSet(JSON.parse(fs.readFileSync(auth.jwtJwksFile, 'utf8')));
    algorithms = ['RS256', 'RS384', 'RS512', 'PS256', 'ES256', 'ES384', 'EdDSA'];
  } else if (auth.jwtPublicKeyFile) {
    // The key's own type decides the algorithm family, so an RS256 token cannot be replayed as HS256 with the key.
    const publicKey = createPublicKey(fs.readFileSync(auth.jwtPublicKeyFile, 'utf8'));
    const type = publicKey.asymmetricKeyType;
    algorithms =
      type === 'rsa' ? ['RS256', 'RS384', 'RS512'] : type === 'rsa-pss' ? ['PS256', 'PS384', 'PS512']
        : type === 'ec' ? [{ 'prime256v1': 'ES256', 'secp384r1': 'ES384', 'secp521r1': 'ES512' }[publicKey.asymmetricKeyDetails?.namedCurve ?? ''] ?? 'ES256']
          : ['EdDSA'];
    key = publicKey as unknown as CryptoKey;
  } else if (auth.jwtSecret) {
    key = new TextEncoder().encode(auth.jwtSecret);
    algorithms = ['HS256'];
  } else {
    // OIDC_ISSUER alone (production): no local key, so every token not from the issuer is refused.
    key = new Uint8Array();
    algorithms = [];
  }

  const verifyOidc = async (token: string, issuer: OidcIssuer, mapping: ClaimMapping): Promise<Viewer> => {
    let keys: JWTVerifyGetKey;
    try {
      keys = await issuer.keys();
    } catch (error) {
      throw new UnauthenticatedError(`Invalid bearer token: its issuer cannot be checked now: ${(error as Error).message}`);
    }
    const { payload } = await jwtVerify(token, keys, { issuer: issuer.issuer, audience: auth.oidc!.audience, algorithms: ASYMMETRIC });
    const claims = mapClaims(payload, mapping);
    // viewerProblem speaks of the graph's claim names; the operator needs the provider's.
    const problem = viewerProblem(claims)
      ?.replace('claim "org"', `claim "${mapping.organization}"`)
      .replace('claim "country"', `claim "${mapping.country}"`);
    if (problem) throw new UnauthenticatedError(`Invalid bearer token: ${problem}`);
    return viewerFromClaims(claims);
  };

  const verify: TokenVerifier = async (authorization) => {
    if (!authorization) return ANONYMOUS;
    const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
    if (!match) throw new UnauthenticatedError('Authorization header must be "Bearer <token>"');
    const token = match[1];
    try {
      const header = decodeProtectedHeader(token);
      if (oidc && header.alg !== 'HS256') {
        const { iss } = decodeJwt(token);
        if (iss === oidc.issuer) return await verifyOidc(token, oidc, auth.oidc!.claims);
        // Without a local key, only the issuer's tokens (and development HS256 ones) can be accepted.
        if (!auth.jwtJwksFile && !auth.jwtPublicKeyFile) {
          throw new UnauthenticatedError(`Invalid bearer token: issuer ${JSON.stringify(iss ?? null)} is not accepted (OIDC_ISSUER is ${oidc.issuer})`);
        }
      }
      if (!header.alg || !algorithms.includes(header.alg)) {
        throw new UnauthenticatedError(`Invalid bearer token: algorithm ${header.alg ?? 'none'} is not accepted (expected ${algorithms.join(', ') || `tokens from OIDC_ISSUER`})`);
      }
      const options = {
        algorithms,
        ...(auth.jwtIssuer ? { issuer: auth.jwtIssuer } : {}),
        ...(auth.jwtAudience ? { audience: auth.jwtAudience } : {}),
      };
      const { payload } = await jwtVerify(token, key as any, options).catch((error) => {
        if (previousKey && error instanceof joseErrors.JWSSignatureVerificationFailed) return jwtVerify(token, previousKey, options);
        throw error;
      });
      const problem = viewerProblem(payload);
      if (problem) throw new UnauthenticatedError(`Invalid bearer token: ${problem}`);
      return viewerFromClaims(payload);
    } catch (error) {
      if (error instanceof UnauthenticatedError) throw error;
      const reason =
        error instanceof joseErrors.JWTExpired ? 'it has expired'
          : error instanceof joseErrors.JWKSNoMatchingKey ? `its signing key (kid ${JSON.stringify(safeKid(token))}) is not among the issuer's published keys: retired or unknown`
            : error instanceof joseErrors.JWKSTimeout ? `the issuer's keys could not be fetched within ${auth.oidc?.jwksTimeoutMs} ms`
              : error instanceof joseErrors.JWTClaimValidationFailed && error.claim === 'aud' ? `audience ${JSON.stringify(error.payload.aud)} is not accepted (expected ${JSON.stringify(auth.oidc?.audience ?? auth.jwtAudience)})`
          : error instanceof joseErrors.JWSSignatureVerificationFailed ? 'its signature does not verify'
            : error instanceof joseErrors.JWTClaimValidationFailed ? `claim "${error.claim}" ${error.reason}`
              : error instanceof joseErrors.JOSEError ? error.message
                : 'it is not a JWT';
      throw new UnauthenticatedError(`Invalid bearer token: ${reason}`);
    }
  };
  if (oidc) verify.issuerStatus = () => oidc.status();
  return verify;
}

function safeKid(token: string): string | undefined {
  try {
    return decodeProtectedHeader(token).kid;
  } catch {
    return undefined;
  }
}
