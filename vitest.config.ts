import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'subgraphs/**/*.test.ts', 'gateway/**/*.test.ts', 'shared/**/*.test.ts'],
    globalSetup: ['tests/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // 2-core machines: a few files at a time keeps servers and PostgreSQL responsive.
    maxWorkers: 2,
  },
});
