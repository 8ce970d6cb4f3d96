import { ROLE_RANK, type Role } from "./roles";

/** A manager may change or remove a member only if that member's role is not above their own. */
export function canActOnMember(actorRole: Role, targetRole: Role): boolean {
  return ROLE_RANK[actorRole] >= ROLE_RANK[targetRole];
}

/** A manager may grant a role only up to their own (only owners make owners). */
export function canAssignRole(actorRole: Role, newRole: Role): boolean {
  return ROLE_RANK[actorRole] >= ROLE_RANK[newRole];
}
