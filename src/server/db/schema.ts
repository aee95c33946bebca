/** Row types of every table, as Kysely sees them. Timestamps are ISO-8601 UTC strings, booleans 0/1. */

export interface OrganisationsTable {
  id: string;
  name: string;
  type: 'kommune' | 'region' | 'stat' | 'andet';
  municipality_code: string | null;
  created_at: string;
  updated_at: string;
}

export interface UnitsTable {
  id: string;
  org_id: string;
  parent_id: string | null;
  name: string;
  created_at: string;
  updated_at: string;
}

export interface UsersTable {
  id: string;
  email: string;
  name: string;
  password_hash: string | null;
  locale: 'da' | 'en';
  is_platform_admin: number;
  must_change_password: number;
  last_org_id: string | null;
  created_at: string;
  updated_at: string;
}

export interface MembershipsTable {
  org_id: string;
  user_id: string;
  role: 'admin' | 'facilitator' | 'member';
  created_at: string;
}

export interface SessionsTable {
  id: string;
  user_id: string;
  created_at: string;
  expires_at: string;
  last_seen_at: string;
}

export interface ApiTokensTable {
  id: string;
  user_id: string;
  name: string;
  token_hash: string;
  prefix: string;
  created_at: string;
  last_used_at: string | null;
}

export interface InvitesTable {
  id: string;
  token_hash: string;
  org_id: string;
  user_id: string;
  created_by: string | null;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

export interface AuditEventsTable {
  id: string;
  org_id: string | null;
  actor_user_id: string | null;
  actor_email: string | null;
  action: string;
  target_type: string | null;
  target_id: string | null;
  details: string;
  ip: string | null;
  created_at: string;
}

export interface Database {
  organisations: OrganisationsTable;
  units: UnitsTable;
  users: UsersTable;
  memberships: MembershipsTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  invites: InvitesTable;
  audit_events: AuditEventsTable;
}

/** Tables in an order where every table comes after those it references. */
export const TABLES_IN_DEPENDENCY_ORDER = [
  'organisations',
  'users',
  'units',
  'memberships',
  'sessions',
  'api_tokens',
  'invites',
  'audit_events',
] as const satisfies readonly (keyof Database)[];
