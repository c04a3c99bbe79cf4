// npm run images -- [package ...]        build the packages and one container image each: unmn/<package>:<tag>
//                                         (gateway, members, gcm-objectives, knowledge-resources, support-requests,
//                                         fund-projects, exchange; all when none are named)
//   --base <image>                        base image (default node:20-bookworm-slim, the official one); `--base local`
//                                         is local/node20-bookworm:1, made by deploy/base-image.sh when missing (no
//                                         registry needed: Debian's mirror and this machine's node binary)
//   --tag <tag>                           image tag (default latest)
//   --jobs <n>                            images built at once (default 2)
//   --stage <dir>                         only build and stage each image's context into <dir>/<package>; no Docker
//   --write-dockerfiles                   render deploy/Dockerfile.template into each package's Dockerfile
//   --help                                this text
// Exit status: 0 done, 1 a build failed (its log is printed) or Docker is unavailable, 2 bad input.
//
// An image's context is staged, not the package folder: dist/ (esbuild bundles the package's code and @unmn/shared,
// npm packages stay imports), the schema or supergraph file, package.json, and exactly the npm packages the bundle
// can load at run time, found by walking `dependencies` from the package (and from @unmn/shared, bundled into it) the
// way Node resolves them. Files are hard-linked from node_modules where possible, so staging takes well under a second.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { DEFAULT_PORTS, SUBGRAPH_NAMES, envPrefix } from '@unmn/shared/config';

export const ROOT = path.resolve(fileURLToPath(new URL('..', import.meta.url)));
export const OFFICIAL_BASE = 'node:20-bookworm-slim';
export const LOCAL_BASE = 'local/node20-bookworm:1';
export const TEMPLATE_FILE = path.join(ROOT, 'deploy', 'Dockerfile.template');
const BASE_SCRIPT = path.join(ROOT, 'deploy', 'base-image.sh');

export class UsageError extends Error {}

export interface ImagePackage {
  /** What the command line and the image are named by: `gateway`, `members`, ... */
  name: string;
  kind: 'gateway' | 'subgraph';
  /** The package folder, relative to the repository root. */
  dir: string;
  npmName: string;
  port: number;
  portVariable: string;
  /** The SDL file dist/server.js reads from the package root. */
  schemaFile: string;
}

const npmNameOf = (dir: string): string => JSON.parse(fs.readFileSync(path.join(ROOT, dir, 'package.json'), 'utf8')).name;

export const PACKAGES: ImagePackage[] = [
  { name: 'gateway', kind: 'gateway' as const, dir: 'gateway', port: DEFAULT_PORTS.gateway, portVariable: 'GATEWAY_PORT', schemaFile: 'supergraph.graphql' },
  ...SUBGRAPH_NAMES.map((name) => ({
    name,
    kind: 'subgraph' as const,
    dir: `subgraphs/${name}`,
    port: DEFAULT_PORTS[name],
    portVariable: `${envPrefix(name)}_PORT`,
    schemaFile: 'schema.graphql',
  })),
].map((p) => ({ ...p, npmName: npmNameOf(p.dir) }));

/** The packages named on the command line (all when none are), by short name, npm name or folder. */
export function selectPackages(names: string[]): ImagePackage[] {
  if (names.length === 0) return PACKAGES;
  return [...new Set(names)].map((given) => {
    const found = PACKAGES.find((p) => [p.name, p.npmName, p.dir].includes(given.replace(/\/+$/, '')));
    if (!found) throw new UsageError(`Unknown package "${given}": expected one of ${PACKAGES.map((p) => p.name).join(', ')}.`);
    return found;
  });
}

export const imageName = (pkg: ImagePackage, tag = 'latest') => `unmn/${pkg.name}:${tag}`;
export const dockerfilePath = (pkg: ImagePackage) => path.join(ROOT, pkg.dir, 'Dockerfile');

/** deploy/Dockerfile.template for one package: {{key}} placeholders, {{#subgraph}}...{{/subgraph}} sections. */
export function renderDockerfile(pkg: ImagePackage, template = fs.readFileSync(TEMPLATE_FILE, 'utf8')): string {
  const values: Record<string, string> = {
    name: pkg.name,
    title: pkg.kind === 'gateway' ? 'gateway' : `${pkg.name} subgraph`,
    port: String(pkg.port),
    portVariable: pkg.portVariable,
    schemaFile: pkg.schemaFile,
  };
  const text = template
    // A section on lines of its own takes those lines with it; an inline one only its text.
    .replace(/^\{\{#(\w+)\}\}\n([\s\S]*?)^\{\{\/\1\}\}\n/gm, (_, section: string, body: string) => (section === pkg.kind ? body : ''))
    .replace(/\{\{#(\w+)\}\}([\s\S]*?)\{\{\/\1\}\}/g, (_, section: string, body: string) => (section === pkg.kind ? body : ''))
    .replace(/\{\{(\w+)\}\}/g, (whole, key: string) => {
      if (!(key in values)) throw new Error(`${TEMPLATE_FILE}: unknown placeholder ${whole}`);
      return values[key];
    });
  return text;
}

// ---- production dependencies -------------------------------------------------------------------------------------

interface PackageJson {
  name: string;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
}
const readPackageJson = (dir: string): PackageJson => JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));

/** Where Node finds `name` when `fromDir` imports it: the nearest node_modules/<name> up to the repository root. */
function resolvePackage(fromDir: string, name: string): string | undefined {
  for (let dir = fromDir; dir === ROOT || dir.startsWith(ROOT + path.sep); dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'node_modules', name);
    if (fs.existsSync(path.join(candidate, 'package.json'))) return candidate;
  }
  return undefined;
}

const isWorkspacePackage = (realDir: string) => !path.relative(ROOT, realDir).split(path.sep).includes('node_modules');

/**
 * Every installed npm package `pkg` can load at run time, as real paths: its `dependencies` and
 * `optionalDependencies`, their non-optional peers, recursively; a workspace package (@unmn/shared) is bundled, so
 * only its own dependencies count. Optional peers (shared's knex, sqlite3, ...) come only from a package that declares
 * them as dependencies, which is why the gateway's image has no sqlite3.
 */
export function productionDependencies(pkg: ImagePackage): string[] {
  const found = new Set<string>();
  const visited = new Set<string>();
  const visit = (realDir: string) => {
    if (visited.has(realDir)) return;
    visited.add(realDir);
    const json = readPackageJson(realDir);
    const wanted: (readonly [string, 'required' | 'optional'])[] = [
      ...Object.keys(json.dependencies ?? {}).map((n) => [n, 'required'] as const),
      ...Object.keys(json.optionalDependencies ?? {}).map((n) => [n, 'optional'] as const),
      ...Object.keys(json.peerDependencies ?? {})
        .filter((n) => !json.peerDependenciesMeta?.[n]?.optional)
        .map((n) => [n, 'optional'] as const), // npm installs peers; one it could not is npm's warning, not ours
    ];
    for (const [name, need] of wanted) {
      if (INSTALL_ONLY[json.name]?.includes(name)) continue;
      const location = resolvePackage(realDir, name);
      if (!location) {
        if (need === 'optional') continue;
        throw new Error(`${json.name} depends on ${name}, which is not installed under ${ROOT}: run npm install.`);
      }
      const real = fs.realpathSync(location);
      if (!isWorkspacePackage(real)) found.add(real);
      visit(real);
    }
  };
  visit(path.join(ROOT, pkg.dir));
  return [...found].sort();
}

// ---- staging -----------------------------------------------------------------------------------------------------

// Never loaded at run time: type declarations and docs.
const PRUNED_FILE = /(\.d\.[cm]?ts|\.md|\.markdown|\.tsbuildinfo)$/i;
// sqlite3 builds its addon on install (its prebuilt download is unreachable here); at run time it loads only
// build/Release/node_sqlite3.node through `bindings`. Its C sources, object files and build tools are most of its size.
const PRUNED_IN: Record<string, (rel: string) => boolean> = {
  sqlite3: (rel) => ['deps', 'src', 'node-addon-api'].includes(rel) || (rel.startsWith('build/') && !['build/Release', 'build/Release/node_sqlite3.node'].includes(rel)),
};
// Dependencies used only to install or build, never loaded by a service: sqlite3's build tools, and esbuild, which
// @unmn/shared declares for its unmn-build command (the bundles in dist/ are its output, they do not import it).
const INSTALL_ONLY: Record<string, string[]> = {
  sqlite3: ['node-addon-api', 'node-gyp', 'prebuild-install', 'tar'],
  '@unmn/shared': ['esbuild'],
};

interface CopyStats {
  files: number;
  bytes: number;
}

/** Hard-links (or copies, across file systems) a tree; skips nested node_modules, which are staged on their own. */
function linkTree(src: string, dst: string, stats: CopyStats, skip = (_rel: string) => false, rel = ''): void {
  fs.mkdirSync(dst, { recursive: true });
  for (const entry of fs.readdirSync(src, { withFileTypes: true })) {
    const childRel = rel ? `${rel}/${entry.name}` : entry.name;
    if (skip(childRel)) continue;
    const from = path.join(src, entry.name);
    const to = path.join(dst, entry.name);
    if (entry.isDirectory()) linkTree(from, to, stats, skip, childRel);
    else if (entry.isSymbolicLink()) fs.symlinkSync(fs.readlinkSync(from), to);
    else if (entry.isFile()) {
      try {
        fs.linkSync(from, to);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EXDEV' && (error as NodeJS.ErrnoException).code !== 'EPERM') throw error;
        fs.copyFileSync(from, to);
      }
      stats.files++;
      stats.bytes += fs.statSync(from).size;
    }
  }
}

export interface StagedContext {
  dir: string;
  packages: number;
  files: number;
  bytes: number;
}

/**
 * Stages `pkg`'s image context in `dir` (which must not exist): Dockerfile, node_modules/ (packages hoisted to the
 * repository's node_modules, /app/node_modules in the image), service/ (the package: package.json, its SDL file,
 * dist/, and service/node_modules/ for packages npm installed in the package's own folder). The image mirrors the
 * repository's layout, so Node resolves every import to the same version it does here. Needs `npm run build` first.
 */
export function stageContext(pkg: ImagePackage, dir: string): StagedContext {
  const pkgRoot = path.join(ROOT, pkg.dir);
  if (!fs.existsSync(path.join(pkgRoot, 'dist', 'server.js'))) {
    throw new Error(`${pkg.dir}/dist/server.js is missing: run \`npm run build -w ${pkg.npmName}\` first.`);
  }
  const dockerfile = fs.readFileSync(dockerfilePath(pkg), 'utf8');
  if (dockerfile !== renderDockerfile(pkg)) {
    throw new Error(`${pkg.dir}/Dockerfile differs from deploy/Dockerfile.template: run \`npm run images -- --write-dockerfiles\`.`);
  }
  if (fs.existsSync(dir)) throw new Error(`${dir} exists: staging needs a new folder.`);
  const stats: CopyStats = { files: 0, bytes: 0 };
  const service = path.join(dir, 'service');
  fs.mkdirSync(path.join(service, 'node_modules'), { recursive: true });
  fs.mkdirSync(path.join(dir, 'node_modules'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'Dockerfile'), dockerfile);
  for (const file of ['package.json', pkg.schemaFile]) fs.copyFileSync(path.join(pkgRoot, file), path.join(service, file));
  linkTree(path.join(pkgRoot, 'dist'), path.join(service, 'dist'), stats);

  const places: [string, string][] = [
    [path.join(pkgRoot, 'node_modules'), path.join(service, 'node_modules')],
    [path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules')],
  ];
  const dependencies = productionDependencies(pkg);
  for (const real of dependencies) {
    const place = places.find(([from]) => real.startsWith(from + path.sep));
    if (!place) {
      // e.g. shared/node_modules/x: the bundle in dist/ resolves from the package's folder and would not find it.
      throw new Error(`${path.relative(ROOT, real)} is installed where ${pkg.dir}/dist cannot load it; it must be hoisted (npm dedupe).`);
    }
    const pruned = PRUNED_IN[readPackageJson(real).name];
    linkTree(real, path.join(place[1], path.relative(place[0], real)), stats, (r) => r === 'node_modules' || PRUNED_FILE.test(r) || !!pruned?.(r));
  }
  return { dir, packages: dependencies.length, ...stats };
}

// ---- building ----------------------------------------------------------------------------------------------------

export interface DockerClient {
  command: string;
  env: NodeJS.ProcessEnv;
  /** Whether `docker build` uses BuildKit: five times faster here than the legacy builder, and cached in a second. */
  buildkit: boolean;
}

let client: DockerClient | undefined;

/**
 * The docker client to use: $DOCKER when set, else the first `docker` on PATH that builds with BuildKit (the buildx
 * plugin, or a pre-23 client's built-in BuildKit with DOCKER_BUILDKIT=1, as Debian's docker.io has), else the first
 * one, with the legacy builder. Machines may have a newer client without buildx ahead of Debian's on PATH.
 */
export function dockerClient(): DockerClient {
  if (client) return client;
  const candidates = process.env.DOCKER
    ? [process.env.DOCKER]
    : [...new Set((process.env.PATH ?? '').split(path.delimiter).map((dir) => path.join(dir, 'docker')).filter(isExecutable).map((f) => fs.realpathSync(f)))];
  for (const command of candidates) {
    if (spawnSync(command, ['buildx', 'version'], { stdio: 'ignore' }).status === 0) return (client = { command, env: process.env, buildkit: true });
    const version = spawnSync(command, ['version', '--format', '{{.Client.Version}}'], { encoding: 'utf8' }).stdout?.trim() ?? '';
    const major = Number(version.split('.')[0]);
    if (major >= 18 && major < 23) return (client = { command, env: { ...process.env, DOCKER_BUILDKIT: '1' }, buildkit: true });
  }
  return (client = { command: candidates[0] ?? 'docker', env: process.env, buildkit: false });
}

function isExecutable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/** Why Docker cannot be used here, or null when the daemon answers. */
export function dockerProblem(): string | null {
  const { command, env } = dockerClient();
  const answer = spawnSync(command, ['version', '--format', '{{.Server.Version}}'], { encoding: 'utf8', timeout: 15_000, env });
  if (answer.error && (answer.error as NodeJS.ErrnoException).code === 'ENOENT') return 'the docker command is not installed';
  if (answer.status !== 0) return `the Docker daemon does not answer (${(answer.stderr || String(answer.error ?? '')).trim().split('\n').pop()})`;
  return null;
}

/** Runs the docker client; throws with its output when it fails. */
export async function docker(args: string[], what = `docker ${args[0]}`): Promise<string> {
  const { command, env } = dockerClient();
  const result = await run(command, args, { env });
  if (result.code !== 0) throw new Error(`${what} failed:\n${result.output.trim().split('\n').slice(-30).join('\n')}`);
  return result.output;
}

function run(command: string, args: string[], options: { env?: NodeJS.ProcessEnv } = {}): Promise<{ code: number; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const take = (chunk: Buffer) => {
      output += chunk.toString();
    };
    child.stdout.on('data', take);
    child.stderr.on('data', take);
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

/** Makes local/node20-bookworm:1 with deploy/base-image.sh unless it exists. */
export async function ensureLocalBase(log: (line: string) => void = console.log): Promise<void> {
  const { command, env } = dockerClient();
  const exists = spawnSync(command, ['image', 'inspect', LOCAL_BASE], { stdio: 'ignore', env }).status === 0;
  if (exists) return;
  log(`making ${LOCAL_BASE} with deploy/base-image.sh (about 30 s)`);
  const result = await run('bash', [BASE_SCRIPT, LOCAL_BASE], { env: { ...env, DOCKER: command } });
  if (result.code !== 0) throw new Error(`deploy/base-image.sh failed:\n${result.output.trim()}`);
}

/**
 * `npm run build` for the packages; with `onlyStale`, only those whose dist/server.js is missing or older than their
 * sources or shared's (a rebuild empties dist/ first, which other processes running from it may not expect).
 */
export async function buildPackages(packages: ImagePackage[], options: { onlyStale?: boolean } = {}): Promise<void> {
  const shared = newestMtime(path.join(ROOT, 'shared', 'src'));
  const wanted = packages.filter((pkg) => {
    if (!options.onlyStale) return true;
    const built = path.join(ROOT, pkg.dir, 'dist', 'server.js');
    return !fs.existsSync(built) || Math.max(shared, newestMtime(path.join(ROOT, pkg.dir, 'src'))) > fs.statSync(built).mtimeMs;
  });
  if (!wanted.length) return;
  const result = await run('npm', ['run', 'build', ...wanted.flatMap((p) => ['-w', p.npmName])]);
  if (result.code !== 0) throw new Error(`npm run build failed:\n${result.output.trim()}`);
}

function newestMtime(file: string): number {
  const stat = fs.statSync(file);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...fs.readdirSync(file).map((entry) => newestMtime(path.join(file, entry))));
}

export interface BuiltImage {
  pkg: ImagePackage;
  image: string;
  seconds: number;
  /** Uncompressed size as `docker image inspect` reports it, base included. */
  bytes: number;
  context: StagedContext;
}

export interface BuildOptions {
  packages: ImagePackage[];
  base?: string;
  tag?: string;
  jobs?: number;
  /** Rebuild only packages whose build is older than their sources (default: build every package). */
  onlyStale?: boolean;
  log?: (line: string) => void;
}

/** Builds the packages, stages each context and runs `docker build`, `jobs` at a time. */
export async function buildImages(options: BuildOptions): Promise<BuiltImage[]> {
  const { packages, tag = 'latest', jobs = 2, log = console.log } = options;
  const base = options.base === 'local' ? LOCAL_BASE : (options.base ?? OFFICIAL_BASE);
  const problem = dockerProblem();
  if (problem) throw new Error(`Cannot build images: ${problem}.`);
  if (!dockerClient().buildkit) log('note: no docker client with BuildKit here (the buildx plugin); the legacy builder is several times slower');
  if (base === LOCAL_BASE) await ensureLocalBase(log);
  await buildPackages(packages, { onlyStale: options.onlyStale });

  const staging = fs.mkdtempSync(path.join(os.tmpdir(), 'unmn-images-'));
  try {
    const queue = [...packages];
    const built: BuiltImage[] = [];
    const worker = async () => {
      for (let pkg = queue.shift(); pkg; pkg = queue.shift()) {
        const started = performance.now();
        const context = stageContext(pkg, path.join(staging, pkg.name));
        const image = imageName(pkg, tag);
        await docker(['build', '--build-arg', `BASE_IMAGE=${base}`, '-t', image, context.dir], `docker build of ${image}`);
        const bytes = Number((await docker(['image', 'inspect', '-f', '{{.Size}}', image])).trim());
        const seconds = (performance.now() - started) / 1000;
        built.push({ pkg, image, seconds, bytes, context });
        log(`${image}: ${mb(bytes)} (${context.packages} npm packages, ${mb(context.bytes)} staged) in ${seconds.toFixed(1)} s`);
      }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(jobs, packages.length)) }, worker));
    return packages.map((p) => built.find((b) => b.pkg === p)!);
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
}

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(0)} MB`;

// ---- command line ------------------------------------------------------------------------------------------------

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({
      options: {
        base: { type: 'string' },
        tag: { type: 'string' },
        jobs: { type: 'string' },
        stage: { type: 'string' },
        'write-dockerfiles': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      allowPositionals: true,
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (args.values.help) {
    // The usage is this file's opening comment, up to the blank comment line.
    const own = fs.readFileSync(fileURLToPath(import.meta.url), 'utf8').split('\n');
    console.log(own.slice(0, own.indexOf('//')).map((line) => line.replace(/^\/\/ ?/, '')).join('\n'));
    return 0;
  }
  const { base, tag, stage } = args.values;
  const packages = selectPackages(args.positionals);
  const jobs = args.values.jobs === undefined ? 2 : Number(args.values.jobs);
  if (!Number.isInteger(jobs) || jobs < 1) throw new UsageError(`--jobs ${args.values.jobs}: expected a whole number of at least 1.`);
  if (tag !== undefined && !/^[\w][\w.-]{0,127}$/.test(tag)) throw new UsageError(`--tag ${tag}: not a valid image tag.`);

  if (args.values['write-dockerfiles']) {
    for (const pkg of packages) {
      fs.writeFileSync(dockerfilePath(pkg), renderDockerfile(pkg));
      console.log(`wrote ${pkg.dir}/Dockerfile`);
    }
    return 0;
  }
  if (stage) {
    await buildPackages(packages);
    for (const pkg of packages) {
      const context = stageContext(pkg, path.resolve(stage, pkg.name));
      console.log(`${context.dir}: ${context.packages} npm packages, ${context.files} files, ${mb(context.bytes)}`);
    }
    return 0;
  }
  const started = performance.now();
  const built = await buildImages({ packages, base, tag, jobs });
  console.log(`${built.length} image(s) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main().then(
    (code) => process.exit(code),
    (error) => {
      console.error(error instanceof UsageError ? `images: ${error.message}` : (error as Error).message);
      process.exit(error instanceof UsageError ? 2 : 1);
    },
  );
}
