import { DrizzleQueryError } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { captureLogs } from "@/test/capture-logs";
import { logger } from "./logger";
import { serializeError } from "./serialize-error";

const CANARY = "v1:sealed-canary-0123456789";

describe("error serializer", () => {
  it("drops a failed query's bound values from params, message, stack and nested causes, keeping the SQL", () => {
    const inner = new DrizzleQueryError('insert into "connections" ("sealed_credentials") values ($1)', [CANARY], new Error("duplicate key"));
    const outer = new Error("could not store", { cause: inner });
    const serialized = JSON.stringify(serializeError(outer));
    expect(serialized).not.toContain(CANARY);
    expect(serialized).toContain('insert into \\"connections\\"');
    expect(serialized).toContain("params: [redacted]");
  });

  it("is what the app's logger uses for err", () => {
    const logs = captureLogs();
    try {
      logger.error({ err: new DrizzleQueryError("select $1", [CANARY]) }, "query failed");
    } finally {
      logs.restore();
    }
    expect(logs.text()).toContain("query failed");
    expect(logs.text()).not.toContain(CANARY);
  });
});
