import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { pollTriggerAgainst, runActionAgainst } from "@/test/connector-harness";
import { sendJson, startLocalHttpServer, type LocalHttpServer } from "@/test/local-http-server";
import { gmailConnector } from ".";
import { profile } from "./fixtures/messages";

const TOKEN = "ya29.CANARY-gmail-access-token-7f3e";
const LIST = "/gmail/v1/users/me/messages";
let api: LocalHttpServer;
const connection = () => ({ baseUrl: api.base, authType: "oauth2", credentials: { accessToken: TOKEN } });

beforeAll(async () => {
  api = await startLocalHttpServer();
});
afterAll(() => api.close());
beforeEach(() => {
  api.requests.length = 0;
});

const query = (index: number) => new URL(api.requests[index]!.url, "http://x").searchParams;

describe("gmail.list_messages", () => {
  it("walks pages with pageToken, keeps the search and repeated labelIds, and stops at the last page", async () => {
    api.route(LIST, (req, res) => {
      const token = new URL(req.url ?? "", "http://x").searchParams.get("pageToken");
      if (!token) {
        sendJson(res, 200, { messages: [{ id: "18c2f01b5e6a7d90", threadId: "18c2f01b5e6a7d90" }, { id: "18c2e77a90b1f4e2", threadId: "18c2d4f0a1b2c3d4" }], nextPageToken: "09876543210987654321", resultSizeEstimate: 3 });
      } else sendJson(res, 200, { messages: [{ id: "18c2d4f0a1b2c3d4", threadId: "18c2d4f0a1b2c3d4" }], resultSizeEstimate: 3 });
    });
    const { output, calls } = await runActionAgainst(gmailConnector, "list_messages", connection(), { q: "from:billing@acme.example newer_than:7d", labelIds: ["INBOX", "UNREAD"], maxResults: 2 });
    expect(output).toEqual({
      messages: [
        { id: "18c2f01b5e6a7d90", threadId: "18c2f01b5e6a7d90" },
        { id: "18c2e77a90b1f4e2", threadId: "18c2d4f0a1b2c3d4" },
        { id: "18c2d4f0a1b2c3d4", threadId: "18c2d4f0a1b2c3d4" },
      ],
      resultSizeEstimate: 3,
      pages: 2,
      hasMore: false,
    });
    expect(api.requests).toHaveLength(2);
    for (const index of [0, 1]) {
      expect(api.requests[index]!.headers.authorization).toBe(`Bearer ${TOKEN}`);
      expect(query(index).getAll("labelIds")).toEqual(["INBOX", "UNREAD"]);
      expect(query(index).get("q")).toBe("from:billing@acme.example newer_than:7d");
      expect(query(index).get("maxResults")).toBe("2");
      expect(query(index).get("includeSpamTrash")).toBe("false");
    }
    expect(query(0).has("pageToken")).toBe(false);
    expect(query(1).get("pageToken")).toBe("09876543210987654321");
    expect(JSON.stringify(calls)).not.toContain("CANARY");
  });

  it("stops at maxPages (hasMore stays true) and takes an empty search, where Gmail leaves `messages` out", async () => {
    api.route(LIST, (_req, res, hit) => sendJson(res, 200, { messages: [{ id: `18c30000000000${hit}0`, threadId: `18c30000000000${hit}0` }], nextPageToken: `token-${hit}`, resultSizeEstimate: 201 }));
    const limited = await runActionAgainst(gmailConnector, "list_messages", connection(), { maxPages: 1 });
    expect(limited.output).toMatchObject({ pages: 1, hasMore: true, messages: [{ id: expect.stringMatching(/^18c3/) }] });
    expect(api.requests).toHaveLength(1);
    expect(api.requests[0]!.url).toBe(`${LIST}?maxResults=100&includeSpamTrash=false`);

    api.route(LIST, (_req, res) => sendJson(res, 200, { resultSizeEstimate: 0 }));
    const empty = await runActionAgainst(gmailConnector, "list_messages", connection(), { q: "from:nobody@example.com" });
    expect(empty.output).toEqual({ messages: [], resultSizeEstimate: 0, pages: 1, hasMore: false });
  });
});

describe("gmail.new_email (polling)", () => {
  it("starts the clock from the profile without firing, then lists inbox mail after the cursor, oldest first", async () => {
    api.route("/gmail/v1/users/me/profile", (_req, res) => sendJson(res, 200, profile, { date: "Mon, 04 Dec 2023 17:20:00 GMT" }));
    const first = await pollTriggerAgainst(gmailConnector, "new_email", connection(), undefined);
    expect(api.requests[0]!.url).toBe("/gmail/v1/users/me/profile");
    expect(first.items).toEqual([]);
    expect(first.cursor).toBe("1701710400");

    api.route(LIST, (_req, res) =>
      sendJson(
        res,
        200,
        { messages: [{ id: "18c2f01b5e6a7d90", threadId: "18c2f01b5e6a7d90" }, { id: "18c2e77a90b1f4e2", threadId: "18c2d4f0a1b2c3d4" }], resultSizeEstimate: 2 },
        { date: "Mon, 04 Dec 2023 17:21:00 GMT" },
      ),
    );
    const second = await pollTriggerAgainst(gmailConnector, "new_email", connection(), first.cursor);
    expect(query(1).get("q")).toBe("in:inbox after:1701710100");
    expect(query(1).get("maxResults")).toBe("500");
    expect(api.requests[1]!.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(second.items).toEqual([
      { id: "18c2e77a90b1f4e2", threadId: "18c2d4f0a1b2c3d4" },
      { id: "18c2f01b5e6a7d90", threadId: "18c2f01b5e6a7d90" },
    ]);
    expect(second.keys).toEqual(["18c2e77a90b1f4e2", "18c2f01b5e6a7d90"]);
    expect(second.cursor).toBe("1701710460");
    expect(JSON.stringify([first.calls, second.calls])).not.toContain("CANARY");
  });

  it("an empty inbox search fires nothing, and the cursor never moves back", async () => {
    api.route(LIST, (_req, res) => sendJson(res, 200, { resultSizeEstimate: 0 }, { date: "Mon, 04 Dec 2023 17:00:00 GMT" }));
    const poll = await pollTriggerAgainst(gmailConnector, "new_email", connection(), "1701710460");
    expect(query(0).get("q")).toBe("in:inbox after:1701710160");
    expect(poll.items).toEqual([]);
    expect(poll.cursor).toBe("1701710460");
  });
});
