// GraphiQL served from the project's own node_modules (the graphiql package's UMD build with React 18), so the IDE
// works on air-gapped networks where CDN-hosted landing pages show "offline". Open http://localhost:4000/graphql in a
// browser, or /ide.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import type http from 'node:http';

const require = createRequire(import.meta.url);
// The packages' export maps hide their UMD builds from require.resolve, so locate files from package.json.
const packageFile = (pkg: string, file: string) => path.join(path.dirname(require.resolve(`${pkg}/package.json`)), file);
const ASSETS: Record<string, { file: string; type: string }> = {
  '/ide/react.js': { file: packageFile('react', 'umd/react.production.min.js'), type: 'text/javascript' },
  '/ide/react-dom.js': { file: packageFile('react-dom', 'umd/react-dom.production.min.js'), type: 'text/javascript' },
  '/ide/graphiql.js': { file: packageFile('graphiql', 'graphiql.min.js'), type: 'text/javascript' },
  '/ide/graphiql.css': { file: packageFile('graphiql', 'graphiql.min.css'), type: 'text/css' },
};

const EXAMPLE = `# The UN Network on Migration's unified graph.
# Documentation: the Docs panel (book icon, top left).
# To act as a role, add in Headers:
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

const PAGE = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8" />
  <title>UN Network on Migration – GraphQL</title>
  <link rel="stylesheet" href="/ide/graphiql.css" />
  <style>html, body, #ide { height: 100%; margin: 0; }</style>
</head>
<body>
  <div id="ide"></div>
  <script src="/ide/react.js"></script>
  <script src="/ide/react-dom.js"></script>
  <script src="/ide/graphiql.js"></script>
  <script>
    const fetcher = GraphiQL.createFetcher({ url: location.pathname === '/ide' ? '/graphql' : location.pathname });
    ReactDOM.createRoot(document.getElementById('ide')).render(
      React.createElement(GraphiQL, { fetcher, defaultQuery: ${JSON.stringify(EXAMPLE)}, isHeadersEditorEnabled: true, shouldPersistHeaders: false }),
    );
  </script>
</body>
</html>`;

/** Answers IDE requests; returns false for anything else. */
export function serveIde(req: http.IncomingMessage, res: http.ServerResponse, pathname: string): boolean {
  if (req.method !== 'GET') return false;
  const asset = ASSETS[pathname];
  if (asset) {
    res.writeHead(200, { 'content-type': `${asset.type}; charset=utf-8`, 'cache-control': 'public, max-age=86400' });
    fs.createReadStream(asset.file).pipe(res);
    return true;
  }
  const wantsPage = pathname === '/ide' || (pathname === '/graphql' && (req.headers.accept ?? '').includes('text/html'));
  if (!wantsPage) return false;
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  res.end(PAGE);
  return true;
}
