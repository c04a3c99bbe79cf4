// Runs the gateway alone: `npm run dev -w gateway`, or `npm start -w gateway` from the build (GATEWAY_PORT, default 4000). Subgraph URLs: <NAME>_URL.
// GATEWAY_WORKERS > 1: this process is the cluster primary and each worker it forks runs this file again (cluster.ts).
import cluster from 'node:cluster';
import { configOrExit } from '@unmn/shared/config';
import { onShutdown, orExit } from '@unmn/shared/main';
import { runGatewayCluster, tagResponsesWithWorker } from './cluster.js';
import { startGateway } from './index.js';

const config = configOrExit();
if (config.gateway.workers > 1 && cluster.isPrimary) {
  runGatewayCluster(config);
} else {
  const gateway = await orExit(startGateway(config));
  if (cluster.isWorker) tagResponsesWithWorker(gateway.server);
  console.log(`gateway ready at ${gateway.url}${cluster.isWorker ? ` (worker ${process.pid})` : ''}`);
  onShutdown(gateway.stop, { timeoutMs: config.shutdownTimeoutMs });
}
