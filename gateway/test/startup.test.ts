// Start-up with a supergraph file that is missing or invalid fails before the gateway listens, naming the file, so an
// operator with a wrong SUPERGRAPH_FILE sees the path at once rather than a gateway serving nothing.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { testConfig } from '@unmn/shared/testing';
import { startGateway } from '../src/index.js';
import { tempDir } from './stubs.js';

const tmp = tempDir();
afterAll(() => tmp.remove());

const PACKAGE = fileURLToPath(new URL('..', import.meta.url));

/** Runs the gateway's process entry as `npm run dev -w gateway` does, and waits for it to exit (or not). */
function runGatewayProcess(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
      cwd: PACKAGE,
      env: { ...process.env, NODE_ENV: 'test', HOST: '127.0.0.1', GATEWAY_PORT: '0', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    // A gateway that starts despite the bad file would keep running: stop it and let the assertions say so.
    const guard = setTimeout(() => child.kill('SIGKILL'), 15_000);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearTimeout(guard);
      resolve({ code, output });
    });
  });
}

describe('gateway start-up with a bad supergraph file', () => {
  it('refuses a missing file, naming the path', async () => {
    const missing = path.join(tmp.dir, 'no-such-supergraph.graphql');
    await expect(startGateway(testConfig({ SUPERGRAPH_FILE: missing }), { port: 0 })).rejects.toThrow(
      `Cannot read the supergraph file ${missing}: no such file. Set SUPERGRAPH_FILE`,
    );
  });

  it('refuses a file that is not a valid supergraph, naming the path and the reason', async () => {
    const file = path.join(tmp.dir, 'plain-schema.graphql');
    fs.writeFileSync(file, 'type Query { hello: String }');
    await expect(startGateway(testConfig({ SUPERGRAPH_FILE: file }), { port: 0 })).rejects.toThrow(
      `The supergraph file ${file} is not a valid supergraph: Invalid supergraph: must be a core schema`,
    );
  });

  it('exits non-zero before listening when SUPERGRAPH_FILE points nowhere', async () => {
    const missing = path.join(tmp.dir, 'typo', 'supergraph.graphql');
    const { code, output } = await runGatewayProcess({ SUPERGRAPH_FILE: missing });
    expect(code).toBe(1);
    expect(output).toContain(`Start-up failed: Cannot read the supergraph file ${missing}: no such file`);
    expect(output).not.toContain('gateway ready');
  });
});
