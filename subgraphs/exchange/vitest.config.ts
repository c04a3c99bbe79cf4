// This package's tests alone: `npm test -w subgraphs/exchange` (the root `npm test` runs every package's tests and tests/).
import { packageTestConfig } from '../../shared/src/vitest-base.js';

export default packageTestConfig();
