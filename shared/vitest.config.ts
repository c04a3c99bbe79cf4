// This package's tests alone: `npm test -w shared` (the root `npm test` runs every package's tests and tests/).
import { packageTestConfig } from './src/vitest-base.js';

export default packageTestConfig();
