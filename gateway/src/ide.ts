// GraphiQL served from the project's own node_modules (the graphiql package's UMD build with React 18), so the IDE
// works on air-gapped networks where CDN-hosted landing pages show "offline". Open http://localhost:4000/graphql in a
// browser, or /ide. With OIDC_ISSUER set, analysts sign in from the page (authorization code + PKCE in the browser,
// the token kept in sessionStorage for the session); the example operations analysts ask for open as tabs, and the
// last result's first list downloads as CSV. The page's script: ide/page.ts.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import type http from 'node:http';
import type { Config } from '@unmn/shared/config';
import { idePage } from './ide/page.js';

const require = createRequire(import.meta.url);
const here = path.dirname(fileURLToPath(import.meta.url));
// The packages' export maps hide their UMD builds from require.resolve, so locate files from package.json.
const packageFile = (pkg: string, file: string) => path.join(path.dirname(require.resolve(`${pkg}/package.json`)), file);
const ASSETS: Record<string, { file: string; type: string }> = {
  '/ide/react.js': { file: packageFile('react', 'umd/react.production.min.js'), type: 'text/javascript' },
  '/ide/react-dom.js': { file: packageFile('react-dom', 'umd/react-dom.production.min.js'), type: 'text/javascript' },
  '/ide/graphiql.js': { file: packageFile('graphiql', 'graphiql.min.js'), type: 'text/javascript' },
  '/ide/graphiql.css': { file: packageFile('graphiql', 'graphiql.min.css'), type: 'text/css' },
};

// esbuild (tsx in development, the build's bundle) may wrap functions in `__name(...)` to keep their names; the
// browser has no such helper, so the served script brings a no-op one.
const PAGE_SCRIPT = `var __name = function (f) { return f; };\n(${idePage.toString()})();\n`;

/** The client registered at the provider for the IDE (idp/: `graph-explorer`, a public client with PKCE). */
export const IDE_CLIENT_ID = 'graph-explorer';

const INTRO = `# The UN Network on Migration's unified graph.
# Documentation: the Docs panel (book icon, top left). The other tabs are the example operations analysts use
# (clients/typescript/operations); "Download CSV" saves the last result's first list.
# Sign in (top bar) to query as your role, or add in Headers:
#   { "Authorization": "Bearer <token>" }
# with a token from: npm run token -- --role secretariat
{
  objective(number: 20) {
    title
    paragraph
  }
  network {
    coordinator { acronym }
    executiveCommittee { acronym name }
  }
  reviews(first: 5) {
    edges {
      node { title startDate organizers { acronym } }
    }
  }
}
`;

// Variables that make each example answer something on the development data.
const EXAMPLE_VARIABLES: Record<string, Record<string, unknown>> = {
  ObjectiveDashboard: { number: 20 },
  FundingByThematicArea: {},
  RequestsByStatusAndRegion: {},
  ObjectiveResourcesInLanguage: { objective: 20, language: 'en' },
};

// The typed client documents are the one source of the examples; a deployment without clients/ just shows the intro.
const OPERATIONS_DIR = path.resolve(here, '../../clients/typescript/operations');
function exampleTabs(): Array<{ query: string; variables?: string }> {
  let files: string[] = [];
  try {
    files = fs.readdirSync(OPERATIONS_DIR).filter((f) => f.endsWith('.graphql')).sort();
  } catch {
    return [];
  }
  return files.map((file) => {
    const query = fs.readFileSync(path.join(OPERATIONS_DIR, file), 'utf8');
    const name = /\b(?:query|mutation)\s+(\w+)/.exec(query)?.[1] ?? '';
    return { query, variables: JSON.stringify(EXAMPLE_VARIABLES[name] ?? {}, null, 2) };
  });
}

function page(config: Config): string {
  const oidc = config.auth.oidc;
  const settings = {
    tabs: [{ query: INTRO }, ...exampleTabs()],
    signIn: oidc ? { issuer: oidc.issuer, clientId: IDE_CLIENT_ID, scope: 'openid profile graph' } : null,
  };
  // `<` escaped so no operation text can close the script element.
  const inline = JSON.stringify(settings).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8" />
  <title>UN Network on Migration – GraphQL</title>
  <link rel="stylesheet" href="/ide/graphiql.css" />
  <style>
    html, body { height: 100%; margin: 0; }
    body { display: flex; flex-direction: column; font: 14px system-ui, sans-serif; }
    #bar { display: flex; gap: 12px; align-items: center; padding: 6px 12px; border-bottom: 1px solid #ddd; }
    #bar .grow { flex: 1; }
    #bar .error { color: #b00020; }
    #ide { flex: 1; min-height: 0; }
  </style>
</head>
<body>
  <div id="bar">
    <strong>UN Network on Migration</strong>
    <span id="who" class="grow"></span>
    <button id="csv" type="button" disabled title="Run an operation first">Download CSV</button>
    <button id="sign-in" type="button" hidden>Sign in</button>
    <button id="sign-out" type="button" hidden>Sign out</button>
  </div>
  <div id="ide"></div>
  <script>window.IDE_SETTINGS = ${inline};</script>
  <script src="/ide/react.js"></script>
  <script src="/ide/react-dom.js"></script>
  <script src="/ide/graphiql.js"></script>
  <script src="/ide/page.js"></script>
</body>
</html>`;
}

/** Answers IDE requests; returns false for anything else. */
export function serveIde(req: http.IncomingMessage, res: http.ServerResponse, pathname: string, config: Config): boolean {
  if (req.method !== 'GET') return false;
  if (pathname === '/ide/page.js') {
    res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-cache' });
    res.end(PAGE_SCRIPT);
    return true;
  }
  const asset = ASSETS[pathname];
  if (asset) {
    res.writeHead(200, { 'content-type': `${asset.type}; charset=utf-8`, 'cache-control': 'public, max-age=86400' });
    fs.createReadStream(asset.file).pipe(res);
    return true;
  }
  const wantsPage = pathname === '/ide' || (pathname === '/graphql' && (req.headers.accept ?? '').includes('text/html'));
  if (!wantsPage) return false;
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  res.end(page(config));
  return true;
}
