#!/usr/bin/env node
// unmn-build <entry.ts ...>: compiles a package's process entries to JavaScript in dist/, one ES module per entry.
// The package's own code and @unmn/shared (consumed as TypeScript source) are bundled in; every npm dependency stays
// an import, resolved from node_modules at run time, so native modules (sqlite3) and each package's declared
// dependencies are what production loads. Types are checked by `npm run typecheck`, not here.
import fs from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { build } from 'esbuild';

const entries = process.argv.slice(2);
if (entries.length === 0) {
  console.error('usage: unmn-build <entry.ts ...>   (run from the package folder, e.g. `npm run build -w subgraphs/members`)');
  process.exit(2);
}
const readJson = (file) => JSON.parse(fs.readFileSync(file, 'utf8'));
const pkg = fs.existsSync('package.json') ? readJson('package.json') : {};
const name = pkg.name ?? path.basename(process.cwd());
const fail = (message, code = 1) => {
  console.error(`unmn-build ${name}: ${message}`);
  process.exit(code);
};
for (const entry of entries) if (!fs.existsSync(entry)) fail(`no such entry file: ${path.resolve(entry)}`, 2);

const declared = (p) => Object.keys({ ...p.dependencies, ...p.peerDependencies, ...p.optionalDependencies });
// What a production install of this package provides: its own dependencies and those of the workspace packages it
// bundles (@unmn/shared), which npm installs with it.
const provided = new Set(declared(pkg));
for (const dep of declared(pkg).filter((d) => d.startsWith('@unmn/'))) {
  const manifest = findInstalled(dep);
  if (manifest) for (const d of declared(readJson(manifest))) provided.add(d);
}
function findInstalled(dependency) {
  for (let dir = process.cwd(); ; dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'node_modules', dependency, 'package.json');
    if (fs.existsSync(manifest)) return manifest;
    if (path.dirname(dir) === dir) return undefined;
  }
}
const builtins = new Set(builtinModules);
const packageOf = (specifier) => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');
const missing = new Map(); // dependency -> files importing it, not installed at all: the build would fail at run time
const undeclared = new Map(); // installed only as someone else's dependency: works here, fragile in production

const external = {
  name: 'npm-dependencies-external',
  setup(b) {
    // Bare specifiers are npm packages (external) unless they name one of our workspace packages (bundled).
    b.onResolve({ filter: /^[^./]/ }, (args) => {
      if (args.path.startsWith('@unmn/')) return undefined;
      if (args.path.startsWith('node:') || builtins.has(args.path)) return { path: args.path, external: true };
      const dependency = packageOf(args.path);
      const importer = path.relative(process.cwd(), args.importer);
      if (!findInstalled(dependency)) missing.set(dependency, [...(missing.get(dependency) ?? []), importer]);
      else if (!provided.has(dependency)) undeclared.set(dependency, [...(undeclared.get(dependency) ?? []), importer]);
      return { path: args.path, external: true };
    });
  },
};

// Build beside dist/ and swap it in, so a process starting meanwhile never finds half a build.
const started = performance.now();
const staging = `dist.building-${process.pid}`;
fs.rmSync(staging, { recursive: true, force: true });
let result;
try {
  result = await build({
    entryPoints: entries,
    outdir: staging,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    sourcemap: true,
    // No shared chunks: each entry is one file in dist/, so import.meta.url-relative paths (../schema.graphql) hold.
    splitting: false,
    plugins: [external],
    logLevel: 'warning', // esbuild prints each error with its file, line and a code frame
    metafile: true,
  });
} catch (error) {
  fs.rmSync(staging, { recursive: true, force: true });
  // No stale dist/ either: `npm start` or start:split would otherwise run the previous build without a word.
  fs.rmSync('dist', { recursive: true, force: true });
  fail(`build failed with ${error.errors?.length ?? 1} error(s)${error.errors ? ' (above)' : `: ${error.message}`}; dist/ removed`);
}
const where = (files) => [...new Set(files)].slice(0, 3).join(', ');
for (const [dependency, files] of undeclared) {
  console.warn(`unmn-build ${name}: warning: ${where(files)} imports ${dependency}, which ${name} does not declare; it resolves here only because another package depends on it. Add it to dependencies in package.json.`);
}
if (missing.size) {
  fs.rmSync(staging, { recursive: true, force: true });
  fs.rmSync('dist', { recursive: true, force: true });
  const list = [...missing].map(([dependency, files]) => `${dependency} (imported by ${where(files)})`).join('; ');
  fail(`not installed: ${list}. Add to ${name}'s dependencies and run npm install; dist/ removed`);
}
fs.rmSync('dist', { recursive: true, force: true });
fs.renameSync(staging, 'dist');
const outputs = Object.entries(result.metafile.outputs).filter(([file]) => file.endsWith('.js'));
const bytes = Object.values(result.metafile.outputs).reduce((n, o) => n + o.bytes, 0);
const files = outputs.map(([file]) => path.join('dist', path.relative(staging, file))).join(', ');
console.log(`unmn-build ${name}: ${files} (${(bytes / 1024).toFixed(0)} KiB with source maps) in ${Math.round(performance.now() - started)} ms`);
