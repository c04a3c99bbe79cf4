// Runs the gateway alone: `npm run dev -w gateway`, or `npm start -w gateway` from the build (GATEWAY_PORT, default 4000). Subgraph URLs: <NAME>_URL.
import { configOrExit } from '@unmn/shared/config';
import { onShutdown, orExit } from '@unmn/shared/main';
import { startGateway } from './index.js';

const config = configOrExit();
const gateway = await orExit(startGateway(config));
console.log(`gateway ready at ${gateway.url}`);
onShutdown(gateway.stop, { timeoutMs: config.shutdownTimeoutMs });
