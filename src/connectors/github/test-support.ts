import { expect } from "vitest";
import type { HarnessConnection } from "@/test/connector-harness";
import type { RecordedRequest } from "@/test/local-http-server";

/** A secret that must never show up in a call log, an output or an error message. */
export const CANARY_TOKEN = "github_pat_11CANARY0SECRET_do_not_leak_7f3a9c2e5b1d4f6a8c0e2b4d6f8a1c3e5b7d9f0a2c4";

export const patConnection = (baseUrl: string): HarnessConnection => ({ baseUrl, authType: "bearer", credentials: { token: CANARY_TOKEN } });

export const oauthConnection = (baseUrl: string): HarnessConnection => ({ baseUrl, authType: "oauth2", credentials: { accessToken: CANARY_TOKEN } });

/** The credential reached GitHub as a bearer token, with GitHub's media type and API version headers. */
export function expectGithubHeaders(request: RecordedRequest | undefined): void {
  expect(request?.headers.authorization).toBe(`Bearer ${CANARY_TOKEN}`);
  expect(request?.headers.accept).toBe("application/vnd.github+json");
  expect(request?.headers["x-github-api-version"]).toBe("2022-11-28");
}

/** Nothing handed back to the workflow or the step log holds the secret. */
export function expectNoCanary(...values: unknown[]): void {
  for (const value of values) {
    const text = value instanceof Error ? `${value.message}\n${value.stack ?? ""}` : JSON.stringify(value);
    expect(text).not.toContain(CANARY_TOKEN);
    expect(text).not.toContain("CANARY0SECRET");
  }
}
