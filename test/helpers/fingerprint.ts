import { TABLES_IN_DEPENDENCY_ORDER } from '../../src/server/db/schema.js';
import type { Db } from '../../src/server/db/database.js';

/** Columns that record use, not data: reading with a token or session updates them. */
const BOOKKEEPING = new Set(['last_used_at', 'last_seen_at', 'expires_at']);

/** Everything stored, table by table, in a stable order: equal fingerprints mean nothing was written. */
export async function fingerprint(db: Db): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of TABLES_IN_DEPENDENCY_ORDER) {
    const rows = (await db.kysely.selectFrom(table).selectAll().execute()) as Record<string, unknown>[];
    out[table] = rows
      .map((r) => Object.fromEntries(Object.entries(r).filter(([k]) => !BOOKKEEPING.has(k))))
      .map((r) => JSON.stringify(r))
      .sort();
  }
  return out;
}
