import { expect } from "vitest";
import { runActionAgainst } from "@/test/connector-harness";
import type { LocalHttpServer } from "@/test/local-http-server";
import { stripeConnector } from ".";

/** A secret key that no call log, output or error message may contain. */
export const CANARY_KEY = "sk_test_51HcanaryKEYneverLEAK9f3e7b2d4c1aXyZ0";

/** Runs a Stripe action against the local server; the key must reach the server and nothing the step keeps. */
export async function runStripe(api: LocalHttpServer, actionId: string, input: unknown) {
  const { output, calls } = await runActionAgainst(stripeConnector, actionId, { baseUrl: api.base, authType: "bearer", credentials: { token: CANARY_KEY } }, input);
  expect(JSON.stringify(calls)).not.toContain(CANARY_KEY);
  expect(JSON.stringify(output)).not.toContain(CANARY_KEY);
  for (const request of api.requests) expect(request.headers.authorization).toBe(`Bearer ${CANARY_KEY}`);
  return { output, calls };
}

/** The error a Stripe action fails with (it must fail), checked free of the key. */
export async function stripeFailure(api: LocalHttpServer, actionId: string, input: unknown): Promise<Error> {
  const error = await runStripe(api, actionId, input).then(() => undefined, (thrown: unknown) => thrown);
  if (!(error instanceof Error)) throw new Error(`${actionId} should have failed`);
  expect(error.message).not.toContain(CANARY_KEY);
  return error;
}

export const queryOf = (url: string) => Object.fromEntries(new URL(url, "http://x").searchParams);
export const formOf = (body: string) => [...new URLSearchParams(body)];
