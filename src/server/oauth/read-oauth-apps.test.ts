import { describe, expect, it } from "vitest";
import { oauthAppEnvPrefix } from "@/core/oauth/oauth-provider-config";
import { readOAuthApps } from "@/env";

describe("OAUTH_<APP>_CLIENT_ID / _CLIENT_SECRET", () => {
  it("reads pairs by app id (upper case, '-' as '_'), ignores blanks and unrelated variables", () => {
    expect(
      readOAuthApps({
        OAUTH_GITHUB_CLIENT_ID: "Iv1.abc",
        OAUTH_GITHUB_CLIENT_SECRET: " s3cret ",
        OAUTH_X_CORP_CLIENT_ID: "public-client",
        OAUTH_GOOGLE_CLIENT_ID: "",
        OAUTH_SOMETHING: "x",
        AUTH_GITHUB_ID: "not-ours",
      }),
    ).toEqual({ github: { clientId: "Iv1.abc", clientSecret: "s3cret" }, "x-corp": { clientId: "public-client" } });
    expect(oauthAppEnvPrefix("x-corp")).toBe("OAUTH_X_CORP");
  });

  it("a secret without its client id is an error naming both variables, never the secret", () => {
    const read = () => readOAuthApps({ OAUTH_SLACK_CLIENT_SECRET: "do-not-print-me" });
    expect(read).toThrow("OAUTH_SLACK_CLIENT_SECRET is set but OAUTH_SLACK_CLIENT_ID is not");
    expect(() => read()).not.toThrow(/do-not-print-me/);
  });
});
