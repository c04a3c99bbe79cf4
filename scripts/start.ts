// npm start: every subgraph and the gateway in one process, for development and small deployments. Each subgraph
// migrates and seeds its database on first start. Teams deploying one part run its own server.ts instead.
import { configOrExit } from '@unmn/shared/config';
import { onShutdown, orExit } from '@unmn/shared/main';
import { startSubgraph } from '@unmn/shared/subgraph';
import { startGateway } from '@unmn/gateway';
import { staleFiles } from './lib/compose.js';
import { subgraphs } from './lib/subgraphs.js';

const config = configOrExit();
const stale = staleFiles();
if (stale.length) {
  console.error(`Stale: ${stale.join(', ')}. Run \`npm run compose\` first: the gateway would serve an outdated schema.`);
  process.exit(1);
}
const store = config.database.url ? 'PostgreSQL (DATABASE_URL)' : `SQLite files in ${config.database.dataDir}/`;
console.log(`Starting ${subgraphs.length} subgraphs on ${store} ...`);
const running: Awaited<ReturnType<typeof startSubgraph>>[] = [];
for (const module of subgraphs) {
  const sub = await orExit(startSubgraph(module, { config }));
  running.push(sub);
  console.log(`  ${module.name.padEnd(20)} ${sub.url}`);
}
const gateway = await orExit(startGateway(config));
console.log(`\nGateway ready: ${gateway.url}`);
console.log(`  health ${gateway.url.replace('/graphql', '/health')}  metrics ${gateway.url.replace('/graphql', '/metrics')}`);
console.log('  try: curl -s -H "content-type: application/json" -d \'{"query":"{ objective(number: 20) { title } }"}\' ' + gateway.url);
onShutdown(
  async () => {
    await gateway.stop();
    for (const sub of running.reverse()) await sub.stop();
  },
  { timeoutMs: config.shutdownTimeoutMs },
);
