// Configuration is read here, once, and nowhere else. Every process calls loadConfig() (or configOrExit() at start-up)
// and passes the typed result down. A bad or missing variable is named in the error, and all problems are reported
// together so an operator fixes them in one go.
import fs from 'node:fs';
import os from 'node:os';
import { z } from 'zod';

/**
 * The six subgraphs, in the order they are started and composed. The name is also the folder under subgraphs/. The
 * exchange comes last: it reads the others' change feeds over HTTP (the graph-wide `changes` and webhooks).
 */
export const SUBGRAPH_NAMES = [
  'members',
  'gcm-objectives',
  'knowledge-resources',
  'support-requests',
  'fund-projects',
  'exchange',
] as const;
export type SubgraphName = (typeof SUBGRAPH_NAMES)[number];

export const DEFAULT_PORTS: Record<SubgraphName | 'gateway', number> = {
  gateway: 4000,
  members: 4001,
  'gcm-objectives': 4002,
  'knowledge-resources': 4003,
  'support-requests': 4004,
  'fund-projects': 4005,
  exchange: 4006,
};

/** Environment variable prefix for a subgraph: `gcm-objectives` -> `GCM_OBJECTIVES`. */
export const envPrefix = (name: SubgraphName) => name.toUpperCase().replace(/-/g, '_');

// Development-only secrets: fine on a laptop, refused in production (see the production checks below).
export const DEV_JWT_SECRET = 'dev-only-jwt-secret-change-me-in-production-0000';
/** The audience the development identity provider issues tokens for, unless OIDC_AUDIENCE says otherwise. */
export const DEV_OIDC_AUDIENCE = 'urn:un-migration-network:graph';
export const DEV_IDENTITY_SECRET = 'dev-only-identity-secret-change-me-in-production';

const port = z.coerce.number().int().min(0).max(65535);
const bool = z.enum(['true', 'false', '1', '0', 'yes', 'no']).transform((v) => ['true', '1', 'yes'].includes(v));
const url = z.string().url();
const positiveInt = z.coerce.number().int().positive();
// new URL() accepts "localhost:4318" (scheme "localhost:"), so the scheme is checked explicitly.
const otlpUrl = z
  .string()
  .refine((v) => /^https?:\/\/[^/]/i.test(v) && URL.canParse(v), 'must be an http:// or https:// URL, e.g. http://localhost:4318');

/** Roles a token may grant (anonymous is the absence of a token). Kept in step with ROLES in viewer.ts. */
const GRANTABLE_ROLES = ['member', 'country', 'secretariat', 'fund-manager', 'steering-committee'] as const;

/**
 * How an identity provider's access-token claims become the graph's viewer (OIDC_CLAIMS, docs/configuration.md):
 * each field names the claim to read (a dotted path for nested claims, e.g. `realm_access.roles`). The role claim may
 * be a string or an array; `roles` maps the provider's values to graph roles (without it, a value must be a graph role
 * name). The first value that maps wins.
 */
export interface ClaimMapping {
  role: string;
  organization: string;
  country: string;
  roles?: Record<string, (typeof GRANTABLE_ROLES)[number]>;
}

const claimMappingSchema = z
  .object({
    role: z.string().min(1).default('role'),
    organization: z.string().min(1).default('org'),
    country: z.string().min(1).default('country'),
    roles: z.record(z.string(), z.enum(GRANTABLE_ROLES)).optional(),
  })
  .strict();

export const DEFAULT_CLAIM_MAPPING: ClaimMapping = { role: 'role', organization: 'org', country: 'country' };

export interface SubgraphConfig {
  name: SubgraphName;
  port: number;
  url: string;
  /** The gateway's deadline for one call to this subgraph (<NAME>_TIMEOUT_MS, default SUBGRAPH_TIMEOUT_MS). */
  timeoutMs: number;
}

export interface Config {
  env: 'development' | 'production' | 'test';
  host: string;
  gateway: {
    port: number;
    /** The supergraph file the gateway serves and watches (SUPERGRAPH_FILE); unset: the gateway package's own copy. */
    supergraphFile?: string;
    /** Deadline for a whole operation at the gateway (REQUEST_TIMEOUT_MS): subgraph calls still running are aborted. */
    requestTimeoutMs: number;
    /** Default deadline for one gateway-to-subgraph call (SUBGRAPH_TIMEOUT_MS); per subgraph: <NAME>_TIMEOUT_MS. */
    subgraphTimeoutMs: number;
    /** Per-subgraph circuit breaker: opens after `failures` outages in a row, probes after `halfOpenAfterMs`. */
    breaker: { failures: number; halfOpenAfterMs: number };
    /**
     * Trusted documents (gateway/src/trusted-documents.ts): TRUSTED_DOCUMENTS `off` (default), `per-client` (token
     * client ids in TRUSTED_DOCUMENTS_CLIENTS may only run operations from the manifest) or `all` (everyone except
     * signed-in analysts); the manifest is TRUSTED_DOCUMENTS_FILE (default clients/trusted-documents.json).
     */
    trustedDocuments: { mode: 'off' | 'per-client' | 'all'; clients: string[]; file?: string };
    /**
     * Identical subgraph queries in flight at once (same subgraph, document, variables and identity) are sent once and
     * the answer shared (DEDUPE_SUBGRAPH_REQUESTS, default on). Mutations are always sent.
     */
    dedupeSubgraphRequests: boolean;
    /**
     * The response cache for anonymous public reads (gateway/src/response-cache.ts): RESPONSE_CACHE `on` or `off`
     * (default); at most `maxEntries` answers in memory (RESPONSE_CACHE_MAX_ENTRIES;
     * with REDIS_URL they live in Redis instead); no answer kept longer than `maxTtlSeconds` (RESPONSE_CACHE_MAX_TTL_S),
     * whatever the subgraphs' hints say.
     */
    responseCache: { enabled: boolean; maxEntries: number; maxTtlSeconds: number };
    /**
     * Worker processes sharing the gateway's port (GATEWAY_WORKERS, gateway/src/cluster.ts): 1 (default) runs the
     * gateway in the process itself; `0` or `auto` means one per core. Each worker has its own rate limits and response
     * cache unless REDIS_URL is set.
     */
    workers: number;
  };
  /**
   * Shared state for gateway replicas (gateway/src/redis.ts): with REDIS_URL, rate limits live in Redis under
   * `keyPrefix` (REDIS_KEY_PREFIX), so N replicas enforce one limit; without it, in each process's memory. `timeoutMs`
   * (REDIS_TIMEOUT_MS) bounds connecting and every command: a slow or lost Redis costs a request at most that long
   * before the per-process fallback answers.
   */
  redis?: { url: string; keyPrefix: string; timeoutMs: number };
  /** On SIGTERM: how long requests in flight may take to finish before their connections are closed. */
  shutdownTimeoutMs: number;
  /**
   * Slow and stuck clients, on every HTTP server (shared/http.ts): a client gets `headersTimeoutMs` to send its
   * headers and `requestTimeoutMs` for the whole request including the body (then 408 and the connection closed); a
   * kept-alive connection idle for `idleTimeoutMs` is closed; beyond `maxConnections` open connections a server
   * closes new ones at once.
   */
  server: { headersTimeoutMs: number; requestTimeoutMs: number; idleTimeoutMs: number; maxConnections: number };
  /**
   * OpenTelemetry tracing (shared/telemetry.ts): on when an OTLP/HTTP endpoint is configured, off (no SDK started)
   * otherwise. `tracesUrl` is the full URL spans are posted to; `sampleRatio` the share of new traces recorded (a trace
   * the caller sampled, or did not, is followed).
   */
  telemetry: { tracesUrl?: string; serviceName?: string; sampleRatio: number };
  subgraphs: Record<SubgraphName, SubgraphConfig>;
  database: { url?: string; dataDir: string; readPool: number };
  auth: {
    /** HS256 secret for client tokens (development default); unset in production when a public key is used. */
    jwtSecret?: string;
    jwtPublicKeyFile?: string;
    jwtJwksFile?: string;
    jwtIssuer?: string;
    jwtAudience?: string;
    /**
     * OpenID Connect (OIDC_ISSUER): access tokens from this issuer are verified with the keys its discovery document
     * points to (fetched, cached and re-fetched on an unknown key id, so a key rotation needs no restart).
     */
    oidc?: {
      issuer: string;
      /** The `aud` the provider puts in tokens meant for this graph (OIDC_AUDIENCE). */
      audience: string;
      claims: ClaimMapping;
      /** Deadline for fetching discovery and JWKS (OIDC_JWKS_TIMEOUT_MS). */
      jwksTimeoutMs: number;
      /** Shortest interval between two JWKS fetches triggered by unknown key ids (OIDC_JWKS_COOLDOWN_MS). */
      jwksCooldownMs: number;
      /** How long fetched keys are trusted before being fetched again (OIDC_JWKS_CACHE_MS). */
      jwksCacheMs: number;
    };
    /** Shared secret the gateway signs the identity header with and subgraphs verify. */
    identitySecret: string;
    /** During a rotation: the old identity secret, still accepted by subgraphs (never used to sign). */
    identitySecretPrevious?: string;
    /** During a rotation: the old HS256 client-token secret, still accepted by the gateway. */
    jwtSecretPrevious?: string;
    /**
     * When true a subgraph refuses any GraphQL request without a valid signed identity. Default: on in production and
     * whenever IDENTITY_SECRET is set explicitly (a configured secret means subgraphs are meant to be reached only
     * through the gateway); off with the development secret so a subgraph can be queried directly.
     */
    requireGateway: boolean;
    /** Behind a reverse proxy: take the client address from the last X-Forwarded-For entry (rate limits). */
    trustProxy: boolean;
  };
  /** The development identity provider (`npm run idp`, idp/): its port (IDP_PORT) and the audience it issues for. */
  idp: { port: number; audience: string };
  /**
   * The gateway's public URL (PUBLIC_URL, e.g. https://graph.example.org/graphql), where clients reach the graph.
   * Webhooks may not point at it (nor at the gateway's own port on this host).
   */
  publicUrl?: string;
  /** Webhook deliveries (the exchange subgraph; docs/configuration.md "Webhooks"). */
  webhooks: {
    /** Attempts per delivery before it is FAILED (WEBHOOK_MAX_ATTEMPTS). */
    maxAttempts: number;
    /** Back-off base in whole seconds (WEBHOOK_RETRY_DELAY_S): the wait after the n-th failed attempt is between base·2^(n-1) and base·2^n. */
    retryDelaySeconds: number;
    /** Deliveries in a row that fail every attempt before the webhook is disabled (WEBHOOK_DISABLE_AFTER). */
    disableAfter: number;
    /** Deadline for one attempt's answer (WEBHOOK_TIMEOUT_MS). */
    timeoutMs: number;
    /** How often the relay reads the change feeds for new events (WEBHOOK_POLL_MS). */
    pollMs: number;
  };
  logLevel: string;
  /** Whether error details (stack, original message) may reach clients: development only. */
  exposeErrors: boolean;
  /** Whether validation errors may suggest names ("Did you mean ..."): development only, since it maps the schema. */
  fieldSuggestions: boolean;
  /**
   * Whether @apollo/gateway may send its usage telemetry to Apollo's servers (it does unless APOLLO_TELEMETRY_DISABLED
   * is set). Off unless the operator opts in: no data about the Network's traffic leaves its machines by default.
   */
  apolloTelemetry: boolean;
  /** Operation limits enforced at the gateway (gateway/limits.ts); maxBodyBytes also on every subgraph. */
  limits: {
    maxBodyBytes: number;
    maxDepth: number;
    maxAliases: number;
    maxRootFields: number;
    maxTokens: number;
    maxDirectives: number;
    maxCost: number;
    maxListItems: number;
    maxStringLength: number;
    maxBatch: number;
    /** Requests per minute per token subject (anonymous: per client address); 0 switches rate limiting off. */
    rateLimitPerMinute: number;
    introspection: boolean;
  };
}

/** OIDC_CLAIMS (JSON) or OIDC_CLAIMS_FILE (a JSON file); neither: DEFAULT_CLAIM_MAPPING. Problems name the variable. */
function readClaimMapping(env: Record<string, string | undefined>, problems: string[]): ClaimMapping {
  const inline = env.OIDC_CLAIMS || undefined;
  const file = env.OIDC_CLAIMS_FILE || undefined;
  if (inline && file) {
    problems.push('OIDC_CLAIMS and OIDC_CLAIMS_FILE: set one, not both');
    return DEFAULT_CLAIM_MAPPING;
  }
  if (!inline && !file) return DEFAULT_CLAIM_MAPPING;
  const name = inline ? 'OIDC_CLAIMS' : `OIDC_CLAIMS_FILE=${file}`;
  let raw: unknown;
  try {
    raw = JSON.parse(inline ?? fs.readFileSync(file!, 'utf8'));
  } catch (error) {
    problems.push(`${name}: not readable JSON (${(error as Error).message})`);
    return DEFAULT_CLAIM_MAPPING;
  }
  const parsed = claimMappingSchema.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.length ? `"${i.path.join('.')}": ` : ''}${i.message}`);
    problems.push(`${name}: ${issues.join('; ')} (expected {"role": "<claim>", "organization": "<claim>", "country": "<claim>", "roles": {"<provider value>": "<${GRANTABLE_ROLES.join('|')}>"}})`);
    return DEFAULT_CLAIM_MAPPING;
  }
  return parsed.data;
}

export class ConfigError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

/** Parses and validates configuration from an environment. Throws ConfigError naming every bad variable. */
export function loadConfig(env: Env = process.env): Config {
  const problems: string[] = [];
  const read = <T>(name: string, schema: z.ZodType<T>, fallback?: T): T | undefined => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
      problems.push(`${name}=${JSON.stringify(raw)}: ${parsed.error.issues.map((i) => i.message).join('; ')}`);
      return fallback;
    }
    return parsed.data;
  };

  const appEnv = read('NODE_ENV', z.enum(['development', 'production', 'test']), 'development')!;
  const production = appEnv === 'production';
  const host = read('HOST', z.string().min(1), '127.0.0.1')!;

  const subgraphTimeoutMs = read('SUBGRAPH_TIMEOUT_MS', positiveInt, 5_000)!;
  const subgraphs = {} as Record<SubgraphName, SubgraphConfig>;
  for (const name of SUBGRAPH_NAMES) {
    const prefix = envPrefix(name);
    const p = read(`${prefix}_PORT`, port, DEFAULT_PORTS[name])!;
    const u = read(`${prefix}_URL`, url, `http://localhost:${p}/graphql`)!;
    const timeoutMs = read(`${prefix}_TIMEOUT_MS`, positiveInt, subgraphTimeoutMs)!;
    subgraphs[name] = { name, port: p, url: u, timeoutMs };
  }

  const redisUrl = read(
    'REDIS_URL',
    z.string().refine((v) => /^rediss?:\/\/[^/]/i.test(v) && URL.canParse(v), 'must be a redis:// or rediss:// URL, e.g. redis://127.0.0.1:6379'),
  );
  // Read even without a usable REDIS_URL, so every problem is reported at once.
  const redisOptions = { keyPrefix: read('REDIS_KEY_PREFIX', z.string().min(1), 'unmn:')!, timeoutMs: read('REDIS_TIMEOUT_MS', positiveInt, 500)! };
  const databaseUrl = read('DATABASE_URL', url.refine((v) => /^postgres(ql)?:\/\//.test(v), 'must be a postgres:// URL'));

  let jwtSecret = read('JWT_SECRET', z.string().min(32, 'must be at least 32 characters'));
  const jwtPublicKeyFile = read('JWT_PUBLIC_KEY_FILE', z.string().min(1));
  const jwtJwksFile = read('JWT_JWKS_FILE', z.string().min(1));
  const oidcIssuer = read('OIDC_ISSUER', url);
  // Outside production the development HS256 secret stays on beside OIDC_ISSUER, so `npm run token` keeps working.
  if (!jwtSecret && !jwtPublicKeyFile && !jwtJwksFile) {
    if (!production) jwtSecret = DEV_JWT_SECRET;
    else if (!oidcIssuer) problems.push('OIDC_ISSUER, JWT_SECRET, JWT_PUBLIC_KEY_FILE or JWT_JWKS_FILE: one is required in production');
  }
  let oidc: Config['auth']['oidc'];
  if (oidcIssuer) {
    if (production && !oidcIssuer.startsWith('https://')) problems.push(`OIDC_ISSUER=${JSON.stringify(oidcIssuer)}: must be an https:// URL in production`);
    const audience = read('OIDC_AUDIENCE', z.string().min(1));
    if (!audience) problems.push('OIDC_AUDIENCE: required with OIDC_ISSUER (the "aud" the provider puts in tokens for this graph)');
    oidc = {
      issuer: oidcIssuer,
      audience: audience ?? '',
      claims: readClaimMapping(env, problems),
      jwksTimeoutMs: read('OIDC_JWKS_TIMEOUT_MS', positiveInt, 5_000)!,
      jwksCooldownMs: read('OIDC_JWKS_COOLDOWN_MS', z.coerce.number().int().min(0), 30_000)!,
      jwksCacheMs: read('OIDC_JWKS_CACHE_MS', positiveInt, 600_000)!,
    };
  }
  let identitySecret = read('IDENTITY_SECRET', z.string().min(32, 'must be at least 32 characters'));
  const identitySecretGiven = identitySecret !== undefined;
  const secretSchema = z.string().min(32, 'must be at least 32 characters');
  const identitySecretPrevious = read('IDENTITY_SECRET_PREVIOUS', secretSchema);
  const jwtSecretPrevious = read('JWT_SECRET_PREVIOUS', secretSchema);
  if (!identitySecret) {
    if (production) problems.push('IDENTITY_SECRET: required in production (the gateway signs identities with it)');
    identitySecret = DEV_IDENTITY_SECRET;
  }

  // Defaults: 10 s for headers defeats slowloris; 30 s for a whole request lets a 2 MB body (LIMIT_BODY_BYTES) through
  // at 70 KB/s. 65 s idle (as load balancers use; Node's own default is 5 s): the gateway's subgraph client
  // (@apollo/gateway's make-fetch-happen agent) keeps idle connections with no timeout of its own, so a short server
  // idle timeout closes pooled connections under it and, after a burst, the next queries meet "socket hang up" on
  // several of them at once; with 65 s that race needs a connection idle for a minute.
  const serverTimeouts = {
    headersTimeoutMs: read('SERVER_HEADERS_TIMEOUT_MS', positiveInt, 10_000)!,
    requestTimeoutMs: read('SERVER_REQUEST_TIMEOUT_MS', positiveInt, 30_000)!,
    idleTimeoutMs: read('SERVER_IDLE_TIMEOUT_MS', positiveInt, 65_000)!,
    maxConnections: read('MAX_CONNECTIONS', positiveInt, 1_000)!,
  };
  if (serverTimeouts.headersTimeoutMs > serverTimeouts.requestTimeoutMs) {
    problems.push(
      `SERVER_HEADERS_TIMEOUT_MS=${serverTimeouts.headersTimeoutMs} is longer than SERVER_REQUEST_TIMEOUT_MS=${serverTimeouts.requestTimeoutMs}: the headers are part of the request, so their deadline cannot be later`,
    );
  }

  const config: Config = {
    env: appEnv,
    host,
    gateway: {
      port: read('GATEWAY_PORT', port, DEFAULT_PORTS.gateway)!,
      supergraphFile: read('SUPERGRAPH_FILE', z.string().min(1)),
      requestTimeoutMs: read('REQUEST_TIMEOUT_MS', positiveInt, 15_000)!,
      subgraphTimeoutMs,
      breaker: {
        failures: read('BREAKER_FAILURES', positiveInt, 5)!,
        halfOpenAfterMs: read('BREAKER_HALF_OPEN_MS', positiveInt, 2_000)!,
      },
      trustedDocuments: {
        mode: read('TRUSTED_DOCUMENTS', z.enum(['off', 'per-client', 'all']), 'off')!,
        clients: read('TRUSTED_DOCUMENTS_CLIENTS', z.string().transform((v) => v.split(',').map((c) => c.trim()).filter(Boolean)), [])!,
        file: read('TRUSTED_DOCUMENTS_FILE', z.string().min(1)),
      },
      dedupeSubgraphRequests: read('DEDUPE_SUBGRAPH_REQUESTS', bool, true)!,
      responseCache: {
        // Opt-in: with it on, an answer can be up to its hinted TTL behind a write that bypassed the gateway, and is
        // served while its subgraph is down; an operator decides that (docs/configuration.md).
        enabled: read('RESPONSE_CACHE', z.enum(['on', 'off']), 'off')! === 'on',
        maxEntries: read('RESPONSE_CACHE_MAX_ENTRIES', z.coerce.number({ message: 'must be a whole number of answers, 1 or more, e.g. 10000' }).int().positive(), 10_000)!,
        // 0 keeps nothing (the cache is then only the HTTP Cache-Control header); negative is a mistake, not "forever".
        maxTtlSeconds: read('RESPONSE_CACHE_MAX_TTL_S', z.coerce.number({ message: 'must be a whole number of seconds, 0 or more, e.g. 3600' }).int().min(0), 3_600)!,
      },
      workers: read(
        'GATEWAY_WORKERS',
        z
          .string()
          .regex(/^(auto|\d{1,3})$/i, 'must be a whole number of processes (1 runs one, no workers), or 0 or auto for one per core')
          .transform((v) => (/^auto$/i.test(v) || Number(v) === 0 ? os.availableParallelism() : Number(v))),
        1,
      )!,
    },
    redis: redisUrl ? { url: redisUrl, ...redisOptions } : undefined,
    shutdownTimeoutMs: read('SHUTDOWN_TIMEOUT_MS', positiveInt, 10_000)!,
    server: serverTimeouts,
    telemetry: {
      // The OpenTelemetry variables: a base endpoint (spans go to <endpoint>/v1/traces) or a traces-only full URL.
      tracesUrl:
        read('OTEL_EXPORTER_OTLP_TRACES_ENDPOINT', otlpUrl) ??
        read('OTEL_EXPORTER_OTLP_ENDPOINT', otlpUrl.transform((v) => `${v.replace(/\/+$/, '')}/v1/traces`)),
      serviceName: read('OTEL_SERVICE_NAME', z.string().min(1)),
      // OpenTelemetry's name for the ratio of the parentbased_traceidratio sampler, the one sampler used here.
      sampleRatio: read('OTEL_TRACES_SAMPLER_ARG', z.coerce.number().min(0).max(1), 1)!,
    },
    subgraphs,
    database: { url: databaseUrl, dataDir: read('DATA_DIR', z.string().min(1), 'data')!, readPool: read('SQLITE_READ_POOL', z.coerce.number({ message: 'must be a whole number of read connections, 1 or more, e.g. 3' }).int().positive(), 3)! },
    auth: {
      jwtSecret,
      jwtPublicKeyFile,
      jwtJwksFile,
      jwtIssuer: read('JWT_ISSUER', z.string().min(1)),
      jwtAudience: read('JWT_AUDIENCE', z.string().min(1)),
      oidc,
      identitySecret,
      identitySecretPrevious,
      jwtSecretPrevious,
      requireGateway: read('REQUIRE_GATEWAY', bool, production || identitySecretGiven)!,
      trustProxy: read('TRUST_PROXY', bool, false)!,
    },
    idp: { port: read('IDP_PORT', port, 4010)!, audience: read('OIDC_AUDIENCE', z.string().min(1), DEV_OIDC_AUDIENCE)! },
    publicUrl: read('PUBLIC_URL', z.string().refine((v) => /^https?:\/\/[^/]/i.test(v) && URL.canParse(v), 'must be an http:// or https:// URL, e.g. https://graph.example.org/graphql')),
    webhooks: {
      maxAttempts: read('WEBHOOK_MAX_ATTEMPTS', z.coerce.number().int().min(1).max(20), 10)!,
      // Whole seconds: pg-boss, which schedules the retries on PostgreSQL, counts its back-off in seconds.
      retryDelaySeconds: read('WEBHOOK_RETRY_DELAY_S', positiveInt, 30)!,
      disableAfter: read('WEBHOOK_DISABLE_AFTER', positiveInt, 5)!,
      timeoutMs: read('WEBHOOK_TIMEOUT_MS', positiveInt, 10_000)!,
      pollMs: read('WEBHOOK_POLL_MS', z.coerce.number().int().min(50), 500)!,
    },
    logLevel: read('LOG_LEVEL', z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']), 'info')!,
    exposeErrors: read('EXPOSE_ERRORS', bool, !production)!,
    fieldSuggestions: read('FIELD_SUGGESTIONS', bool, !production)!,
    apolloTelemetry: !read('APOLLO_TELEMETRY_DISABLED', bool, true)!,
    limits: {
      // 2 MB: a 1 MB text field plus JSON overhead reaches the field checks, which name the field (LIMIT_STRING_LENGTH).
      maxBodyBytes: read('LIMIT_BODY_BYTES', positiveInt, 2_000_000)!,
      maxDepth: read('LIMIT_DEPTH', positiveInt, 12)!,
      maxAliases: read('LIMIT_ALIASES', positiveInt, 30)!,
      maxRootFields: read('LIMIT_ROOT_FIELDS', positiveInt, 20)!,
      maxTokens: read('LIMIT_TOKENS', positiveInt, 2000)!,
      maxDirectives: read('LIMIT_DIRECTIVES', positiveInt, 50)!,
      maxCost: read('LIMIT_COST', positiveInt, 250_000)!,
      maxListItems: read('LIMIT_LIST_ITEMS', positiveInt, 1000)!,
      maxStringLength: read('LIMIT_STRING_LENGTH', positiveInt, 100_000)!,
      maxBatch: read('LIMIT_BATCH', positiveInt, 10)!,
      rateLimitPerMinute: read('RATE_LIMIT_PER_MINUTE', z.coerce.number().int().min(0), 600)!,
      introspection: read('INTROSPECTION', bool, true)!,
    },
  };
  if (problems.length) throw new ConfigError(problems);
  return config;
}

/** For process entry points: load configuration or print every problem and exit non-zero. */
export function configOrExit(env: Env = process.env): Config {
  try {
    return loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(78); // EX_CONFIG
    }
    throw error;
  }
}
