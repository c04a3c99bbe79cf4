// Checked-in generated files must match their sources: a stale supergraph or stale types break everyone downstream.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { staleFiles } from '../scripts/lib/compose.js';

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
