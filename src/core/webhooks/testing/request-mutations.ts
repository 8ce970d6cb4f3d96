import fc from "fast-check";
import { verifyWebhook } from "../verify-webhook";
import type { WebhookHeaders, WebhookRequest } from "../webhook-types";
import type { SchemeFixture } from "./scheme-fixture";

/** One random change to a delivery; indices are taken modulo the body's or the header's length. */
export type RequestMutation =
  | { kind: "flip-body-bit"; index: number; bit: number }
  | { kind: "insert-body-byte"; index: number; byte: number }
  | { kind: "delete-body-byte"; index: number }
  | { kind: "replace-body"; bytes: Uint8Array }
  | { kind: "reserialise-body"; space: number }
  | { kind: "replace-header-char"; header: number; index: number; char: string }
  | { kind: "insert-header-char"; header: number; index: number; char: string }
  | { kind: "delete-header-char"; header: number; index: number }
  | { kind: "remove-header"; header: number }
  | { kind: "duplicate-header"; header: number; joined: boolean }
  | { kind: "set-header"; header: number; value: string }
  | { kind: "swap-headers"; header: number; other: number }
  | { kind: "flip-header-char-case"; header: number; index: number }
  | { kind: "tweak-char-before-padding"; header: number }
  | { kind: "pad-header"; header: number; padding: string; atStart: boolean };

const BASE64_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/** Characters that matter in signature headers (hex, base64, separators), plus any ASCII and a few others. */
const headerChar = fc.oneof(
  fc.constantFrom(..."0123456789abcdefABCDEF+/=,. tv1sha-_"),
  fc.integer({ min: 0, max: 127 }).map((code) => String.fromCharCode(code)),
  fc.constantFrom("é", "\u00a0", "\u2028"),
);

const mutation: fc.Arbitrary<RequestMutation> = fc.oneof(
  fc.record({ kind: fc.constant("flip-body-bit"), index: fc.nat(), bit: fc.integer({ min: 0, max: 7 }) }),
  fc.record({ kind: fc.constant("insert-body-byte"), index: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }),
  fc.record({ kind: fc.constant("delete-body-byte"), index: fc.nat() }),
  fc.record({ kind: fc.constant("replace-body"), bytes: fc.uint8Array({ maxLength: 64 }) }),
  fc.record({ kind: fc.constant("reserialise-body"), space: fc.integer({ min: 0, max: 4 }) }),
  fc.record({ kind: fc.constant("replace-header-char"), header: fc.nat(), index: fc.nat(), char: headerChar }),
  fc.record({ kind: fc.constant("insert-header-char"), header: fc.nat(), index: fc.nat(), char: headerChar }),
  fc.record({ kind: fc.constant("delete-header-char"), header: fc.nat(), index: fc.nat() }),
  fc.record({ kind: fc.constant("remove-header"), header: fc.nat() }),
  fc.record({ kind: fc.constant("duplicate-header"), header: fc.nat(), joined: fc.boolean() }),
  fc.record({ kind: fc.constant("set-header"), header: fc.nat(), value: fc.string({ maxLength: 100 }) }),
  fc.record({ kind: fc.constant("swap-headers"), header: fc.nat(), other: fc.nat() }),
  // Changes a lenient decoder would not notice: another case, unused base64 bits, surrounding whitespace.
  fc.record({ kind: fc.constant("flip-header-char-case"), header: fc.nat(), index: fc.nat() }),
  fc.record({ kind: fc.constant("tweak-char-before-padding"), header: fc.nat() }),
  fc.record({ kind: fc.constant("pad-header"), header: fc.nat(), padding: fc.constantFrom(" ", "\t", "  "), atStart: fc.boolean() }),
);

export const requestMutations = fc.array(mutation, { minLength: 1, maxLength: 3 });

function single(value: string | string[] | undefined): string {
  return Array.isArray(value) ? value.join(", ") : (value ?? "");
}

function applyToBody(body: Buffer, m: RequestMutation): Buffer {
  const at = (index: number, size: number) => (size === 0 ? 0 : index % size);
  switch (m.kind) {
    case "flip-body-bit": {
      if (body.length === 0) return body;
      const copy = Buffer.from(body);
      const i = at(m.index, copy.length);
      copy[i] = (copy[i] ?? 0) ^ (1 << m.bit);
      return copy;
    }
    case "insert-body-byte": {
      const i = at(m.index, body.length + 1);
      return Buffer.concat([body.subarray(0, i), Buffer.from([m.byte]), body.subarray(i)]);
    }
    case "delete-body-byte": {
      if (body.length === 0) return body;
      const i = at(m.index, body.length);
      return Buffer.concat([body.subarray(0, i), body.subarray(i + 1)]);
    }
    case "replace-body":
      return Buffer.from(m.bytes);
    case "reserialise-body":
      try {
        return Buffer.from(JSON.stringify(JSON.parse(body.toString("utf8")), null, m.space), "utf8");
      } catch {
        return body;
      }
    default:
      return body;
  }
}

function applyToHeaders(headers: WebhookHeaders, names: readonly string[], m: RequestMutation): WebhookHeaders {
  if (!("header" in m)) return headers;
  const name = names[m.header % names.length] ?? "";
  const value = single(headers[name]);
  const copy: WebhookHeaders = { ...headers };
  const at = (index: number, size: number) => (size === 0 ? 0 : index % size);
  switch (m.kind) {
    case "replace-header-char": {
      if (value.length === 0) break;
      const i = at(m.index, value.length);
      copy[name] = value.slice(0, i) + m.char + value.slice(i + 1);
      break;
    }
    case "insert-header-char": {
      const i = at(m.index, value.length + 1);
      copy[name] = value.slice(0, i) + m.char + value.slice(i);
      break;
    }
    case "delete-header-char": {
      const i = at(m.index, value.length);
      copy[name] = value.slice(0, i) + value.slice(i + 1);
      break;
    }
    case "remove-header":
      delete copy[name];
      break;
    case "duplicate-header":
      copy[name] = m.joined ? `${value}, ${value}` : [value, value];
      break;
    case "set-header":
      copy[name] = m.value;
      break;
    case "flip-header-char-case": {
      const i = at(m.index, value.length);
      const c = value.charAt(i);
      copy[name] = value.slice(0, i) + (c === c.toLowerCase() ? c.toUpperCase() : c.toLowerCase()) + value.slice(i + 1);
      break;
    }
    case "tweak-char-before-padding": {
      // The last base64 digit before '=' carries two unused bits: flipping one keeps the decoded bytes.
      const i = value.lastIndexOf("=") - 1;
      const c = value.charAt(i);
      if (i < 0 || value.charAt(i) === "=" || !BASE64_ALPHABET.includes(c)) break;
      copy[name] = value.slice(0, i) + (BASE64_ALPHABET[BASE64_ALPHABET.indexOf(c) ^ 1] ?? c) + value.slice(i + 1);
      break;
    }
    case "pad-header":
      copy[name] = m.atStart ? m.padding + value : value + m.padding;
      break;
    case "swap-headers": {
      const other = names[m.other % names.length] ?? "";
      copy[name] = headers[other];
      copy[other] = headers[name];
      break;
    }
  }
  return copy;
}

/** The request after `mutations`, applied in order. */
export function mutateRequest(request: { headers: WebhookHeaders; rawBody: Buffer }, names: readonly string[], mutations: readonly RequestMutation[]): WebhookRequest {
  let body = request.rawBody;
  let headers = request.headers;
  for (const m of mutations) {
    body = applyToBody(body, m);
    headers = applyToHeaders(headers, names, m);
  }
  return { headers, rawBody: body };
}

/**
 * Property: after thousands of random mutations of a correctly signed delivery, none is accepted unless its body
 * and every signed header are unchanged (`same` compares header values; exact by default). Verification never throws.
 */
export function assertOnlyUnchangedAccepted(f: SchemeFixture, same: (name: string, a: string, b: string) => boolean = (_, a, b) => a === b): void {
  const signed = f.sign(f.body);
  const base = { headers: signed as WebhookHeaders, rawBody: f.body };
  if (!verifyWebhook(base, f.endpoint, f.now).ok) throw new Error("The unmutated delivery must be accepted.");
  const names = Object.keys(signed).sort();
  fc.assert(
    fc.property(requestMutations, (mutations) => {
      const mutated = mutateRequest(base, names, mutations);
      const result = verifyWebhook(mutated, f.endpoint, f.now);
      if (!result.ok) return result.reason.length > 0 && (result.status === 400 || result.status === 401);
      const bodyUnchanged = Buffer.compare(Buffer.from(mutated.rawBody), f.body) === 0;
      const headersUnchanged = f.signedHeaders.every((name) => {
        const value = mutated.headers[name];
        return typeof value === "string" && same(name, value, signed[name] ?? "");
      });
      return bodyUnchanged && headersUnchanged;
    }),
    { numRuns: 2000 },
  );
}
