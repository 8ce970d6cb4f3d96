import { afterEach, beforeEach, expect } from "vitest";
import { ZodError } from "zod";
import { runActionAgainst, type HarnessConnection } from "@/test/connector-harness";
import { startLocalHttpServer, type LocalHttpServer } from "@/test/local-http-server";
import type { HttpCallLog } from "@/server/http/http-request";
import { salesforceConnector } from ".";

/** The session token the tests connect with; it must never show in a call log, an output or an error. */
export const CANARY = "00DCANARY0000001!AQ4AQcanary-session-7f3e9b";
export const V = "/services/data/v60.0";

export interface SalesforceInstanceKit {
  api: LocalHttpServer;
  connection: HarnessConnection;
  run(actionId: string, input: unknown, connection?: HarnessConnection): ReturnType<typeof runActionAgainst>;
  /** The JSON body of the i-th request the instance received. */
  bodyOf(i: number): unknown;
  /** The token is absent from the call log and the values given, and was sent as the bearer credential. */
  expectNoCanary(calls: HttpCallLog[], ...rest: unknown[]): void;
}

/**
 * A local server standing in for the org's instance (the harness's baseUrl is its instance URL), fresh for each
 * test, and helpers over it.
 */
export function salesforceInstanceForEachTest(): SalesforceInstanceKit {
  const kit: SalesforceInstanceKit = {
    api: undefined as unknown as LocalHttpServer,
    connection: undefined as unknown as HarnessConnection,
    run: (actionId, input, connection = kit.connection) => runActionAgainst(salesforceConnector, actionId, connection, input),
    bodyOf: (i) => JSON.parse(kit.api.requests[i]!.body) as unknown,
    expectNoCanary(calls, ...rest) {
      expect(JSON.stringify(calls)).not.toContain("canary");
      for (const value of rest) expect(JSON.stringify(value) ?? "").not.toContain("canary");
      for (const request of kit.api.requests) expect(request.headers.authorization).toBe(`Bearer ${CANARY}`);
    },
  };
  beforeEach(async () => {
    kit.api = await startLocalHttpServer();
    kit.connection = { baseUrl: kit.api.base, authType: "bearer", credentials: { token: CANARY, baseUrl: kit.api.base } };
  });
  afterEach(() => kit.api.close());
  return kit;
}

export const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => { throw new Error("expected the action to fail"); },
    (error: unknown) => error as Error,
  );

/** The input problems of a refused input, as the step's error shows them. */
export async function inputProblems(promise: Promise<unknown>): Promise<string> {
  const error = await failure(promise);
  expect(error).toBeInstanceOf(ZodError);
  return (error as unknown as ZodError).issues.map((issue) => issue.message).join("; ");
}
