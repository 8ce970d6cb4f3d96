import { describe, expect, it } from "vitest";
import { webhookUrls } from "./webhook-urls";

describe("webhookUrls", () => {
  it("is APP_URL/api/hooks/{id}, and the lean listener's /hooks/{id} on WEBHOOK_PORT of the same host", () => {
    expect(webhookUrls("wh_x", "https://junction.example.com", 3001)).toEqual({
      url: "https://junction.example.com/api/hooks/wh_x",
      directUrl: "https://junction.example.com:3001/hooks/wh_x",
    });
  });

  it("keeps a path prefix of APP_URL for the app's URL; no direct URL when the port is 0 (picked at start)", () => {
    expect(webhookUrls("wh_x", "http://localhost:3000/junction/", 0)).toEqual({ url: "http://localhost:3000/junction/api/hooks/wh_x", directUrl: null });
  });
});
