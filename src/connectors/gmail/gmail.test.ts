import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { describeConnector } from "@/core/connectors";
import { runActionAgainst } from "@/test/connector-harness";
import { sendJson, startLocalHttpServer, type LocalHttpServer } from "@/test/local-http-server";
import { gmailConnector } from ".";
import { invoiceMessage, labels, permissionDenied, reportMessage } from "./fixtures/messages";
import { decodeWords, readRaw } from "./fixtures/read-mime";

const TOKEN = "ya29.CANARY-gmail-access-token-7f3e";
let api: LocalHttpServer;
const connection = () => ({ baseUrl: api.base, authType: "oauth2", credentials: { accessToken: TOKEN } });
const run = (action: string, input: unknown) => runActionAgainst(gmailConnector, action, connection(), input);
const jsonBody = (index = 0) => JSON.parse(api.requests[index]!.body) as Record<string, unknown>;

beforeAll(async () => {
  api = await startLocalHttpServer();
});
afterAll(() => api.close());
beforeEach(() => {
  api.requests.length = 0;
});

function expectNoToken(value: unknown) {
  expect(JSON.stringify(value)).not.toContain(TOKEN);
  expect(JSON.stringify(value)).not.toContain("CANARY");
}

describe("gmail connector", () => {
  it("loads, with Google OAuth (offline, PKCE) and a JSON Schema for every action input", () => {
    const described = describeConnector(gmailConnector);
    expect(described).toMatchObject({ id: "gmail", icon: "mail", baseUrl: "https://gmail.googleapis.com" });
    expect(described.auth).toEqual([{ type: "oauth2", fields: [], scopes: ["https://www.googleapis.com/auth/gmail.modify"], oauthGrant: "authorization_code" }]);
    expect(gmailConnector.oauth).toMatchObject({ app: "google", pkce: true, clientAuth: "client_secret_post", authorizeParams: { access_type: "offline", prompt: "consent" } });
    expect(described.actions.map((a) => a.id)).toEqual(["gmail.send_email", "gmail.list_messages", "gmail.get_message", "gmail.modify_labels", "gmail.create_draft", "gmail.list_labels"]);
    for (const action of described.actions) expect(action.inputSchema).toMatchObject({ type: "object" });
    for (const action of described.actions) {
      for (const [name, field] of Object.entries((action.inputSchema.properties ?? {}) as Record<string, { description?: string; examples?: unknown[] }>)) {
        expect(field.description, `${action.id}.${name}`).toMatch(/\w/);
        expect(field.examples?.length, `${action.id}.${name}`).toBeGreaterThan(0);
      }
    }
    expect(described.actions[0]!.inputSchema).toMatchObject({ required: ["to"], properties: { subject: { examples: ["Invoice #4812 is ready", "Réunion de lundi"] } } });
    expect(described.triggers).toEqual([expect.objectContaining({ id: "gmail.new_email", kind: "polling" })]);
    expect(gmailConnector.test).toEqual({ method: "GET", path: "/gmail/v1/users/me/profile" });
  });
});

describe("gmail.send_email", () => {
  it("sends the MIME message it built as base64url raw, with the bearer token, and returns the sent message's ids", async () => {
    api.route("/gmail/v1/users/me/messages/send", (_req, res) => sendJson(res, 200, { id: "18c2f01b5e6a7d90", threadId: "18c2d4f0a1b2c3d4", labelIds: ["SENT"] }));
    const { output, calls } = await run("send_email", {
      to: ["Jane Doe <jane.doe@example.com>", "ops@example.com"],
      cc: "finance@example.com, \"Doe, John\" <john@example.com>",
      bcc: ["audit@example.com"],
      subject: "Réunion de lundi — ordre du jour ✅",
      text: "Bonjour,\n\nVoici l'ordre du jour.",
      html: "<p>Bonjour,</p><p>Voici l'<b>ordre du jour</b>.</p>",
      threadId: "18c2d4f0a1b2c3d4",
      inReplyTo: "CAJx2f7bN1u=qk3D@mail.gmail.com",
    });
    expect(output).toEqual({ id: "18c2f01b5e6a7d90", threadId: "18c2d4f0a1b2c3d4", labelIds: ["SENT"] });
    const [request] = api.requests;
    expect(request!.method).toBe("POST");
    expect(request!.url).toBe("/gmail/v1/users/me/messages/send");
    expect(request!.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(request!.headers["content-type"]).toBe("application/json");
    const body = jsonBody();
    expect(Object.keys(body).sort()).toEqual(["raw", "threadId"]);
    expect(body.threadId).toBe("18c2d4f0a1b2c3d4");
    expect(body.raw).toMatch(/^[A-Za-z0-9_-]+$/);

    const mime = readRaw(body.raw as string);
    expect(mime.headers).toMatchObject({
      to: "Jane Doe <jane.doe@example.com>, ops@example.com",
      cc: 'finance@example.com, "Doe, John" <john@example.com>',
      bcc: "audit@example.com",
      "in-reply-to": "<CAJx2f7bN1u=qk3D@mail.gmail.com>",
      references: "<CAJx2f7bN1u=qk3D@mail.gmail.com>",
      "mime-version": "1.0",
    });
    expect(mime.headers.from).toBeUndefined();
    expect(mime.headers.subject).toMatch(/^=\?UTF-8\?B\?/);
    expect(decodeWords(mime.headers.subject!)).toBe("Réunion de lundi — ordre du jour ✅");
    expect(mime.headers["content-type"]).toMatch(/^multipart\/alternative; boundary="junction-[0-9a-f-]{36}"$/);
    expect(mime.headerBlock).toContain("Content-Type: multipart/alternative;\r\n boundary=");
    expect(mime.parts).toEqual([
      { contentType: 'text/plain; charset="UTF-8"', transferEncoding: "base64", content: "Bonjour,\n\nVoici l'ordre du jour." },
      { contentType: 'text/html; charset="UTF-8"', transferEncoding: "base64", content: "<p>Bonjour,</p><p>Voici l'<b>ordre du jour</b>.</p>" },
    ]);
    for (const line of mime.headerBlock.split("\r\n")) expect(line.length).toBeLessThanOrEqual(78);
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({ method: "POST", status: 200 });
    expectNoToken(calls);
    expectNoToken(output);
  });

  it("builds a text-only message exactly, without a multipart wrapper or a thread", async () => {
    api.route("/gmail/v1/users/me/messages/send", (_req, res) => sendJson(res, 200, { id: "18c2f01b5e6a7d91", threadId: "18c2f01b5e6a7d91", labelIds: ["SENT"] }));
    await run("send_email", { to: "jane.doe@example.com", from: "Acme Support <support@acme.example>", subject: "Your ticket #2291", text: "Resolved." });
    const body = jsonBody();
    expect(body.threadId).toBeUndefined();
    expect(Buffer.from(body.raw as string, "base64url").toString("utf8")).toBe(
      [
        "From: Acme Support <support@acme.example>",
        "To: jane.doe@example.com",
        "Subject: Your ticket #2291",
        "MIME-Version: 1.0",
        'Content-Type: text/plain; charset="UTF-8"',
        "Content-Transfer-Encoding: base64",
        "",
        Buffer.from("Resolved.").toString("base64"),
        "",
      ].join("\r\n"),
    );
  });

  it("refuses input that would inject headers or has nothing to send, before any request", async () => {
    await expect(run("send_email", { to: "jane.doe@example.com", subject: "Hi\r\nBcc: victim@example.com", text: "x" })).rejects.toThrow(/one line/);
    await expect(run("send_email", { to: "jane.doe@example.com", subject: "Hi" })).rejects.toThrow(/text or an html body/);
    await expect(run("send_email", { to: " , ", text: "x" })).rejects.toThrow(/at least one recipient/);
    expect(api.requests).toHaveLength(0);
  });
});

describe("gmail.create_draft", () => {
  it("posts the message under `message` and returns the draft", async () => {
    api.route("/gmail/v1/users/me/drafts", (_req, res) =>
      sendJson(res, 200, { id: "r-4839201957731462270", message: { id: "18c2f2a7c3d4e5f6", threadId: "18c2d4f0a1b2c3d4", labelIds: ["DRAFT"] } }),
    );
    const { output } = await run("create_draft", { to: "billing@acme.example", subject: "Re: Invoice #4812 is ready", html: "<p>Paid, thanks!</p>", threadId: "18c2d4f0a1b2c3d4" });
    expect(output).toEqual({ id: "r-4839201957731462270", message: { id: "18c2f2a7c3d4e5f6", threadId: "18c2d4f0a1b2c3d4", labelIds: ["DRAFT"] } });
    expect(api.requests[0]).toMatchObject({ method: "POST", url: "/gmail/v1/users/me/drafts" });
    const { message } = jsonBody() as { message: { raw: string; threadId: string } };
    expect(message.threadId).toBe("18c2d4f0a1b2c3d4");
    const mime = readRaw(message.raw);
    expect(mime.headers).toMatchObject({ to: "billing@acme.example", subject: "Re: Invoice #4812 is ready", "content-type": 'text/html; charset="UTF-8"' });
    expect(mime.parts[0]!.content).toBe("<p>Paid, thanks!</p>");
  });
});

describe("gmail.get_message", () => {
  it("returns the common headers by name, the decoded bodies and the full resource", async () => {
    api.route("/gmail/v1/users/me/messages/18c2d4f0a1b2c3d4", (_req, res) => sendJson(res, 200, invoiceMessage));
    const { output } = await run("get_message", { id: "18c2d4f0a1b2c3d4" });
    expect(api.requests[0]!.url).toBe("/gmail/v1/users/me/messages/18c2d4f0a1b2c3d4?format=full");
    expect(output).toMatchObject({
      id: "18c2d4f0a1b2c3d4",
      labelIds: ["UNREAD", "IMPORTANT", "CATEGORY_UPDATES", "INBOX"],
      internalDate: "1701710100000",
      headers: {
        subject: "Invoice #4812 is ready",
        from: "Acme Billing <billing@acme.example>",
        to: "Jane Doe <jane.doe@example.com>",
        cc: "finance@example.com",
        date: "Mon, 4 Dec 2023 17:15:00 +0000",
        messageId: "<CAJx2f7bN1u=qk3D@mail.gmail.com>",
      },
      text: "Hi Jane,\r\n\r\nYour invoice #4812 for $1,250.00 is ready.\r\n\r\nThanks,\r\nAcme Billing\r\n",
      html: '<div dir="ltr"><p>Hi Jane,</p><p>Your invoice <b>#4812</b> for $1,250.00 is ready.</p><p>Thanks,<br>Acme Billing</p></div>\r\n',
    });
    expect((output as { payload: unknown }).payload).toEqual(invoiceMessage.payload);
  });

  it("finds a nested text part in its charset, skips attachments, and asks for metadata when told", async () => {
    api.route("/gmail/v1/users/me/messages/18c2e77a90b1f4e2", (_req, res) => sendJson(res, 200, reportMessage));
    const { output } = await run("get_message", { id: "18c2e77a90b1f4e2", format: "metadata" });
    expect(api.requests[0]!.url).toBe("/gmail/v1/users/me/messages/18c2e77a90b1f4e2?format=metadata");
    expect(output).toMatchObject({ headers: { messageId: "<5f3a9c1e-77d2-4b0a-9f1e-2a1c3b4d5e6f@example.fr>", subject: "Re: Invoice #4812 is ready" } });
    expect((output as { text: string }).text).toBe("Bonjour Jane,\r\n\r\nLa réunion est déplacée à 14h.\r\n");
    expect(output).not.toHaveProperty("html");
  });

  it("refuses an id that is not a Gmail id (no path tricks)", async () => {
    await expect(run("get_message", { id: "../labels" })).rejects.toThrow(/Gmail id/);
    expect(api.requests).toHaveLength(0);
  });
});

describe("gmail.modify_labels and list_labels", () => {
  it("posts the label changes and returns the message's labels", async () => {
    api.route("/gmail/v1/users/me/messages/18c2d4f0a1b2c3d4/modify", (_req, res) => sendJson(res, 200, { id: "18c2d4f0a1b2c3d4", threadId: "18c2d4f0a1b2c3d4", labelIds: ["IMPORTANT", "Label_4120937562"] }));
    const { output } = await run("modify_labels", { id: "18c2d4f0a1b2c3d4", addLabelIds: ["Label_4120937562"], removeLabelIds: ["UNREAD", "INBOX"] });
    expect(api.requests[0]).toMatchObject({ method: "POST", url: "/gmail/v1/users/me/messages/18c2d4f0a1b2c3d4/modify" });
    expect(jsonBody()).toEqual({ addLabelIds: ["Label_4120937562"], removeLabelIds: ["UNREAD", "INBOX"] });
    expect(output).toEqual({ id: "18c2d4f0a1b2c3d4", threadId: "18c2d4f0a1b2c3d4", labelIds: ["IMPORTANT", "Label_4120937562"] });
    await expect(run("modify_labels", { id: "18c2d4f0a1b2c3d4" })).rejects.toThrow(/labels to add or to remove/);
  });

  it("lists labels", async () => {
    api.route("/gmail/v1/users/me/labels", (_req, res) => sendJson(res, 200, labels));
    const { output } = await run("list_labels", {});
    expect(api.requests[0]).toMatchObject({ method: "GET", url: "/gmail/v1/users/me/labels" });
    expect((output as typeof labels).labels.map((l) => `${l.id}:${l.name}`)).toEqual(["CHAT:CHAT", "INBOX:INBOX", "UNREAD:UNREAD", "Label_4120937562:Receipts"]);
  });
});

describe("Google errors", () => {
  it("a 403 PERMISSION_DENIED becomes the outbound client's scope message, without the token", async () => {
    api.route("/gmail/v1/users/me/labels", (_req, res) => sendJson(res, 403, permissionDenied));
    const error = await run("list_labels", {}).then(() => undefined, (e: unknown) => e as Error);
    expect(error?.message).toBe(
      "Gmail answered 403: the token may not do this (Request had insufficient authentication scopes. (PERMISSION_DENIED)); check the connection's permissions or scopes, or reconnect it with more access.",
    );
    expectNoToken(error?.message);
  });

  it("a 404 for an unknown message says so", async () => {
    const notFound = { error: { code: 404, message: "Requested entity was not found.", errors: [{ message: "Requested entity was not found.", domain: "global", reason: "notFound" }], status: "NOT_FOUND" } };
    api.route("/gmail/v1/users/me/messages/18c2ffffffffffff", (_req, res) => sendJson(res, 404, notFound));
    await expect(run("get_message", { id: "18c2ffffffffffff" })).rejects.toThrow("Gmail answered 404: not found (Requested entity was not found. (NOT_FOUND)). Check the URL and the ids in the step's input.");
  });
});
