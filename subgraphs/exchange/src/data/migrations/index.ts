// The exchange's schema history. Append new migrations; never edit one that has shipped.
import type { Migration } from '@unmn/shared/db';
import { changeEventsMigration } from '@unmn/shared/changes';
import { webhooksMigration } from './webhooks.js';

export const migrations: Migration[] = [
  // Every subgraph serves GET /changes from this table (shared/subgraph.ts). The exchange owns no entity of the feed,
  // so its own feed stays empty; it reads the others' instead.
  changeEventsMigration('2026-11-29-001-change-events'),
  webhooksMigration,
];
