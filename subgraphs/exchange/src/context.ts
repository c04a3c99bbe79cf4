import type { Config } from '@unmn/shared/config';
import type { Database } from '@unmn/shared/db';
import type { SubgraphContext } from '@unmn/shared/subgraph';
import type { Viewer } from '@unmn/shared/viewer';
import type { Source } from './sources.js';

export interface ExchangeData {
  /** The exchange's own database (webhooks and their deliveries). */
  db: Database;
  config: Config;
  viewer: Viewer;
  /** The feeds `changes` and the webhooks read. */
  sources: Source[];
}
export type ExchangeContext = SubgraphContext<ExchangeData>;
