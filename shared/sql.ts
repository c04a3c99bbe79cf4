// Small SQL building blocks that behave the same on SQLite and PostgreSQL.
import type { Knex } from 'knex';

/** Case-insensitive "contains" over several columns, with LIKE wildcards in the text escaped (searched literally). */
export function whereContainsText(q: Knex.QueryBuilder, columns: string[], text: string): void {
  const pattern = `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  q.where((w) => {
    for (const c of columns) w.orWhereRaw(`lower(??) like ? escape '\\'`, [c, pattern]);
  });
}
