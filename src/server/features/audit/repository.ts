import type { Kysely } from 'kysely';
import type { AuditEventsTable, Database } from '../../db/schema.js';

export type AuditRow = AuditEventsTable;

/** Inserts audit events with the given executor, so callers can include them in their transaction. */
export async function insertAuditEvent(db: Kysely<Database>, rows: AuditRow | AuditRow[]): Promise<void> {
  const list = Array.isArray(rows) ? rows : [rows];
  if (list.length > 0) await db.insertInto('audit_events').values(list).execute();
}

export interface AuditFilter {
  orgId: string;
  limit: number;
  before?: string | undefined;
  action?: string | undefined;
}

export async function listAuditEvents(db: Kysely<Database>, f: AuditFilter): Promise<AuditRow[]> {
  let q = db.selectFrom('audit_events').selectAll().where('org_id', '=', f.orgId);
  if (f.before) q = q.where('id', '<', f.before);
  if (f.action) q = q.where('action', '=', f.action);
  return q.orderBy('id', 'desc').limit(f.limit).execute();
}
