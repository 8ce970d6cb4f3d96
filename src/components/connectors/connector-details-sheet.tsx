"use client";

import { useQuery } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import { QueryErrorAlert } from "@/components/common/query-error-alert";
import type { ConnectorInfo } from "@/components/connections/connection-types";
import { useOrg } from "@/components/shell/org-context";
import { Sheet, SheetContent, SheetDescription, SheetTitle } from "@/components/ui/sheet";
import { Skeleton } from "@/components/ui/skeleton";
import { Tabs, TabsContent, TabsList, TabsTrigger } from "@/components/ui/tabs";
import { useTRPC } from "@/trpc/react";
import { ConnectorActionsList } from "./connector-actions-list";
import { ConnectorDetailsHeader } from "./connector-details-header";
import { ConnectorTriggersList } from "./connector-triggers-list";
import type { NodeConnectionState } from "./node-connection-select";
import { connectionChoices } from "./workflow-node-json";

function CountBadge({ count }: { count: number }) {
  return <span className="rounded-full bg-muted-foreground/10 px-1.5 text-xs tabular-nums">{count.toLocaleString("en-US")}</span>;
}

/** The connector's actions and triggers, and the connection their copied nodes use. */
function ConnectorDetailsBody({ connector }: { connector: ConnectorInfo }) {
  const { org, href } = useOrg();
  const trpc = useTRPC();
  const connections = useQuery(trpc.connection.list.queryOptions({ orgSlug: org.slug }));
  const choices = useMemo(() => connectionChoices(connector, connections.data ?? []), [connector, connections.data]);
  // undefined until the user picks: the default follows the connections as they load.
  const [picked, setPicked] = useState<string | null | undefined>(undefined);
  const connectionId = picked !== undefined && (picked === null || choices.options.some((option) => option.id === picked)) ? picked : choices.initial;
  const connection: NodeConnectionState = {
    choices,
    connectionId,
    onChange: setPicked,
    loading: connections.isPending,
    error: connections.isError ? connections.error : null,
    onRetry: () => void connections.refetch(),
    connectionsHref: href("connections"),
  };

  return (
    <Tabs defaultValue="actions" className="min-h-0 flex-1 gap-0">
      <div className="border-b px-6 py-3">
        <TabsList aria-label={`${connector.name} capabilities`}>
          <TabsTrigger value="actions" className="px-3">
            Actions <CountBadge count={connector.actions.length} />
          </TabsTrigger>
          <TabsTrigger value="triggers" className="px-3">
            Triggers <CountBadge count={connector.triggers.length} />
          </TabsTrigger>
        </TabsList>
      </div>
      <div className="min-h-0 flex-1 overflow-y-auto px-6 py-4">
        {/* Kept mounted while Triggers is shown, so what was typed into an action's form stays. */}
        <TabsContent value="actions" forceMount className="data-[state=inactive]:hidden">
          <ConnectorActionsList connectorName={connector.name} actions={connector.actions} connection={connection} />
        </TabsContent>
        <TabsContent value="triggers">
          <ConnectorTriggersList triggers={connector.triggers} connection={choices.options.find((option) => option.id === connectionId) ?? null} />
        </TabsContent>
      </div>
    </Tabs>
  );
}

/** Looks the connector up in the org's catalog (built-in and custom), already loaded by the Connectors page. */
function ConnectorDetailsContent({ connectorId, fallbackName }: { connectorId: string; fallbackName: string }) {
  const { org } = useOrg();
  const trpc = useTRPC();
  const connectors = useQuery(trpc.connector.list.queryOptions({ orgSlug: org.slug }));
  const connector = connectors.data?.find((candidate) => candidate.id === connectorId);

  if (connector) {
    return (
      <>
        <ConnectorDetailsHeader connector={connector} />
        <ConnectorDetailsBody connector={connector} />
      </>
    );
  }
  return (
    <div className="grid gap-4 p-6 pr-12">
      <SheetTitle className="text-lg">{fallbackName}</SheetTitle>
      {connectors.isPending ? (
        <div className="grid gap-3" role="status" aria-label="Loading connector">
          <SheetDescription className="sr-only">Loading the connector&apos;s actions and triggers.</SheetDescription>
          <Skeleton className="h-4 w-2/3" />
          <Skeleton className="h-4 w-1/2" />
          <Skeleton className="h-24 w-full" />
          <Skeleton className="h-24 w-full" />
        </div>
      ) : connectors.isError ? (
        <>
          <SheetDescription className="sr-only">The connector could not be loaded.</SheetDescription>
          <QueryErrorAlert title="Couldn't load the connector" error={connectors.error} onRetry={() => void connectors.refetch()} retrying={connectors.isFetching} />
        </>
      ) : (
        <SheetDescription>
          <code className="font-mono">{connectorId}</code> is not in this organization&apos;s connectors any more, or its definition does not compile.
          Open it in the editor to see why.
        </SheetDescription>
      )}
    </div>
  );
}

/**
 * A connector's details in a side sheet: what it is and how it connects; its actions, each with an input form
 * generated from its JSON Schema and a "Copy as workflow node"; its triggers. Content (and its queries) mounts only
 * while the sheet is open.
 */
export function ConnectorDetailsSheet({
  connectorId,
  fallbackName,
  open,
  onOpenChange,
}: {
  connectorId: string;
  /** The title while the connector loads, or when it is gone. */
  fallbackName: string;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  return (
    <Sheet open={open} onOpenChange={onOpenChange}>
      <SheetContent side="right" className="w-full max-w-full gap-0 sm:w-[42rem] sm:max-w-[calc(100vw-4rem)]">
        <ConnectorDetailsContent connectorId={connectorId} fallbackName={fallbackName} />
      </SheetContent>
    </Sheet>
  );
}
