"use client";

import { useQuery } from "@tanstack/react-query";
import { CircleAlertIcon, PlugIcon, XIcon } from "lucide-react";
import { useEffect, useEffectEvent, useState } from "react";
import { toast } from "sonner";
import { QueryErrorAlert } from "@/components/common/query-error-alert";
import { TableSkeleton } from "@/components/common/table-skeleton";
import { useOrg } from "@/components/shell/org-context";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { useTRPC } from "@/trpc/react";
import { ConnectionsList } from "./connections-list";
import { NewConnectionDialog } from "./new-connection-dialog";
import { cleanConnectionsUrl, type ConnectionsPageParams } from "./oauth-redirect-result";

/** The Connections page: the organization's connections with their status and actions, or how to add the first. */
export function ConnectionsView({ params }: { params: ConnectionsPageParams }) {
  const { org, can } = useOrg();
  const trpc = useTRPC();
  const connections = useQuery(trpc.connection.list.queryOptions({ orgSlug: org.slug }));
  const connectors = useQuery(trpc.connector.list.queryOptions({ orgSlug: org.slug }));
  const [highlight, setHighlight] = useState<{ id: string; kind: "new" | "connected" } | undefined>(
    params.connected ? { id: params.connected, kind: "connected" } : undefined,
  );
  const [oauthError, setOauthError] = useState(params.oauthError);
  const count = connections.data?.length ?? 0;
  const connectedName = params.connected ? connections.data?.find((c) => c.id === params.connected)?.name : undefined;

  // Once, for the address the page was opened with: an effect event reads the latest values without re-running.
  const announceOpenedWith = useEffectEvent(() => {
    if (params.connected) {
      toast.success("Connected", {
        id: `oauth-connected-${params.connected}`,
        description: connectedName ? `“${connectedName}” is ready. Test it to check.` : undefined,
      });
    }
    cleanConnectionsUrl();
  });
  useEffect(() => announceOpenedWith(), []);

  const newConnection = <NewConnectionDialog onCreated={(created) => setHighlight({ id: created.id, kind: "new" })} />;

  return (
    <div className="grid grid-cols-1 gap-6">
      <PageHeader
        title="Connections"
        description={
          count > 0
            ? `${count} ${count === 1 ? "connection" : "connections"} in ${org.name}. A workflow step uses one by its ID (connectionId).`
            : "Credentials for the apps and APIs your workflows use."
        }
        actions={count > 0 ? newConnection : null}
      />
      {oauthError ? (
        <Alert variant="destructive" className="pr-12">
          <CircleAlertIcon />
          <AlertTitle>Couldn&apos;t connect</AlertTitle>
          <AlertDescription>
            <p>{oauthError}</p>
          </AlertDescription>
          <Button
            type="button"
            variant="ghost"
            size="icon-sm"
            className="absolute top-2 right-2 text-muted-foreground"
            aria-label="Dismiss"
            onClick={() => setOauthError(undefined)}
          >
            <XIcon aria-hidden="true" />
          </Button>
        </Alert>
      ) : null}
      {connections.isPending ? (
        <TableSkeleton rows={3} label="Loading connections" />
      ) : connections.isError ? (
        <QueryErrorAlert
          title="Couldn't load connections"
          error={connections.error}
          onRetry={() => void connections.refetch()}
          retrying={connections.isFetching}
        />
      ) : count === 0 ? (
        <EmptyState
          icon={PlugIcon}
          title="No connections yet"
          description={
            can("connections.write")
              ? "A connection stores how Junction signs in to an app — an API key, a token or an OAuth sign-in — once, for every workflow in your organization. Start with the app your first workflow talks to."
              : "A connection stores how Junction signs in to an app, once, for every workflow in your organization. Your role can see connections; ask an editor, admin or owner to add the first one."
          }
          action={newConnection}
        />
      ) : (
        <>
          {connectors.isError ? (
            <QueryErrorAlert
              title="Couldn't load the connector catalog"
              error={connectors.error}
              onRetry={() => void connectors.refetch()}
              retrying={connectors.isFetching}
            />
          ) : null}
          <ConnectionsList
            connections={connections.data}
            connectors={connectors.data ?? []}
            highlight={highlight}
            reconnectId={params.reconnect}
          />
        </>
      )}
    </div>
  );
}
