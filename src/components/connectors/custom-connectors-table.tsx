"use client";

import Link from "next/link";
import { ConnectorIcon } from "@/components/connections/connector-icon";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { RelativeTime } from "@/components/format/time";
import { useOrg } from "@/components/shell/org-context";
import type { CustomConnectorListItem } from "./connector-types";
import { ConnectorDetailsButton } from "./connector-details-button";
import { DeleteCustomConnectorButton } from "./delete-custom-connector-button";

/** The org's own connectors: where each came from, how many actions, and its id for workflow nodes. */
export function CustomConnectorsTable({ connectors }: { connectors: readonly CustomConnectorListItem[] }) {
  const { href } = useOrg();
  return (
    <Table>
      <TableHeader>
        <TableRow>
          <TableHead>Connector</TableHead>
          <TableHead>Source</TableHead>
          <TableHead className="text-right">Actions</TableHead>
          <TableHead>Updated</TableHead>
          <TableHead className="sr-only">Manage</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {connectors.map((connector) => (
          <TableRow key={connector.id}>
            <TableCell>
              <div className="flex items-center gap-3">
                <ConnectorIcon icon="plug" />
                <div className="grid min-w-0">
                  <Link href={href(`connectors/${connector.id}`)} className="truncate font-medium hover:underline">
                    {connector.name}
                  </Link>
                  <code className="truncate text-xs text-muted-foreground">{connector.connectorId}</code>
                  {connector.baseUrl ? <span className="truncate text-xs text-muted-foreground">{connector.baseUrl}</span> : null}
                </div>
              </div>
            </TableCell>
            <TableCell>
              <Badge variant="outline">{connector.source === "openapi" ? "OpenAPI import" : "JSON"}</Badge>
            </TableCell>
            <TableCell className="text-right tabular-nums">{connector.actionCount}</TableCell>
            <TableCell className="text-muted-foreground">
              <RelativeTime date={connector.updatedAt} />
            </TableCell>
            <TableCell>
              <div className="flex justify-end gap-2">
                <ConnectorDetailsButton connectorId={connector.connectorId} connectorName={connector.name} />
                <Button asChild variant="outline" size="sm">
                  <Link href={href(`connectors/${connector.id}`)}>Edit</Link>
                </Button>
                <DeleteCustomConnectorButton connector={connector} />
              </div>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
