// Verifies client bearer tokens at the gateway: HS256 with a shared secret (development default), or RS/ES/EdDSA with
// a public key file or a local JWKS file (production). The verified viewer is re-signed for subgraphs (shared/viewer.ts).
import fs from 'node:fs';
import { createPublicKey } from 'node:crypto';
import { createLocalJWKSet, jwtVerify, decodeProtectedHeader, type JWTVerifyGetKey, type CryptoKey, errors as joseErrors } from 'jose';
import type { Config } from '@unmn/shared/config';
import { UnauthenticatedError } from '@unmn/shared/errors';
import { ANONYMOUS, viewerFromClaims, viewerProblem, type Viewer } from '@unmn/shared/viewer';

type Key = Uint8Array | CryptoKey | JWTVerifyGetKey;

export async function createTokenVerifier(config: Config): Promise<(authorization: string | undefined) => Promise<Viewer>> {
  const { auth } = config;
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
  } else {
    key = new TextEncoder().encode(auth.jwtSecret!);
    algorithms = ['HS256'];
  }

  return async (authorization) => {
    if (!authorization) return ANONYMOUS;
    const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
    if (!match) throw new UnauthenticatedError('Authorization header must be "Bearer <token>"');
    const token = match[1];
    try {
      const header = decodeProtectedHeader(token);
      if (!header.alg || !algorithms.includes(header.alg)) {
        throw new UnauthenticatedError(`Invalid bearer token: algorithm ${header.alg ?? 'none'} is not accepted (expected ${algorithms.join(', ')})`);
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
          : error instanceof joseErrors.JWSSignatureVerificationFailed ? 'its signature does not verify'
            : error instanceof joseErrors.JWTClaimValidationFailed ? `claim "${error.claim}" ${error.reason}`
              : error instanceof joseErrors.JOSEError ? error.message
                : 'it is not a JWT';
      throw new UnauthenticatedError(`Invalid bearer token: ${reason}`);
    }
  };
}
