// npm run token -- --role <role> [--org <id>] [--country <iso3>] [--sub <subject>] [--expires 12h]
// Prints a development bearer token signed with JWT_SECRET (the development default unless set).
// With --identity it prints instead the signed x-viewer header the gateway would send a subgraph (valid 60 s, signed
// with IDENTITY_SECRET), for querying one subgraph directly when it requires the gateway (docs/configuration.md).
import { parseArgs } from 'node:util';
import { SignJWT } from 'jose';
import { configOrExit } from '@unmn/shared/config';
import { ANONYMOUS, ROLES, signIdentity, viewerFromClaims, viewerProblem } from '@unmn/shared/viewer';
import { ORGANIZATION_IDS } from '@unmn/shared/organizations';
import { isKnownCountry } from '@unmn/shared/countries';

const USAGE = `Usage: npm run token -- --role <role> [--org <id>] [--country <iso3>] [--sub <subject>] [--expires 12h] [--identity]

  --role      one of ${ROLES.filter((r) => r !== 'anonymous').join(', ')}
  --org       the member's organization id (role member), e.g. iom, un-women
  --country   the country's ISO alpha-3 code (role country), e.g. MEX
  --sub       the token subject (a user id); a readable default is made from the other options
  --expires   lifetime, e.g. 30m, 12h, 7d (default 12h)
  --identity  print the gateway's signed x-viewer header instead (valid 60 s), to query one subgraph directly

Examples:
  npm run token -- --role secretariat
  npm run token -- --role member --org iom
  npm run token -- --role country --country MEX`;

let values: { role?: string; org?: string; country?: string; sub?: string; expires?: string; identity?: boolean; help?: boolean };
try {
  ({ values } = parseArgs({
    options: {
      role: { type: 'string' },
      org: { type: 'string' },
      country: { type: 'string' },
      sub: { type: 'string' },
      expires: { type: 'string', default: '12h' },
      identity: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  }));
} catch (error) {
  console.error(`${(error as Error).message}\n\n${USAGE}`);
  process.exit(2);
}
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
// A token for an organization or country the graph does not know would verify, yet match nothing: refuse it here.
if (values.org && !ORGANIZATION_IDS.has(values.org)) {
  console.error(`Unknown organization "${values.org}". Known ids: ${[...ORGANIZATION_IDS].sort().join(', ')}.`);
  process.exit(2);
}
if (values.country && !isKnownCountry(values.country.toUpperCase())) {
  console.error(`Unknown country "${values.country}": give the ISO alpha-3 code of a UN Member or observer State, e.g. MEX.`);
  process.exit(2);
}
const config = configOrExit();
if (values.identity) {
  const claims = { role: values.role ?? 'anonymous', org: values.org, country: values.country?.toUpperCase(), sub: values.sub };
  const problem = claims.role === 'anonymous' ? null : viewerProblem(claims);
  if (problem) {
    console.error(`Cannot sign an identity: ${problem}.`);
    process.exit(2);
  }
  console.log(await signIdentity(claims.role === 'anonymous' ? ANONYMOUS : viewerFromClaims(claims), config.auth.identitySecret));
  process.exit(0);
}
if (!config.auth.jwtSecret) {
  console.error('JWT_SECRET is not set: tokens for a public-key setup are issued by your identity provider, not this script.');
  process.exit(2);
}
const claims = { role: values.role, org: values.org, country: values.country?.toUpperCase() };
const problem = viewerProblem(claims);
if (problem) {
  console.error(`Cannot issue a token: ${problem}.\nRoles: ${ROLES.filter((r) => r !== 'anonymous').join(', ')} (anonymous needs no token).`);
  process.exit(2);
}
const token = await new SignJWT(Object.fromEntries(Object.entries(claims).filter(([, v]) => v !== undefined)))
  .setProtectedHeader({ alg: 'HS256' })
  .setSubject(values.sub ?? `dev-${values.role}${values.org ? `-${values.org}` : ''}${values.country ? `-${values.country.toLowerCase()}` : ''}`)
  .setIssuedAt()
  .setExpirationTime(values.expires!)
  .sign(new TextEncoder().encode(config.auth.jwtSecret));
console.log(token);
