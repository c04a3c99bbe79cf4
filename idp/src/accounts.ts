// The development provider's test accounts (people, signing in with the authorization code flow and PKCE) and clients
// (systems, with client credentials). Each carries the claims a real provider would be configured to put in access
// tokens for the graph: `role`, and `org` or `country` where the role needs one (the gateway's default OIDC_CLAIMS).
// Listed in idp/README.md; keep the two in step.

export interface TestClaims {
  role?: string;
  org?: string;
  country?: string;
}

export interface TestAccount extends TestClaims {
  /** The login at the provider's sign-in form (any password is accepted: development only). */
  id: string;
  name: string;
}

export const ACCOUNTS: readonly TestAccount[] = [
  { id: 'member-iom', name: 'Member analyst at IOM', role: 'member', org: 'iom' },
  { id: 'country-mex', name: 'Government focal point, Mexico', role: 'country', country: 'MEX' },
  { id: 'secretariat', name: 'Network secretariat officer', role: 'secretariat' },
  { id: 'fund-manager', name: 'Migration MPTF fund manager', role: 'fund-manager' },
  { id: 'steering-committee', name: 'Steering committee member', role: 'steering-committee' },
  // Signs in, but the provider gives it no role: the gateway refuses its tokens, naming the missing claim.
  { id: 'no-role', name: 'Account without a graph role' },
];

export interface TestClient extends TestClaims {
  client_id: string;
  client_secret?: string;
  description: string;
  /** Lifetime of the access tokens it gets (default 1 h). */
  tokenTtlSeconds?: number;
}

/** Development-only secret of the confidential clients (refused in production: the provider does not start there). */
export const DEV_CLIENT_SECRET = 'dev-only-client-secret';

/** Systems using client credentials. */
export const SYSTEM_CLIENTS: readonly TestClient[] = [
  { client_id: 'partner-system', client_secret: DEV_CLIENT_SECRET, description: 'A partner agency system reading as IOM', role: 'member', org: 'iom' },
  { client_id: 'reporting-system', client_secret: DEV_CLIENT_SECRET, description: "The secretariat's reporting job", role: 'secretariat' },
  { client_id: 'short-lived-system', client_secret: DEV_CLIENT_SECRET, description: 'Tokens that expire after 1 s (tests of expiry)', role: 'secretariat', tokenTtlSeconds: 1 },
  { client_id: 'unmapped-system', client_secret: DEV_CLIENT_SECRET, description: 'No role claim (tests of refusal)' },
];

/** The public client people sign in with (authorization code + PKCE, no secret): the gateway's IDE, or a CLI. */
export const PUBLIC_CLIENT_ID = 'graph-explorer';
// Registered as a native client (RFC 8252 §7.3), so these loopback URIs match on any port: the IDE of a gateway on
// any development port (tests bind port 0) redirects back to its own /ide.
export const PUBLIC_CLIENT_REDIRECT_URIS = ['http://localhost/ide', 'http://127.0.0.1/ide', 'http://127.0.0.1/callback'];

export const accountById = (id: string) => ACCOUNTS.find((a) => a.id === id);
export const systemClientById = (id: string) => SYSTEM_CLIENTS.find((c) => c.client_id === id);

/** The graph claims of an account or client, leaving out those it does not have. */
export const claimsOf = ({ role, org, country }: TestClaims): TestClaims =>
  Object.fromEntries(Object.entries({ role, org, country }).filter(([, v]) => v !== undefined));
