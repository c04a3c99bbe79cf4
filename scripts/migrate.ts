// npm run migrate -- up [subgraph ...]     migrate to latest and seed (the default; npm start does this too)
// npm run migrate -- down [subgraph ...]   roll every migration back (drops the subgraph's tables)
// Uses DATABASE_URL (PostgreSQL) when set, else the SQLite files under DATA_DIR.
import { configOrExit } from '@unmn/shared/config';
import { migrate } from '@unmn/shared/subgraph';
import { subgraphs } from './lib/subgraphs.js';

const [direction = 'up', ...names] = process.argv.slice(2);
if (!['up', 'down'].includes(direction)) {
  console.error(`Unknown direction "${direction}": use "up" or "down".`);
  process.exit(2);
}
const unknown = names.filter((n) => !subgraphs.some((s) => s.name === n));
if (unknown.length) {
  console.error(`Unknown subgraph(s): ${unknown.join(', ')}. Known: ${subgraphs.map((s) => s.name).join(', ')}.`);
  process.exit(2);
}
const config = configOrExit();
for (const module of subgraphs.filter((s) => names.length === 0 || names.includes(s.name))) await migrate(module, direction as 'up' | 'down', config);
