// Runs the exchange subgraph alone: `npm run dev -w subgraphs/exchange` (or `npm start -w subgraphs/exchange` from the build) (EXCHANGE_PORT, default 4006).
// It reads the other subgraphs at their configured URLs (<NAME>_URL), so start them first or point it at theirs.
import { runSubgraphMain } from '@unmn/shared/subgraph';
import { exchangeSubgraph } from './index.js';

await runSubgraphMain(exchangeSubgraph);
