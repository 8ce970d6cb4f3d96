import { describe, expect, it } from "vitest";
import { parseWebhookBody, webhookBodyKind } from "./webhook-body";

const bytes = (text: string) => new TextEncoder().encode(text);

describe("webhook bodies", () => {
  it("accepts JSON (also vendor +json), form fields and text by media type, parameters aside", () => {
    expect(webhookBodyKind("application/json")).toBe("json");
    expect(webhookBodyKind("Application/JSON; charset=utf-8")).toBe("json");
    expect(webhookBodyKind("application/vnd.github+json")).toBe("json");
    expect(webhookBodyKind("application/x-www-form-urlencoded")).toBe("form");
    expect(webhookBodyKind("text/plain")).toBe("text");
    expect(webhookBodyKind("application/xml")).toBeUndefined();
    expect(webhookBodyKind("multipart/form-data; boundary=x")).toBeUndefined();
    expect(webhookBodyKind(undefined)).toBeUndefined();
    expect(webhookBodyKind("")).toBeUndefined();
  });

  it("parses JSON, form fields (repeated ones as arrays) and text; JSON that does not parse stays text", () => {
    expect(parseWebhookBody("json", bytes('{"a":[1,2]}'))).toEqual({ a: [1, 2] });
    expect(parseWebhookBody("form", bytes("payload=%7B%22x%22%3A1%7D&tag=a&tag=b&tag=c"))).toEqual({ payload: '{"x":1}', tag: ["a", "b", "c"] });
    expect(parseWebhookBody("text", bytes("héllo"))).toBe("héllo");
    expect(parseWebhookBody("json", bytes("{not json"))).toBe("{not json");
  });
});
