// Optimistic concurrency on the real database (SQLite, or PostgreSQL when DATABASE_URL is set): a stale version is a
// CONFLICT with reason STALE_VERSION and the current version (docs/errors.md), and the row is left as it was.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphQLError } from 'graphql';
import { testDatabase } from './testing.js';
import { assertVersion, updateVersioned } from './versioning.js';

const db = testDatabase('versioning');
beforeAll(async () => {
  if (db.schema) await db.knex.raw('create schema if not exists ??', [db.schema]);
  await db.knex.schema.createTable('things', (t) => {
    t.string('id').primary();
    t.string('title').notNullable();
    t.integer('version').notNullable();
    t.string('updated_at').notNullable();
  });
  await db.knex('things').insert({ id: 't1', title: 'First', version: 1, updated_at: '2026-01-01T00:00:00.000Z' });
});
afterAll(() => db.dispose());

const refusal = async (fn: () => unknown): Promise<GraphQLError> => {
  try {
    await fn();
  } catch (error) {
    return error as GraphQLError;
  }
  throw new Error('expected a refusal');
};

describe('updateVersioned', () => {
  it('applies the change at the version read and bumps the version', async () => {
    expect(await updateVersioned(db.knex, 'things', 'Thing', 't1', 1, { title: 'Second' })).toBe(2);
    expect(await db.knex('things').where({ id: 't1' }).first()).toMatchObject({ title: 'Second', version: 2 });
  });

  it('refuses a stale version with CONFLICT STALE_VERSION and the current version, changing nothing', async () => {
    const before = await db.knex('things').where({ id: 't1' }).first();
    const error = await refusal(() => updateVersioned(db.knex, 'things', 'Thing', 't1', 1, { title: 'Lost update' }));
    expect(error.extensions).toEqual({ code: 'CONFLICT', reason: 'STALE_VERSION', currentVersion: 2 });
    expect(error.message).toBe('Thing t1 is at version 2, not 1: it changed since you read it. Read it again and retry.');
    expect(await db.knex('things').where({ id: 't1' }).first()).toEqual(before);
  });

  it('answers NOT_FOUND for a row that does not exist', async () => {
    const error = await refusal(() => updateVersioned(db.knex, 'things', 'Thing', 'nope', 1, { title: 'x' }));
    expect(error.extensions).toMatchObject({ code: 'NOT_FOUND', id: 'nope' });
  });
});

describe('assertVersion', () => {
  it('gives the same error as updateVersioned, naming the record by its label', async () => {
    expect(() => assertVersion('Thing', 't1', 2, 2)).not.toThrow();
    const error = await refusal(() => assertVersion('Support request', 'SR-2026-0042', 4, 3));
    expect(error.extensions).toEqual({ code: 'CONFLICT', reason: 'STALE_VERSION', currentVersion: 4 });
    expect(error.message).toMatch(/^Support request SR-2026-0042 is at version 4, not 3:/);
  });
});
