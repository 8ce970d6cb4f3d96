import { describe, expect, it } from "vitest";
import { can, canActOnMember, canAssignRole, PERMISSIONS, permissionsOf, ROLES, type Permission, type Role } from "./index";

// The documented permission table, spelled out. Changing what a role may do must change this file too.
const EXPECTED: Record<Role, Permission[]> = {
  owner: [
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
  ],
  admin: [
    "org.read",
    "org.update",
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
  ],
  editor: [
    "org.read",
    "members.read",
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
  ],
  viewer: ["org.read", "members.read", "workflows.read", "runs.read", "connections.read", "webhooks.read"],
};

describe("permission table", () => {
  it("has exactly the four roles, highest first", () => {
    expect([...ROLES]).toEqual(["owner", "admin", "editor", "viewer"]);
  });

  for (const role of ["owner", "admin", "editor", "viewer"] as const) {
    it(`${role} has exactly the documented permissions`, () => {
      expect([...permissionsOf(role)].sort()).toEqual([...EXPECTED[role]].sort());
    });

    it(`can(${role}, p) agrees with the table for every permission`, () => {
      for (const permission of PERMISSIONS) {
        expect(can(role, permission), `${role} / ${permission}`).toBe(EXPECTED[role].includes(permission));
      }
    });
  }

  it("only the owner may delete the organization", () => {
    expect(ROLES.filter((r) => can(r, "org.delete"))).toEqual(["owner"]);
  });

  it("no one below admin manages members, reads the audit log or manages API keys", () => {
    for (const permission of ["members.manage", "audit.read", "apikeys.manage", "org.update"] as const) {
      expect(ROLES.filter((r) => can(r, permission))).toEqual(["owner", "admin"]);
    }
  });

  it("every permission belongs to the owner, and each role includes everything of the role below", () => {
    expect([...permissionsOf("owner")].sort()).toEqual([...PERMISSIONS].sort());
    for (const [higher, lower] of [
      ["owner", "admin"],
      ["admin", "editor"],
      ["editor", "viewer"],
    ] as const) {
      for (const p of permissionsOf(lower)) expect(can(higher, p), `${higher} ⊇ ${lower}: ${p}`).toBe(true);
    }
  });
});

// [actor, target] → allowed. Written out for all 16 pairs.
const ACT_ON_MEMBER: [Role, Role, boolean][] = [
  ["owner", "owner", true],
  ["owner", "admin", true],
  ["owner", "editor", true],
  ["owner", "viewer", true],
  ["admin", "owner", false],
  ["admin", "admin", true],
  ["admin", "editor", true],
  ["admin", "viewer", true],
  ["editor", "owner", false],
  ["editor", "admin", false],
  ["editor", "editor", true],
  ["editor", "viewer", true],
  ["viewer", "owner", false],
  ["viewer", "admin", false],
  ["viewer", "editor", false],
  ["viewer", "viewer", true],
];

// [actor, new role] → allowed. Only owners make owners.
const ASSIGN_ROLE: [Role, Role, boolean][] = [
  ["owner", "owner", true],
  ["owner", "admin", true],
  ["owner", "editor", true],
  ["owner", "viewer", true],
  ["admin", "owner", false],
  ["admin", "admin", true],
  ["admin", "editor", true],
  ["admin", "viewer", true],
  ["editor", "owner", false],
  ["editor", "admin", false],
  ["editor", "editor", true],
  ["editor", "viewer", true],
  ["viewer", "owner", false],
  ["viewer", "admin", false],
  ["viewer", "editor", false],
  ["viewer", "viewer", true],
];

describe("role hierarchy", () => {
  it("the tables below cover all 16 pairs", () => {
    for (const table of [ACT_ON_MEMBER, ASSIGN_ROLE]) {
      expect(new Set(table.map(([a, b]) => `${a}/${b}`)).size).toBe(16);
    }
  });

  it.each(ACT_ON_MEMBER)("canActOnMember(%s, %s) is %s", (actor, target, allowed) => {
    expect(canActOnMember(actor, target)).toBe(allowed);
  });

  it.each(ASSIGN_ROLE)("canAssignRole(%s, %s) is %s", (actor, role, allowed) => {
    expect(canAssignRole(actor, role)).toBe(allowed);
  });
});
