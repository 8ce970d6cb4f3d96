import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { organizations } from "@/server/db/schema";
import { schedules } from "@/server/db/schema/schedules";
import { workflows } from "@/server/db/schema/workflows";
import { freshTestDatabase } from "@/test/fresh-test-database";
import { DEMO_ORG_SLUG, seedDemo } from "./seed-demo";
import { DEMO_WORKFLOWS } from "./demo-workflows";

const db = freshTestDatabase();

describe("seedDemo", () => {
  it("creates the demo org with its starter workflows, all published, once", async () => {
    expect(await seedDemo(db)).toBe(true);
    const [org] = await db.select().from(organizations).where(eq(organizations.slug, DEMO_ORG_SLUG));
    const rows = await db.select().from(workflows).where(eq(workflows.orgId, org!.id));
    expect(rows.map((w) => w.name).sort()).toEqual(DEMO_WORKFLOWS.map((w) => w.name).sort());
    expect(rows.every((w) => w.publishedVersionId !== null)).toBe(true);
    // The scheduled one has its schedule row, as publishing from the UI would give it.
    const digest = rows.find((w) => w.name === "Weekday digest")!;
    expect(await db.select().from(schedules).where(eq(schedules.workflowId, digest.id))).toHaveLength(1);

    expect(await seedDemo(db)).toBe(false);
    expect(await db.select().from(workflows).where(eq(workflows.orgId, org!.id))).toHaveLength(DEMO_WORKFLOWS.length);
  });
});
