// Checked-in generated files must match their sources: a stale supergraph or stale types break everyone downstream.
// `npm run compose` builds the supergraph from the subgraphs' schema files (or the running subgraphs); the compose
// tests below run it on a temporary checkout, never on this repository's files.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { membersSubgraph } from '@unmn/members';
import { SUBGRAPH_NAMES } from '@unmn/shared/config';
import { startTestSubgraph, type TestSubgraph } from '@unmn/shared/testing';
import { InputError, composeSupergraph, readSubgraphSchema, staleFiles, subgraphNames, writeComposed } from '../scripts/lib/compose.js';

const REPO = fileURLToPath(new URL('../', import.meta.url));
const run = promisify(execFile);

describe('generated files', () => {
  it('gateway/supergraph.graphql and gateway/schema.graphql match the subgraph schemas (npm run compose)', () => {
    expect(staleFiles()).toEqual([]);
  });

  it('codegen output is up to date (npm run codegen)', async () => {
    const result = await promisify(execFile)('npx', ['graphql-codegen', '--config', 'codegen.yml', '--check'], { timeout: 60_000 }).then(
      () => 'fresh',
      (e) => `${e.stdout}\n${e.stderr}`,
    );
    expect(result).toBe('fresh');
  });
});

/** Runs scripts/compose.ts as `npm run compose` would (tsx), without npx's start-up cost. */
function compose(args: string[], env: Record<string, string> = {}) {
  return run(process.execPath, ['--import', 'tsx', 'scripts/compose.ts', ...args], { cwd: REPO, env: { ...process.env, ...env }, timeout: 25_000 }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
  );
}

describe('npm run compose', () => {
  let root: string;
  let composed: { supergraph: string; api: string };
  const gatewayFiles = () => ({
    supergraph: fs.readFileSync(path.join(root, 'gateway/supergraph.graphql'), 'utf8'),
    api: fs.readFileSync(path.join(root, 'gateway/schema.graphql'), 'utf8'),
  });

  beforeAll(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'compose-'));
    for (const name of SUBGRAPH_NAMES) {
      fs.mkdirSync(path.join(root, 'subgraphs', name), { recursive: true });
      fs.copyFileSync(path.join(REPO, 'subgraphs', name, 'schema.graphql'), path.join(root, 'subgraphs', name, 'schema.graphql'));
    }
    fs.mkdirSync(path.join(root, 'gateway'));
    writeComposed(composeSupergraph(root), root);
    composed = gatewayFiles();
  });
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  it('an unknown subgraph name or a missing schema file is an error naming it', () => {
    expect(() => subgraphNames(['members', 'memebrs'])).toThrow(new InputError('Unknown subgraph "memebrs"; the subgraphs are: members, gcm-objectives, knowledge-resources, support-requests, fund-projects, exchange.'));
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'compose-empty-'));
    try {
      expect(() => readSubgraphSchema('fund-projects', empty)).toThrow("Cannot read the fund-projects subgraph's schema subgraphs/fund-projects/schema.graphql: no such file.");
    } finally {
      fs.rmSync(empty, { recursive: true, force: true });
    }
  });

  it('a supergraph that does not compose fails (exit 1) naming the conflict, and writes nothing', async () => {
    const file = path.join(root, 'subgraphs/members/schema.graphql');
    const original = fs.readFileSync(file, 'utf8');
    fs.writeFileSync(file, original.replace(/(type Country @key\(fields: "iso3"\) \{[^}]*?iso3: )ID!/, '$1Int!'));
    try {
      const result = await compose(['--root', root]);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain('Composition failed');
      expect(result.stderr).toContain('"Country.iso3"');
      expect(gatewayFiles()).toEqual(composed);
    } finally {
      fs.writeFileSync(file, original);
    }
  });

  describe('--from-running', () => {
    let members: TestSubgraph;
    beforeAll(async () => {
      members = await startTestSubgraph(membersSubgraph);
    });
    afterAll(() => members?.stop());

    it("a running subgraph's _service sdl composes to the same files as its schema.graphql", async () => {
      const result = await compose(['--from-running', '--check', 'members', '--root', root], { MEMBERS_URL: members.url });
      expect(result.code, result.stderr).toBe(0);
      expect(result.stdout).toContain('Supergraph is up to date with the running members');
    });

    it('a subgraph that does not answer fails (exit 2) naming it and its URL, and writes nothing', async () => {
      const closed = await new Promise<number>((resolve) => {
        const server = net.createServer().listen(0, '127.0.0.1', () => {
          const { port } = server.address() as net.AddressInfo;
          server.close(() => resolve(port));
        });
      });
      const url = `http://127.0.0.1:${closed}/graphql`;
      const result = await compose(['--from-running', 'members', '--root', root], { MEMBERS_URL: url });
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(`Cannot reach the members subgraph at ${url}: ECONNREFUSED`);
      expect(gatewayFiles()).toEqual(composed);
    });
  });
});
