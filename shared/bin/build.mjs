#!/usr/bin/env node
// unmn-build <entry.ts ...>: compiles a package's process entries to JavaScript in dist/, one ES module per entry.
// The package's own code and @unmn/shared (consumed as TypeScript source) are bundled in; every npm dependency stays
// an import, resolved from node_modules at run time, so native modules (sqlite3) and each package's declared
// dependencies are what production loads. Types are checked by `npm run typecheck`, not here.
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

const entries = process.argv.slice(2);
if (entries.length === 0) {
  console.error('usage: unmn-build <entry.ts ...>   (run from the package folder)');
  process.exit(2);
}
for (const entry of entries) {
  if (!fs.existsSync(entry)) {
    console.error(`unmn-build: no such entry file: ${path.resolve(entry)}`);
    process.exit(2);
  }
}
const started = performance.now();
fs.rmSync('dist', { recursive: true, force: true });
const external = {
  name: 'npm-dependencies-external',
  setup(b) {
    // Bare specifiers are npm packages (external) unless they name one of our workspace packages (bundled).
    b.onResolve({ filter: /^[^./]/ }, (args) => (args.path.startsWith('@unmn/') ? undefined : { path: args.path, external: true }));
  },
};
const result = await build({
  entryPoints: entries,
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: true,
  // No shared chunks: each entry is one file in dist/, so import.meta.url-relative paths (../schema.graphql) hold.
  splitting: false,
  plugins: [external],
  logLevel: 'warning',
  metafile: true,
});
const bytes = Object.values(result.metafile.outputs).reduce((n, o) => n + o.bytes, 0);
console.log(`built ${entries.map((e) => path.basename(e, '.ts') + '.js').join(', ')} in dist/ (${(bytes / 1024).toFixed(0)} KiB, ${Math.round(performance.now() - started)} ms)`);
