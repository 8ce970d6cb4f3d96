import { describe, expect, it } from "vitest";
import { ConnectorActionError } from "@/core/connectors";
import { assertSlackOk, slackErrorMessage } from "./slack-errors";

describe("slack errors", () => {
  it("passes an ok answer through", () => {
    const body = { ok: true, channel: "C1", ts: "1712345678.123456" };
    expect(assertSlackOk("chat.postMessage", body)).toBe(body);
  });

  it("explains common codes with what to do", () => {
    expect(slackErrorMessage("chat.postMessage", { ok: false, error: "msg_too_long" })).toMatch(/^Slack chat\.postMessage failed \(msg_too_long\): the message text is too long .* split it/);
    expect(slackErrorMessage("auth.test", { ok: false, error: "invalid_auth" })).toContain("Reconnect the Slack connection");
    expect(slackErrorMessage("chat.postMessage", { ok: false, error: "ratelimited" })).toContain("Wait a minute before trying again");
  });

  it("adds Slack's own details for invalid blocks", () => {
    const body = { ok: false as const, error: "invalid_blocks", response_metadata: { messages: ["[ERROR] must provide a string [json-pointer:/blocks/0/text/text]"] } };
    expect(slackErrorMessage("chat.postMessage", body)).toBe(
      "Slack chat.postMessage failed (invalid_blocks): the blocks are not valid Block Kit. Check them in Slack's Block Kit Builder. Slack says: [ERROR] must provide a string [json-pointer:/blocks/0/text/text]",
    );
  });

  it("points unknown codes at the method's documentation", () => {
    expect(slackErrorMessage("chat.update", { ok: false, error: "ekm_access_denied" })).toBe(
      "Slack chat.update failed (ekm_access_denied): see https://api.slack.com/methods/chat.update#errors for what this code means.",
    );
  });

  it("refuses answers that are not ok, or not objects", () => {
    expect(() => assertSlackOk("reactions.add", { ok: false })).toThrow("Slack reactions.add failed (unknown_error)");
    expect(() => assertSlackOk("reactions.add", "<html>")).toThrow(ConnectorActionError);
    expect(() => assertSlackOk("reactions.add", { error: "x" })).toThrow(ConnectorActionError);
  });
});
