"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { PlusIcon } from "lucide-react";
import { useState } from "react";
import { toast } from "sonner";
import { QueryErrorAlert } from "@/components/common/query-error-alert";
import { useOrg } from "@/components/shell/org-context";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { DisabledReason } from "@/components/ui/disabled-reason";
import { Skeleton } from "@/components/ui/skeleton";
import { cn } from "@/components/ui/cn";
import { useTRPC } from "@/trpc/react";
import { connectableAuth } from "./auth-kinds";
import { useConnectionsWriteReason } from "./connection-permission";
import type { Connection, ConnectorInfo } from "./connection-types";
import { ConnectorPicker } from "./connector-picker";
import { defaultConnectionName } from "./default-connection-name";
import { NewConnectionForm } from "./new-connection-form";

function PickerSkeleton() {
  return (
    <div className="grid gap-3" aria-busy="true" aria-label="Loading connectors">
      <Skeleton className="h-9 w-full" />
      <div className="grid gap-2 sm:grid-cols-2">
        {Array.from({ length: 6 }, (_, i) => (
          <Skeleton key={i} className="h-[4.5rem] w-full rounded-lg" />
        ))}
      </div>
    </div>
  );
}

/**
 * "New connection": pick a connector from a searchable grid, then fill in its form (or sign in with OAuth2).
 * Disabled, with the reason, for roles that cannot change connections.
 */
export function NewConnectionDialog({ onCreated }: { onCreated: (connection: Connection) => void }) {
  const { org } = useOrg();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const denied = useConnectionsWriteReason();
  const [open, setOpen] = useState(false);
  const [connector, setConnector] = useState<ConnectorInfo | null>(null);
  const connectors = useQuery({ ...trpc.connector.list.queryOptions({ orgSlug: org.slug }), enabled: open });
  const connections = useQuery({ ...trpc.connection.list.queryOptions({ orgSlug: org.slug }), enabled: open });
  const connectable = (connectors.data ?? []).filter((candidate) => connectableAuth(candidate).length > 0);

  function onOpenChange(next: boolean) {
    if (next) setConnector(null);
    setOpen(next);
  }

  async function created(connection: Connection) {
    toast.success(`Created “${connection.name}”.`, { description: "Test it now to check that the credentials work." });
    setOpen(false);
    onCreated(connection);
    await queryClient.invalidateQueries({ queryKey: trpc.connection.list.queryKey({ orgSlug: org.slug }) });
  }

  const trigger = (
    <Button disabled={Boolean(denied)}>
      <PlusIcon aria-hidden="true" />
      New connection
    </Button>
  );
  if (denied) return <DisabledReason reason={denied}>{trigger}</DisabledReason>;

  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogTrigger asChild>{trigger}</DialogTrigger>
      <DialogContent
        className={cn("max-h-[calc(100dvh-2rem)] overflow-y-auto", connector ? "sm:max-w-lg" : "sm:max-w-2xl")}
      >
        {connector ? (
          <NewConnectionForm
            key={connector.id}
            connector={connector}
            defaultName={defaultConnectionName(connector.name, (connections.data ?? []).map((c) => c.name))}
            onBack={() => setConnector(null)}
            onCreated={(connection) => void created(connection)}
          />
        ) : (
          <div className="grid min-h-0 gap-4">
            <DialogHeader>
              <DialogTitle>New connection</DialogTitle>
              <DialogDescription>
                Pick the app to connect. You sign in to it once; every workflow in {org.name} can then use the
                connection.
              </DialogDescription>
            </DialogHeader>
            {connectors.isPending ? (
              <PickerSkeleton />
            ) : connectors.isError ? (
              <QueryErrorAlert
                title="Couldn't load the connectors"
                error={connectors.error}
                onRetry={() => void connectors.refetch()}
                retrying={connectors.isFetching}
              />
            ) : (
              <ConnectorPicker connectors={connectable} onPick={setConnector} />
            )}
          </div>
        )}
      </DialogContent>
    </Dialog>
  );
}
