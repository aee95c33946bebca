import { z } from 'zod';
import { ZId, ZOrgParams } from './common.js';
import { defineOperation } from './operation.js';

export const AUDIT_ACTIONS = [
  'login.succeeded',
  'login.failed',
  'logout',
  'password.changed',
  'invite.accepted',
  'token.created',
  'token.revoked',
  'org.created',
  'org.updated',
  'unit.created',
  'unit.updated',
  'unit.deleted',
  'member.invited',
  'member.added',
  'member.role_changed',
  'member.removed',
  'member.invite_renewed',
  'org.exported',
  'org.imported',
  'round.created',
  'round.closed',
  'round.exported',
  'workshop.created',
  'workshop.updated',
  'workshop.deleted',
  'workshop.opened',
  'workshop.finished',
  'workshop.exported',
  'radar.technology_created',
  'radar.technology_updated',
  'radar.edition_created',
  'radar.edition_updated',
  'radar.edition_opened',
  'radar.edition_closed',
  'radar.edition_deleted',
  'radar.participants_changed',
  'radar.imported',
  'radar.exported',
  'radar.deleted',
] as const;
export const ZAuditAction = z.enum(AUDIT_ACTIONS);
export type TAuditAction = z.infer<typeof ZAuditAction>;

export const ZAuditEvent = z
  .object({
    id: ZId,
    action: ZAuditAction,
    actorEmail: z.string().nullable(),
    targetType: z.string().nullable(),
    targetId: z.string().nullable(),
    details: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
    ip: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'AuditEvent' });
export type TAuditEvent = z.infer<typeof ZAuditEvent>;

export const ZAuditQuery = z
  .object({
    limit: z.coerce.number().int().min(1).max(200).default(50),
    before: ZId.optional().meta({ description: 'Cursor: the nextCursor of the previous page' }),
    action: ZAuditAction.optional(),
  })
  .strict();

export const ZAuditPage = z.object({ events: z.array(ZAuditEvent), nextCursor: ZId.nullable() }).meta({ id: 'AuditPage' });

export const listAuditEvents = defineOperation({
  operationId: 'listAuditEvents',
  method: 'GET',
  path: '/api/orgs/:orgId/audit',
  summary: 'The organisation’s audit log, newest first (administrators)',
  tag: 'Audit',
  access: 'admin',
  params: ZOrgParams,
  query: ZAuditQuery,
  status: 200,
  response: ZAuditPage,
});
