// Optimistic concurrency: every updatable row has an integer `version`. An update names the version it read; if the
// row moved on meanwhile the UPDATE matches nothing and the caller gets CONFLICT, never a silent overwrite.
import type { Knex } from 'knex';
import { ConflictError, NotFoundError } from './errors.js';
import { now } from './db.js';

/**
 * Applies `changes` to row `id` of `table` if its version is still `expectedVersion`; bumps version and updated_at.
 * Returns the new version. Call inside the write's transaction.
 */
export async function updateVersioned(
  trx: Knex.Transaction | Knex,
  table: string,
  what: string,
  id: string,
  expectedVersion: number,
  changes: Record<string, unknown>,
): Promise<number> {
  const updated = await trx(table)
    .where({ id, version: expectedVersion })
    .update({ ...changes, version: expectedVersion + 1, updated_at: now() });
  if (updated === 1) return expectedVersion + 1;
  const current = await trx(table).where({ id }).first('version');
  if (!current) throw new NotFoundError(what, id);
  throw staleVersion(what, id, Number(current.version), expectedVersion);
}

/**
 * The CONFLICT for a stale version, worded and shaped the same wherever a write checks the version it read:
 * `extensions` carry `currentVersion` (read it again from there) and `reason: 'STALE_VERSION'`. `label` names the
 * record for people (an id or a human code such as SR-2026-0042).
 */
export function staleVersion(what: string, label: string, currentVersion: number, expectedVersion: number): ConflictError {
  return new ConflictError(
    `${what} ${label} is at version ${currentVersion}, not ${expectedVersion}: it changed since you read it. Read it again and retry.`,
    { currentVersion, reason: 'STALE_VERSION' },
  );
}

/**
 * For writes that read (and lock) the row before deciding what to change: refuses a stale version up front, before
 * any other check, with the same error `updateVersioned` gives.
 */
export function assertVersion(what: string, label: string, currentVersion: number, expectedVersion: number): void {
  if (currentVersion !== expectedVersion) throw staleVersion(what, label, currentVersion, expectedVersion);
}
