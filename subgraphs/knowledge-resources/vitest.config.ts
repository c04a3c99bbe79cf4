// This package's tests alone: `npm test -w subgraphs/knowledge-resources` (the root `npm test` runs every package's tests and tests/).
import { packageTestConfig } from '../../shared/src/vitest-base.js';

export default packageTestConfig();
