import type { TApiToken, TMe, TMembershipSummary } from '../../../contracts/session.js';
import type { MembershipWithOrg, TokenRow, UserRow } from './repository.js';

export function presentMe(u: UserRow): TMe {
  return {
    id: u.id,
    email: u.email,
    name: u.name,
    locale: u.locale,
    isPlatformAdmin: u.is_platform_admin === 1,
    mustChangePassword: u.must_change_password === 1,
    lastOrgId: u.last_org_id,
  };
}

export function presentMembership(m: MembershipWithOrg): TMembershipSummary {
  return { orgId: m.org_id, orgName: m.org_name, orgType: m.org_type, role: m.role };
}

export function presentToken(t: TokenRow): TApiToken {
  return { id: t.id, name: t.name, prefix: t.prefix, createdAt: t.created_at, lastUsedAt: t.last_used_at };
}
