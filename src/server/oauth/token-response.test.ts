import * as oauth from "oauth4webapi";
import { describe, expect, it } from "vitest";
import { normalizeTokenResponse, TOKEN_RESPONSE_OPTIONS } from "./token-response";

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });
const as: oauth.AuthorizationServer = { issuer: "https://slack.com" };
const client: oauth.Client = { client_id: "123.456" };

describe("token endpoint answers of real providers", () => {
  it("a 200 carrying an error (GitHub, Slack) becomes the standard 400 error, so it is described like any token error", async () => {
    const github = await normalizeTokenResponse(json({ error: "bad_verification_code", error_description: "The code passed is incorrect or expired.", error_uri: "https://docs.github.com" }));
    expect(github.status).toBe(400);
    expect(await github.json()).toEqual({ error: "bad_verification_code", error_description: "The code passed is incorrect or expired." });
    const slack = await normalizeTokenResponse(json({ ok: false, error: "invalid_code" }));
    expect(slack.status).toBe(400);
    const refused = await oauth.processRefreshTokenResponse(as, client, slack, TOKEN_RESPONSE_OPTIONS).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(oauth.ResponseBodyError);
    expect((refused as oauth.ResponseBodyError).error).toBe("invalid_code");
  });

  it("leaves real successes and non-JSON answers alone", async () => {
    const ok = json({ access_token: "xoxb-1", token_type: "bot" });
    expect(await normalizeTokenResponse(ok)).toBe(ok);
    const html = new Response("<html>oops</html>", { status: 200 });
    expect(await normalizeTokenResponse(html)).toBe(html);
  });

  it("accepts Slack's bot token type", async () => {
    const tokens = await oauth.processRefreshTokenResponse(as, client, json({ ok: true, access_token: "xoxb-1", token_type: "bot", scope: "chat:write" }), TOKEN_RESPONSE_OPTIONS);
    expect(tokens).toMatchObject({ access_token: "xoxb-1", token_type: "bot" });
    await expect(oauth.processRefreshTokenResponse(as, client, json({ access_token: "x", token_type: "bot" }))).rejects.toThrow(/token_type/);
  });
});
