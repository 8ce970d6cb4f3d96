import { performance } from "node:perf_hooks";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { ConnectorActionError, type ConnectorDefinition, type ConnectorRegistry, type ConnectorRequest } from "@/core/connectors";
import { invalid, notFound } from "@/core/errors/domain-errors";
import { VaultError } from "@/core/vault";
import { sessionTools } from "@/server/connectors/execute-connector-action";
import { openConnectorSession } from "@/server/connectors/open-connector-session";
import { findOrgConnector } from "@/server/connectors/org-connectors";
import { connections } from "@/server/db/schema/connections";
import { HttpCallError } from "@/server/http/http-errors";
import { recordAudit } from "../audit/record-audit";
import type { ServiceContext } from "../context";
import { getConnectionInOrg } from "./get-connection-in-org";

export const testConnectionInput = z.object({
  connectionId: z.uuid("Unknown connection."),
  /** Only for connectors without a base URL (HTTP, GraphQL), which have no request of their own to test with. */
  url: z
    .url({ protocol: /^https?$/, error: "Give an absolute http(s) URL to test the connection against." })
    .max(2048, "The URL is at most 2048 characters.")
    .optional(),
});

/** `status` is the HTTP status answered; a connector tested over its own protocol (PostgreSQL) has none. */
export type TestConnectionResult = { ok: true; status?: number; latencyMs: number } | { ok: false; message: string };

/**
 * Proves a connection works: runs the connector's declared `test` request (or, for a connector that takes full
 * URLs, a GET of the URL given) with the connection's credential, through the same outbound path as action
 * steps, once. The outcome is recorded on the connection (`last_tested_at`, `status`, `last_error`) and audited in
 * one transaction; a failed test is a result, not an error. `status` in the result is the HTTP status answered.
 */
export async function testConnection(
  { ctx, input }: { ctx: ServiceContext; input: z.infer<typeof testConnectionInput> },
  registry?: ConnectorRegistry,
): Promise<TestConnectionResult> {
  const connection = await getConnectionInOrg(ctx, input.connectionId);
  const connector = registry ? registry.get(connection.connectorId) : await findOrgConnector(ctx.db, ctx.org.id, connection.connectorId);
  if (!connector) throw invalid(`The connector "${connection.connectorId}" of this connection is not available, so it cannot be tested.`);
  const request = connector.check ? checkOnly(connector, input.url) : testRequestOf(connector, input.url);

  let result: TestConnectionResult;
  try {
    const session = await openConnectorSession(ctx.db, { orgId: ctx.org.id, connector, connectionId: connection.id, onCall: () => {}, allowNeedsReauth: true });
    const started = performance.now();
    if (request === "check") {
      await connector.check!(sessionTools(session, { idempotencyKey: `connection-test:${connection.id}:${Date.now()}` }));
      result = { ok: true, latencyMs: Math.round(performance.now() - started) };
    } else {
      const response = await session.request(request);
      connector.verifyTest?.(response);
      result = { ok: true, status: response.status, latencyMs: Math.round(performance.now() - started) };
    }
  } catch (error) {
    // The outbound client's errors are written for the user and have the injected credential scrubbed out;
    // the others name a field or a key version, never a value.
    if (error instanceof HttpCallError || error instanceof ConnectorActionError) result = { ok: false, message: error.message };
    else if (error instanceof VaultError) result = { ok: false, message: `The ${connector.name} connection's credentials could not be opened (${error.message}); reconnect the connection.` };
    // A connector's own check reports in words meant for the user (e.g. "could not connect to db.example.com:5432").
    else if (request === "check" && error instanceof Error) result = { ok: false, message: error.message };
    else throw error;
  }

  const status = result.ok ? "active" : connection.status === "needs_reauth" ? "needs_reauth" : "error";
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .update(connections)
      .set({ status, lastTestedAt: new Date(), lastError: result.ok ? null : result.message, updatedAt: new Date() })
      .where(and(eq(connections.orgId, ctx.org.id), eq(connections.id, connection.id)))
      .returning({ id: connections.id });
    // Deleted while the request was out.
    if (!row) throw notFound("Connection");
    await recordAudit(tx, {
      orgId: ctx.org.id,
      actor: ctx.actor,
      action: "connection.tested",
      target: { type: "connection", id: connection.id, label: connection.name },
      metadata: { connectorId: connector.id, ok: result.ok, previousStatus: connection.status, status },
    });
    return result;
  });
}

function checkOnly(connector: ConnectorDefinition, url: string | undefined): "check" {
  if (url !== undefined) throw invalid(`${connector.name} tests its connections with its own check; leave the URL out.`, "url");
  return "check";
}

function testRequestOf(connector: ConnectorDefinition, url: string | undefined): ConnectorRequest {
  if (connector.test) {
    if (url !== undefined) throw invalid(`${connector.name} tests its connections with its own request; leave the URL out.`, "url");
    return connector.test;
  }
  if (connector.baseUrl !== undefined) throw invalid(`${connector.name} has no connection test.`);
  if (url === undefined) throw invalid(`${connector.name} has no connection test of its own; give a URL to call (GET) with the connection's credential.`, "url");
  return { method: "GET", path: url };
}
