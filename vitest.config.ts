// `npm test`: every package's own tests and the cross-subgraph tests in tests/, in one run.
import { testConfig } from './shared/src/vitest-base.js';

export default testConfig([
  'tests/**/*.test.ts',
  '{shared,gateway}/{src,test}/**/*.test.ts',
  'subgraphs/*/{src,test}/**/*.test.ts',
]);
