import type { TRole } from '../../contracts/common.js';

const RANK: Record<TRole, number> = { member: 1, facilitator: 2, admin: 3 };

/** True when the role is at least the required one (admin ≥ facilitator ≥ member). */
export function hasRole(role: TRole | null | undefined, needed: TRole): boolean {
  return role ? RANK[role] >= RANK[needed] : false;
}

export const ROLES: readonly TRole[] = ['admin', 'facilitator', 'member'];
