import type { Kysely } from 'kysely';
import type { TAuditAction, TAuditEvent } from '../../../contracts/audit.js';
import type { Database } from '../../db/schema.js';
import { newId } from '../../lib/ids.js';
import { nowIso } from '../../lib/time.js';
import type { Actor } from '../../lib/actor.js';
import { insertAuditEvent, listAuditEvents, type AuditRow } from './repository.js';

export interface AuditEntry {
  orgId: string | null;
  action: TAuditAction;
  actor: Actor | null;
  /** The email tried, for events without a known actor (a failed login). */
  actorEmail?: string;
  targetType?: string;
  targetId?: string;
  details?: Record<string, string | number | boolean | null>;
}

export function auditRow(e: AuditEntry): AuditRow {
  return {
    id: newId(),
    org_id: e.orgId,
    actor_user_id: e.actor?.userId ?? null,
    actor_email: e.actor?.email ?? e.actorEmail ?? null,
    action: e.action,
    target_type: e.targetType ?? null,
    target_id: e.targetId ?? null,
    details: JSON.stringify(e.details ?? {}),
    ip: e.actor?.ip ?? null,
    created_at: nowIso(),
  };
}

/** Writes an audit event with the given executor (pass a transaction to make it atomic with the change). */
export async function recordAudit(db: Kysely<Database>, e: AuditEntry): Promise<void> {
  await insertAuditEvent(db, auditRow(e));
}

export function presentAuditEvent(row: AuditRow): TAuditEvent {
  return {
    id: row.id,
    action: row.action as TAuditAction,
    actorEmail: row.actor_email,
    targetType: row.target_type,
    targetId: row.target_id,
    details: JSON.parse(row.details) as TAuditEvent['details'],
    ip: row.ip,
    createdAt: row.created_at,
  };
}

export class AuditService {
  constructor(private readonly db: Kysely<Database>) {}

  record(e: AuditEntry): Promise<void> {
    return recordAudit(this.db, e);
  }

  async list(orgId: string, q: { limit: number; before?: string | undefined; action?: string | undefined }) {
    const rows = await listAuditEvents(this.db, { orgId, limit: q.limit + 1, before: q.before, action: q.action });
    const page = rows.slice(0, q.limit);
    return {
      events: page.map(presentAuditEvent),
      nextCursor: rows.length > q.limit ? (page[page.length - 1]?.id ?? null) : null,
    };
  }
}
