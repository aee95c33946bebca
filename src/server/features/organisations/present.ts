import type { TSizeBand } from '../../../contracts/common.js';
import type { TMember, TOrganisation, TUnit } from '../../../contracts/organisations.js';
import type { MemberRow, OrgWithCounts, Role, UnitRow } from './repository.js';

export function presentOrg(o: OrgWithCounts, myRole: Role | null): TOrganisation {
  return {
    id: o.id,
    name: o.name,
    type: o.type,
    municipalityCode: o.municipality_code,
    createdAt: o.created_at,
    memberCount: o.member_count,
    unitCount: o.unit_count,
    benchmarkOptIn: o.benchmark_opt_in === 1,
    sizeBand: (o.size_band as TSizeBand | null) ?? null,
    myRole,
  };
}

export function presentUnit(u: UnitRow): TUnit {
  return { id: u.id, name: u.name, parentId: u.parent_id, createdAt: u.created_at };
}

export function presentMember(m: MemberRow): TMember {
  return { userId: m.user_id, email: m.email, name: m.name, role: m.role, pending: m.pending, joinedAt: m.joined_at };
}
