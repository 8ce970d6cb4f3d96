import { count } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { can, ROLES } from "@/core/authz";
import { auditLogs, invitations, memberships, organizations } from "@/server/db/schema";
import type { Db } from "@/server/db/types";
import { createOrgWithEveryRole } from "@/test/fixtures";
import { freshTestDatabase } from "@/test/fresh-test-database";
import { callProcedure, errorCodeOf } from "./__tests__/call-procedure";
import { ORG_PROCEDURE_CASES, orgProcedurePaths } from "./__tests__/org-procedures";

const db = freshTestDatabase();

async function snapshot(db: Db) {
  const tables = [organizations, memberships, invitations, auditLogs] as const;
  const counts = await Promise.all(tables.map(async (t) => (await db.select({ n: count() }).from(t))[0]!.n));
  const names = await db.select({ name: organizations.name, slug: organizations.slug }).from(organizations);
  const roles = await db.select({ id: memberships.id, role: memberships.role }).from(memberships);
  return { counts, names, roles };
}

describe("role × permission matrix", () => {
  it("covers every org procedure, each requiring the documented permission", () => {
    const declared = Object.fromEntries(orgProcedurePaths());
    const documented = Object.fromEntries(Object.entries(ORG_PROCEDURE_CASES).map(([p, c]) => [p, c.permission]));
    expect(declared).toEqual(documented);
  });

  for (const [path, testCase] of Object.entries(ORG_PROCEDURE_CASES)) {
    for (const role of ROLES) {
      const allowed = can(role, testCase.permission);
      it(`${path} as ${role} is ${allowed ? "allowed" : "refused with FORBIDDEN"}`, async () => {
        const seeded = await createOrgWithEveryRole(db, `Matrix ${path} ${role}`);
        const input = await testCase.input(db, seeded);
        const before = await snapshot(db);
        const outcome = await errorCodeOf(callProcedure(db, seeded.members[role], path, input));
        if (allowed) {
          expect(outcome).toBe("OK");
        } else {
          expect(outcome).toBe("FORBIDDEN");
          expect(await snapshot(db)).toEqual(before);
        }
      });
    }
  }
});
