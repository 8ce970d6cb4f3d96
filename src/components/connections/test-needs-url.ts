import type { ConnectorInfo } from "./connection-types";

/**
 * Whether testing a connection of this connector needs a URL from the user: connectors that take full URLs (HTTP,
 * GraphQL) have no request of their own, so the server GETs the URL given, with the connection's credential.
 */
export function testNeedsUrl(connector: ConnectorInfo | undefined): boolean {
  return connector?.test === "url";
}

/** Whether the connector can test a connection at all (Google Sheets cannot: every call needs a spreadsheet). */
export function canTest(connector: ConnectorInfo | undefined): boolean {
  return connector !== undefined && connector.test !== "none";
}
