import { describe, expect, it } from "vitest";
import { ConnectorActionError, defineConnector, type AuthSpec } from "@/core/connectors";
import { connectionOutboundAuth } from "./connection-outbound-auth";

const SECRET = "canary-outbound-auth-secret";

function connectorWith(auth: AuthSpec[]) {
  return defineConnector({ id: "acme", name: "Acme", icon: "box", categories: [], auth, actions: [] });
}

describe("connectionOutboundAuth", () => {
  it("maps each auth kind to the credential the outbound client injects", () => {
    const generic = connectorWith([{ type: "none" }, { type: "api_key" }, { type: "bearer" }, { type: "basic" }, { type: "custom_headers" }]);
    expect(connectionOutboundAuth(generic, { authType: "bearer", credentials: { token: SECRET } })).toEqual({ type: "bearer", token: SECRET });
    expect(connectionOutboundAuth(generic, { authType: "api_key", credentials: { apiKey: SECRET, in: "header", name: "x-api-key" } })).toEqual({ type: "api_key_header", header: "x-api-key", key: SECRET });
    expect(connectionOutboundAuth(generic, { authType: "api_key", credentials: { apiKey: SECRET, in: "query", name: "key" } })).toEqual({ type: "api_key_query", param: "key", key: SECRET });
    expect(connectionOutboundAuth(generic, { authType: "basic", credentials: { username: "ada", password: SECRET } })).toEqual({ type: "basic", username: "ada", password: SECRET });
    expect(connectionOutboundAuth(generic, { authType: "custom_headers", credentials: { "x-key-id": "k1", "x-secret": SECRET } })).toEqual({ type: "headers", headers: { "x-key-id": "k1", "x-secret": SECRET } });
    expect(connectionOutboundAuth(generic, { authType: "none", credentials: {} })).toEqual({ type: "none" });
  });

  it("follows a connector's fixed key placement and header fields", () => {
    const fixed = connectorWith([{ type: "api_key", in: "header", name: "authorization", prefix: "Token " }, { type: "custom_headers", fields: [{ key: "keyId", label: "Key id", header: "x-key-id", secret: false }] }]);
    expect(connectionOutboundAuth(fixed, { authType: "api_key", credentials: { apiKey: SECRET } })).toEqual({ type: "api_key_header", header: "authorization", key: SECRET, prefix: "Token " });
    expect(connectionOutboundAuth(fixed, { authType: "custom_headers", credentials: { keyId: "k1", other: SECRET } })).toEqual({ type: "headers", headers: { "x-key-id": "k1" } });
    const oauth = connectorWith([{ type: "oauth2", oauth: { app: "a", grant: "authorization_code", authorizeUrl: "https://a.test/a", tokenUrl: "https://a.test/t" } }]);
    expect(connectionOutboundAuth(oauth, { authType: "oauth2", credentials: { accessToken: SECRET } })).toEqual({ type: "bearer", token: SECRET });
  });

  it("refuses an auth type the connector does not accept, or a missing value, without repeating a secret", () => {
    const bearerOnly = connectorWith([{ type: "bearer" }]);
    expect(() => connectionOutboundAuth(bearerOnly, { authType: "api_key", credentials: { apiKey: SECRET } })).toThrow(/"api_key" authentication, which Acme does not accept \(bearer\)/);
    const missing = (() => {
      try {
        connectionOutboundAuth(bearerOnly, { authType: "bearer", credentials: { tokn: SECRET } });
      } catch (error) {
        return error;
      }
    })();
    expect(missing).toBeInstanceOf(ConnectorActionError);
    expect((missing as Error).message).toMatch(/no token; reconnect/);
    expect((missing as Error).message).not.toContain(SECRET);
  });
});
