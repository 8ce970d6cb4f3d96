import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { generateWebhookSecret, verifyWebhook, type HmacSha256Config } from "@/core/webhooks";
import type { WebhookScheme } from "@/server/db/schema/webhooks";
import { sampleCurlCommand } from "./sample-curl";

const NOW = 1_700_000_000;
const URL = "https://junction.example.com/api/hooks/wh_0123456789abcdefghijklmnopqrstuv";

/** Runs the snippet in bash with `curl` and `date` stubbed: the request it would send, as headers and body. */
function requestOf(command: string, secret: string | null) {
  const script = [`date() { echo ${NOW}; }`, `curl() { printf '%s\\0' "$@"; }`, command.replace(/^export WEBHOOK_SECRET=.*$/m, "")].join("\n");
  const output = execFileSync("bash", ["--noprofile", "--norc", "-c", script], { stdio: ["ignore", "pipe", "pipe"], env: { NODE_ENV: "test", PATH: process.env.PATH, ...(secret === null ? {} : { WEBHOOK_SECRET: secret }) } }).toString("utf8");
  const args = output.split("\0");
  const headers: Record<string, string> = {};
  let body = "";
  args.forEach((arg, index) => {
    const value = args[index + 1] ?? "";
    if (arg === "-H") headers[value.slice(0, value.indexOf(":")).toLowerCase()] = value.slice(value.indexOf(":") + 1).trim();
    if (arg === "--data-raw") body = value;
  });
  return { url: args.find((arg) => arg.startsWith("https://")), headers, body };
}

const cases: { scheme: WebhookScheme; config?: HmacSha256Config; event?: string; secret?: string }[] = [
  { scheme: "github", event: "issues.opened" },
  { scheme: "github", event: "push" },
  { scheme: "stripe", event: "charge.refunded", secret: "whsec_sample0123456789abcdef" },
  { scheme: "slack", event: "app_mention" },
  { scheme: "standard_webhooks" },
  { scheme: "hmac_sha256" },
  { scheme: "hmac_sha256", config: { header: "x-acme-signature", encoding: "base64", prefix: 'v1$`"=', timestampHeader: "x-acme-timestamp", idHeader: "x-acme-id" } },
  { scheme: "none" },
];

describe("sampleCurlCommand", () => {
  for (const { scheme, config, event, secret: given } of cases) {
    it(`${scheme}${config ? " (custom settings)" : ""}${event ? ` ${event}` : ""}: the request it sends passes the scheme's verification`, () => {
      const secret = given ?? generateWebhookSecret(scheme);
      const command = sampleCurlCommand({ url: URL, scheme, config, event });
      if (secret) expect(command).not.toContain(secret);
      const request = requestOf(command, secret);
      expect(request.url).toBe(URL);
      expect(request.headers["content-type"]).toBe("application/json");
      expect(() => JSON.parse(request.body) as unknown).not.toThrow();
      const verified = verifyWebhook(
        { headers: request.headers, rawBody: new TextEncoder().encode(request.body) },
        { scheme, secrets: secret ? [secret] : [], config },
        new Date(NOW * 1000),
      );
      expect(verified).toMatchObject({ ok: true });
      if (scheme === "github") expect(request.headers["x-github-event"]).toBe(event!.split(".")[0]);
      if (scheme === "stripe") expect(JSON.parse(request.body)).toMatchObject({ type: event });
    });
  }

  it("a wrong secret is refused: the signature really depends on $WEBHOOK_SECRET", () => {
    const command = sampleCurlCommand({ url: URL, scheme: "github" });
    const request = requestOf(command, "not-the-secret");
    const verified = verifyWebhook({ headers: request.headers, rawBody: new TextEncoder().encode(request.body) }, { scheme: "github", secrets: [generateWebhookSecret("github")!] });
    expect(verified).toMatchObject({ ok: false, status: 401 });
  });
});
