// The development identity provider: a real OpenID Connect provider (oidc-provider, OpenID certified) over HTTP, so
// the gateway talks to it exactly as to a production one: discovery, JWKS, JWT access tokens for the graph's audience.
// People sign in with the authorization code flow and PKCE (any password: development only), systems with client
// credentials. `POST /dev/rotate-key` rotates the signing key without a restart, for trying a provider's key rotation.
// Accounts and clients: accounts.ts and README.md. Never run in production: it refuses to start there.
import http from 'node:http';
import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import Provider, { type Configuration, type JWK } from 'oidc-provider';
import { configOrExit, type Config } from '@unmn/shared/config';
import { closeServer, listen } from '@unmn/shared/http';
import { ACCOUNTS, PUBLIC_CLIENT_ID, PUBLIC_CLIENT_REDIRECT_URIS, SYSTEM_CLIENTS, accountById, claimsOf, systemClientById } from './accounts.js';

export const ROTATE_PATH = '/dev/rotate-key';

export interface RunningIdp {
  /** The issuer (`iss` of its tokens, base of /.well-known/openid-configuration). */
  issuer: string;
  port: number;
  /** The audience its tokens for the graph carry (the default resource). */
  audience: string;
  /** Key ids published in its JWKS, signing key first. */
  keyIds(): string[];
  /** Same as POST /dev/rotate-key: a new signing key; the previous one stays published, older ones are retired. */
  rotateKey(): { signing: string; published: string[]; retired: string[] };
  /** An access token for a system client (client credentials), as `curl` would get it. */
  clientCredentialsToken(clientId: string, options?: { resource?: string }): Promise<string>;
  stop(): Promise<void>;
}

export interface IdpOptions {
  port?: number;
  host?: string;
  /** The audience of tokens for the graph; default: config.idp.audience (OIDC_AUDIENCE, else DEV_OIDC_AUDIENCE). */
  audience?: string;
  /** Silence oidc-provider's development warnings (tests). */
  quiet?: boolean;
}

const DEFAULT_TOKEN_TTL_SECONDS = 3600;

const isLoopbackOrigin = (origin: string) => {
  try {
    const { protocol, hostname } = new URL(origin);
    return protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(hostname);
  } catch {
    return false;
  }
};

function newSigningKey(): JWK {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { ...(privateKey.export({ format: 'jwk' }) as JWK), kid: randomUUID(), alg: 'RS256', use: 'sig' };
}

function configuration(audience: string, keys: JWK[]): Configuration {
  return {
    clients: [
      ...SYSTEM_CLIENTS.map(({ client_id, client_secret, role, org, country }) => ({
        client_id,
        client_secret,
        grant_types: ['client_credentials'],
        redirect_uris: [],
        response_types: [],
        token_endpoint_auth_method: 'client_secret_basic' as const,
        unmn_claims: claimsOf({ role, org, country }),
      })),
      {
        client_id: PUBLIC_CLIENT_ID,
        application_type: 'native' as const,
        token_endpoint_auth_method: 'none' as const,
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code'],
        redirect_uris: PUBLIC_CLIENT_REDIRECT_URIS,
      },
    ],
    extraClientMetadata: { properties: ['unmn_claims'] },
    // The IDE exchanges its code from the browser: the public client may call the token endpoint from a loopback page.
    clientBasedCORS: (_ctx, origin, client) => client.clientId === PUBLIC_CLIENT_ID && isLoopbackOrigin(origin),
    jwks: { keys },
    // Development cookie keys: this provider never runs in production (see startIdp).
    cookies: { keys: ['dev-only-idp-cookie-key'] },
    pkce: { required: () => true },
    ttl: { ClientCredentials: (_ctx, _token, client) => systemClientById(client.clientId)?.tokenTtlSeconds ?? DEFAULT_TOKEN_TTL_SECONDS },
    scopes: ['openid', 'profile', 'offline_access', 'graph'],
    claims: { openid: ['sub'], profile: ['name'] },
    async findAccount(_ctx, id) {
      const account = accountById(id);
      if (!account) return undefined;
      return { accountId: id, claims: async () => ({ sub: id, name: account.name }) };
    },
    features: {
      clientCredentials: { enabled: true },
      // The sign-in and consent pages oidc-provider ships for development: a login is an account id.
      devInteractions: { enabled: true },
      resourceIndicators: {
        enabled: true,
        // Tokens are for the graph unless the client asks for another resource (tests of a wrong audience do).
        defaultResource: () => audience,
        useGrantedResource: () => true,
        getResourceServerInfo: (ctx, resource, client) => ({
          audience: resource,
          scope: 'graph',
          accessTokenFormat: 'jwt',
          accessTokenTTL: systemClientById(client.clientId)?.tokenTtlSeconds ?? DEFAULT_TOKEN_TTL_SECONDS,
          jwt: { sign: { alg: 'RS256' } },
        }),
      },
    },
    // The graph's claims in the access token: a person's from the account, a system's from its client registration.
    async extraTokenClaims(_ctx, token) {
      if (token.kind === 'ClientCredentials') return claimsOf(systemClientById(token.clientId!) ?? {}) as Record<string, unknown>;
      const account = token.accountId ? accountById(token.accountId) : undefined;
      return account ? (claimsOf(account) as Record<string, unknown>) : undefined;
    },
  };
}

export async function startIdp(config: Config, { port = config.idp.port, host = config.host, audience = config.idp.audience, quiet = false }: IdpOptions = {}): Promise<RunningIdp> {
  if (config.env === 'production') throw new Error('The development identity provider (idp/) must not run with NODE_ENV=production: its accounts accept any password.');
  let keys = [newSigningKey()];
  let provider: Provider | undefined;
  let handle: ReturnType<Provider['callback']> | undefined;
  // oidc-provider reads its keys once, when constructed. A rotation builds a new provider with the new key set; grants,
  // sessions and tokens live in its in-memory store, shared by every instance in the process, so none is lost.
  const build = (issuer: string) => {
    provider = new Provider(issuer, configuration(audience, keys));
    // Plain http on 127.0.0.1 in development: no proxy in front.
    provider.proxy = false;
    if (quiet) provider.on('server_error', () => {});
    handle = provider.callback();
  };

  const server = http.createServer((req, res) => {
    if (req.url === ROTATE_PATH) {
      if (req.method !== 'POST') {
        res.writeHead(405, { allow: 'POST', 'content-type': 'application/json' }).end(JSON.stringify({ error: `${ROTATE_PATH} takes POST` }));
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(idp.rotateKey()));
      return;
    }
    handle!(req, res);
  });
  const bound = await listen(server, port, host, 'IDP_PORT');
  const issuer = `http://${host.includes(':') ? `[${host}]` : host}:${bound}`;
  if (quiet) silenceDevelopmentWarnings();
  build(issuer);

  const idp: RunningIdp = {
    issuer,
    port: bound,
    audience,
    keyIds: () => keys.map((k) => k.kid!),
    rotateKey() {
      const retired = keys.slice(1).map((k) => k.kid!);
      keys = [newSigningKey(), keys[0]];
      build(issuer);
      return { signing: keys[0].kid!, published: idp.keyIds(), retired };
    },
    async clientCredentialsToken(clientId, { resource } = {}) {
      const client = systemClientById(clientId);
      if (!client) throw new Error(`No system client "${clientId}"; see idp/README.md`);
      const res = await fetch(`${issuer}/token`, {
        method: 'POST',
        headers: {
          authorization: `Basic ${Buffer.from(`${clientId}:${client.client_secret}`).toString('base64')}`,
          'content-type': 'application/x-www-form-urlencoded',
        },
        body: new URLSearchParams({ grant_type: 'client_credentials', ...(resource ? { resource } : {}) }),
      });
      const body = (await res.json()) as { access_token?: string; error?: string; error_description?: string };
      if (!res.ok || !body.access_token) throw new Error(`token request for ${clientId} failed: HTTP ${res.status} ${body.error ?? ''} ${body.error_description ?? ''}`);
      return body.access_token;
    },
    stop: () => closeServer(server, { timeoutMs: 1000 }),
  };
  return idp;
}

// oidc-provider warns (once per process, on stderr) that its development defaults are in use; tests know.
function silenceDevelopmentWarnings() {
  const warn = console.warn;
  console.warn = (...args: unknown[]) => {
    if (typeof args[0] === 'string' && args[0].includes('oidc-provider')) return;
    warn(...args);
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const config = configOrExit();
  const idp = await startIdp(config);
  console.log(`Development identity provider at ${idp.issuer} (audience ${idp.audience})
  discovery:   ${idp.issuer}/.well-known/openid-configuration
  people:      ${ACCOUNTS.map((a) => a.id).join(', ')} (client ${PUBLIC_CLIENT_ID}, any password)
  systems:     ${SYSTEM_CLIENTS.map((c) => c.client_id).join(', ')} (secret ${SYSTEM_CLIENTS[0].client_secret})
  rotate key:  curl -X POST ${idp.issuer}${ROTATE_PATH}
  gateway:     OIDC_ISSUER=${idp.issuer} OIDC_AUDIENCE=${idp.audience} npm start`);
  const stop = () => void idp.stop().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
