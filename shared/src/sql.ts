// Small SQL building blocks that behave the same on SQLite and PostgreSQL.
import type { Knex } from 'knex';
import { BadUserInputError } from './errors.js';

/** Longest text a "contains" filter accepts: names and titles are short, and SQLite refuses LIKE patterns over 50 KB. */
export const MAX_CONTAINS_LENGTH = 200;

/**
 * Case-insensitive "contains" over several columns, with LIKE wildcards in the text escaped (searched literally).
 * `argument` names the input in the error for text that is too long.
 */
export function whereContainsText(q: Knex.QueryBuilder, columns: string[], text: string, argument = 'filter.search'): void {
  if (text.length > MAX_CONTAINS_LENGTH) {
    throw new BadUserInputError(argument, `is ${text.length} characters long; at most ${MAX_CONTAINS_LENGTH} are searched`);
  }
  const pattern = `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  q.where((w) => {
    for (const c of columns) w.orWhereRaw(`lower(??) like ? escape '\\'`, [c, pattern]);
  });
}
