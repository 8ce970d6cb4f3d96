import { canActOnMember, canAssignRole, ROLE_LABELS, ROLES, type Role } from "@/core/authz";

export const ROLE_DESCRIPTIONS: Readonly<Record<Role, string>> = {
  owner: "Full control, including deleting the organization and making other owners.",
  admin: "Manages members, settings and the audit log, and everything an editor can do.",
  editor: "Builds and runs workflows and manages connections and webhooks.",
  viewer: "Can see workflows, runs, connections and webhooks, but not change them.",
};

/** The roles someone with `actorRole` may hand out, highest first. */
export function assignableRoles(actorRole: Role): Role[] {
  return ROLES.filter((role) => canAssignRole(actorRole, role));
}

/** Whether a manager with `actorRole` may change or remove a member who has `targetRole`. */
export function canManageMember(actorRole: Role, canManage: boolean, targetRole: Role): boolean {
  return canManage && canActOnMember(actorRole, targetRole);
}

/** "an Admin", "a Viewer". */
export function roleWithArticle(role: Role): string {
  const label = ROLE_LABELS[role];
  return /^[AEIOU]/.test(label) ? `an ${label}` : `a ${label}`;
}
