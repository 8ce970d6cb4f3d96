import type { Role } from "./roles";

export const PERMISSIONS = [
  "org.read",
  "org.update",
  "org.delete",
  "members.read",
  "members.manage",
  "audit.read",
  "apikeys.manage",
  "workflows.read",
  "workflows.write",
  "workflows.run",
  "runs.read",
  "runs.replay",
  "runs.approve",
  "connections.read",
  "connections.write",
  "connectors.manage",
  "webhooks.read",
  "webhooks.manage",
  "marketplace.publish",
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const VIEWER: readonly Permission[] = [
  "org.read",
  "members.read",
  "workflows.read",
  "runs.read",
  "connections.read",
  "webhooks.read",
];

const EDITOR: readonly Permission[] = [
  ...VIEWER,
  "workflows.write",
  "workflows.run",
  "runs.replay",
  "runs.approve",
  "connections.write",
  "connectors.manage",
  "webhooks.manage",
];

const ADMIN: readonly Permission[] = [
  ...EDITOR,
  "org.update",
  "members.manage",
  "audit.read",
  "apikeys.manage",
  "marketplace.publish",
];

const OWNER: readonly Permission[] = [...ADMIN, "org.delete"];

/** The permission table: what each role may do. Checked by `orgProcedure(permission)`, never by ad-hoc branches. */
export const ROLE_PERMISSIONS: Readonly<Record<Role, ReadonlySet<Permission>>> = {
  owner: new Set(OWNER),
  admin: new Set(ADMIN),
  editor: new Set(EDITOR),
  viewer: new Set(VIEWER),
};

export function can(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].has(permission);
}

export function permissionsOf(role: Role): Permission[] {
  return PERMISSIONS.filter((p) => ROLE_PERMISSIONS[role].has(p));
}
