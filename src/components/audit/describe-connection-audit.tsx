import type * as React from "react";
import type { AuditEntry } from "@/components/common/api-types";

function Who({ children }: { children: React.ReactNode }) {
  return <span className="font-medium text-foreground">{children}</span>;
}

function meta(entry: AuditEntry, key: string): string | undefined {
  const value = typeof entry.metadata === "object" && entry.metadata !== null ? (entry.metadata as Record<string, unknown>)[key] : undefined;
  return typeof value === "string" && value.length > 0 ? value : typeof value === "number" || typeof value === "boolean" ? String(value) : undefined;
}

/** Sentences for connection, custom connector and OAuth app entries; undefined for other actions. */
export function describeConnectionAudit(entry: AuditEntry): React.ReactNode | undefined {
  const actor = <Who>{entry.actorLabel}</Who>;
  const target = <Who>{entry.targetLabel ?? "a connection"}</Who>;
  switch (entry.action) {
    case "connection.created":
      return (
        <>
          {actor} created the connection {target}
          {meta(entry, "connectorId") ? <> ({meta(entry, "connectorId")})</> : null}
        </>
      );
    case "connection.renamed":
      return (
        <>
          {actor} renamed the connection {meta(entry, "from") ?? "?"} to {target}
        </>
      );
    case "connection.reconnected":
      return (
        <>
          {actor} reconnected {target} with new credentials
        </>
      );
    case "connection.tested":
      return (
        <>
          {actor} tested {target}: {meta(entry, "ok") === "true" ? "it works" : "it failed"}
        </>
      );
    case "connection.rate_limit_changed":
      return (
        <>
          {actor} set the rate limit of {target} to {meta(entry, "rateLimit") ?? "?"}
        </>
      );
    case "connection.deleted":
      return (
        <>
          {actor} deleted the connection {target}
        </>
      );
    case "custom_connector.created":
      return (
        <>
          {actor} created the custom connector {target} ({meta(entry, "actions") ?? "?"} actions{meta(entry, "source") === "openapi" ? ", imported from OpenAPI" : ""})
        </>
      );
    case "custom_connector.updated":
      return (
        <>
          {actor} changed the custom connector {target}
        </>
      );
    case "custom_connector.deleted":
      return (
        <>
          {actor} deleted the custom connector {target}
        </>
      );
    case "oauth_app.set":
      return (
        <>
          {actor} set the organization&apos;s own OAuth app for {target}
        </>
      );
    case "oauth_app.removed":
      return (
        <>
          {actor} removed the organization&apos;s own OAuth app for {target}
        </>
      );
    default:
      return undefined;
  }
}
