// One vitest configuration for every package and for the root suite, so `npm test -w <package>` and `npm test` run
// tests the same way.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);
const GLOBAL_SETUP = fileURLToPath(new URL('./test-global-setup.ts', import.meta.url));

export function testConfig(include: string[]) {
  return defineConfig({
    resolve: {
      // graphql 16 ships CJS (main) and ESM (module) builds; Node and the Apollo packages load the CJS one, Vite would
      // pick the ESM one for our files, and schema objects from two copies refuse to mix. Use the one Node uses.
      alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
    },
    test: {
      include,
      globalSetup: [GLOBAL_SETUP],
      testTimeout: 30_000,
      hookTimeout: 60_000,
      // 2-core machines: a few files at a time keeps servers and PostgreSQL responsive.
      maxWorkers: 2,
    },
  });
}

/** A package's own tests: unit tests beside the code in src/ and the package's tests over HTTP in test/. */
export const packageTestConfig = () => testConfig(['src/**/*.test.ts', 'test/**/*.test.ts']);
