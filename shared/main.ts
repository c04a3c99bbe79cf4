// Entry point helpers for processes: load configuration (or exit naming the bad variable), start, and stop cleanly
// on SIGINT/SIGTERM.
import { configOrExit } from './config.js';
import { startSubgraph, type SubgraphModule } from './subgraph.js';

export function onShutdown(stop: () => Promise<void>): void {
  let stopping = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      stop().finally(() => process.exit(0));
    });
  }
}

export async function runSubgraphMain(module: SubgraphModule<any>): Promise<void> {
  const config = configOrExit();
  const running = await startSubgraph(module, { config });
  console.log(`${module.name} subgraph ready at ${running.url} (health: /health, metrics: /metrics)`);
  onShutdown(running.stop);
}
