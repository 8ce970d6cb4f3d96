import { expect } from "vitest";
import { verifyWebhook } from "../verify-webhook";
import type { WebhookEndpointVerification, WebhookHeaders } from "../webhook-types";
import { headerOf, withHeader, type SchemeFixture } from "./scheme-fixture";

/** A request that must be refused, with the status and (part of) the reason the sender gets. */
export interface BadCase {
  name: string;
  headers: WebhookHeaders;
  body: Uint8Array;
  status: 400 | 401;
  reason: RegExp;
  endpoint?: WebhookEndpointVerification;
}

/** Another endpoint's secret, in a form every scheme can sign with (Standard Webhooks needs base64). */
export const WRONG_SECRET = `whsec_${Buffer.from("another endpoint's signing key").toString("base64")}`;

/** The secret with its letters in the other case (a `whsec_` prefix kept): a near miss, as when copied wrongly. */
function caseSwapped(secret: string): string {
  const prefix = secret.startsWith("whsec_") ? "whsec_" : "";
  const rest = secret.slice(prefix.length);
  return prefix + [...rest].map((c) => (c === c.toLowerCase() ? c.toUpperCase() : c.toLowerCase())).join("");
}

function flipByte(body: Uint8Array, index: number): Buffer {
  const copy = Buffer.from(body);
  copy[index] = (copy[index] ?? 0) ^ 0x01;
  return copy;
}

function reserialised(body: Uint8Array, space: number | string): Buffer {
  return Buffer.from(JSON.stringify(JSON.parse(Buffer.from(body).toString("utf8")), null, space), "utf8");
}

/** The same object with its keys in the reverse order: equal JSON, other bytes. */
function keysReversed(body: Uint8Array): Buffer {
  const object = JSON.parse(Buffer.from(body).toString("utf8")) as Record<string, unknown>;
  return Buffer.from(JSON.stringify(Object.fromEntries(Object.entries(object).reverse())), "utf8");
}

/** Tampering every scheme must refuse, whatever its header format: body changes, wrong secrets, duplicates. */
export function commonBadCases(f: SchemeFixture): BadCase[] {
  const headers = f.sign(f.body);
  const signature = headerOf(headers, f.signatureHeader);
  const middle = Math.floor(f.body.length / 2);
  const mismatch = /does not match/;
  const endpointWith = (secrets: string[]): WebhookEndpointVerification => ({ ...f.endpoint, secrets });
  return [
    { name: "signature header missing", headers: withHeader(headers, f.signatureHeader, undefined), body: f.body, status: 401, reason: /is missing/ },
    { name: "signature header empty", headers: withHeader(headers, f.signatureHeader, ""), body: f.body, status: 401, reason: /is empty/ },
    { name: "one byte modified in the middle", headers, body: flipByte(f.body, middle), status: 401, reason: mismatch },
    { name: "first byte modified", headers, body: flipByte(f.body, 0), status: 401, reason: mismatch },
    { name: "last byte modified", headers, body: flipByte(f.body, f.body.length - 1), status: 401, reason: mismatch },
    { name: "a newline appended to the body", headers, body: Buffer.concat([f.body, Buffer.from("\n")]), status: 401, reason: mismatch },
    { name: "body truncated by one byte", headers, body: f.body.subarray(0, f.body.length - 1), status: 401, reason: mismatch },
    { name: "body emptied", headers, body: new Uint8Array(), status: 401, reason: mismatch },
    { name: "invalid UTF-8 byte appended", headers, body: Buffer.concat([f.body, Buffer.from([0xff])]), status: 401, reason: mismatch },
    // The same object in other layouts (whichever differ from the bytes sent).
    ...([0, 4, "\t"] as const)
      .map((space) => ({ space, body: reserialised(f.body, space) }))
      .filter(({ body }) => !body.equals(f.body))
      .map(({ space, body }) => ({ name: `re-serialised JSON (indent ${JSON.stringify(space)})`, headers, body, status: 401 as const, reason: mismatch })),
    { name: "re-serialised JSON, keys reordered", headers, body: keysReversed(f.body), status: 401, reason: mismatch },
    { name: "signature of another body", headers: f.sign(f.otherBody), body: f.body, status: 401, reason: mismatch },
    { name: "empty body signed, then tampered", headers: f.sign(new Uint8Array()), body: Buffer.from("{}"), status: 401, reason: mismatch },
    { name: "signed with a wrong secret", headers: f.sign(f.body, { secret: WRONG_SECRET }), body: f.body, status: 401, reason: mismatch },
    {
      name: "signed with the secret in the other case",
      headers: f.sign(f.body, { secret: caseSwapped(f.endpoint.secrets[0] ?? "") }),
      body: f.body,
      status: 401,
      reason: mismatch,
    },
    { name: "right signature, but the endpoint holds another secret", headers, body: f.body, status: 401, reason: mismatch, endpoint: endpointWith([WRONG_SECRET]) },
    { name: "signature header sent twice (array)", headers: withHeader(headers, f.signatureHeader, [signature, signature]), body: f.body, status: 400, reason: /sent 2 times/ },
    {
      name: "signature header sent under two spellings",
      headers: { ...headers, [f.signatureHeader.toUpperCase()]: signature },
      body: f.body,
      status: 400,
      reason: /sent 2 times/,
    },
    { name: "very long signature header", headers: withHeader(headers, f.signatureHeader, `${signature}${"a".repeat(10_000)}`), body: f.body, status: 400, reason: /characters long/ },
    { name: "leading whitespace", headers: withHeader(headers, f.signatureHeader, ` ${signature}`), body: f.body, status: 400, reason: /whitespace/ },
    { name: "trailing whitespace", headers: withHeader(headers, f.signatureHeader, `${signature}\t`), body: f.body, status: 400, reason: /whitespace/ },
    { name: "non-ASCII character", headers: withHeader(headers, f.signatureHeader, `${signature}é`), body: f.body, status: 400, reason: /printable ASCII/ },
    { name: "endpoint without a secret", headers, body: f.body, status: 401, reason: /no usable signing secret/, endpoint: endpointWith([]) },
    { name: "endpoint with only an empty secret", headers, body: f.body, status: 401, reason: /no usable signing secret/, endpoint: endpointWith([""]) },
  ];
}

/** Digests a reason must never reveal: what the right signature for this body would be. */
function expectedDigests(f: SchemeFixture, body: Uint8Array): string[] {
  const digests: string[] = [];
  for (const secret of f.endpoint.secrets.filter((s) => s.length > 0)) {
    for (const value of Object.values(f.sign(body, { secret }))) {
      digests.push(...(value.match(/[0-9a-f]{64}|[A-Za-z0-9+/]{43}=/g) ?? []));
    }
  }
  return digests;
}

/** Verifies a bad case and checks it is refused as expected, without leaking a secret or the expected signature. */
export function expectRefused(f: SchemeFixture, badCase: BadCase): void {
  const endpoint = badCase.endpoint ?? f.endpoint;
  const result = verifyWebhook({ headers: badCase.headers, rawBody: badCase.body }, endpoint, f.now);
  if (result.ok) throw new Error(`"${badCase.name}" was accepted.`);
  expect(result.status).toBe(badCase.status);
  expect(result.reason).toMatch(badCase.reason);
  for (const secret of [...endpoint.secrets, ...f.endpoint.secrets, WRONG_SECRET].filter((s) => s.length > 0)) expect(result.reason).not.toContain(secret);
  for (const digest of expectedDigests(f, badCase.body)) expect(result.reason).not.toContain(digest);
}
