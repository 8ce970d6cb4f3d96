"use client";

import { useConnectionsWriteReason } from "./connection-permission";
import type { Connection, ConnectorInfo } from "./connection-types";
import { ConnectionRow } from "./connection-row";

/** The organization's connections, by name. */
export function ConnectionsList({
  connections,
  connectors,
  highlight,
  reconnectId,
}: {
  connections: readonly Connection[];
  connectors: readonly ConnectorInfo[];
  highlight: { id: string; kind: "new" | "connected" } | undefined;
  reconnectId: string | undefined;
}) {
  const writeDenied = useConnectionsWriteReason();
  const byId = new Map(connectors.map((connector) => [connector.id, connector]));
  return (
    <ul aria-label="Connections" className="divide-y overflow-hidden rounded-xl border bg-card shadow-sm">
      {connections.map((connection) => (
        <ConnectionRow
          key={connection.id}
          connection={connection}
          connector={byId.get(connection.connectorId)}
          highlighted={connection.id === highlight?.id ? highlight.kind : undefined}
          openReconnect={connection.id === reconnectId}
          writeDenied={writeDenied}
        />
      ))}
    </ul>
  );
}
