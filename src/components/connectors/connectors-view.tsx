"use client";

import { useQuery } from "@tanstack/react-query";
import { BlocksIcon, PlusIcon } from "lucide-react";
import Link from "next/link";
import { QueryErrorAlert } from "@/components/common/query-error-alert";
import { TableSkeleton } from "@/components/common/table-skeleton";
import { useOrg } from "@/components/shell/org-context";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { DisabledReason } from "@/components/ui/disabled-reason";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { useTRPC } from "@/trpc/react";
import { BuiltInConnectorsGrid } from "./built-in-connectors-grid";
import { CustomConnectorsTable } from "./custom-connectors-table";
import { ImportOpenApiDialog } from "./import-openapi-dialog";
import { useConnectorsDeniedReason } from "./use-connectors-permission";

/** The Connectors page: the org's own connectors (write, import) and every built-in one. */
export function ConnectorsView() {
  const { org, href } = useOrg();
  const trpc = useTRPC();
  const denied = useConnectorsDeniedReason();
  const connectors = useQuery(trpc.connector.list.queryOptions({ orgSlug: org.slug }));
  const custom = useQuery(trpc.customConnector.list.queryOptions({ orgSlug: org.slug }));
  const builtIn = (connectors.data ?? []).filter((c) => !c.custom);

  const newButton = (
    <Button asChild={denied === null} disabled={denied !== null}>
      {denied === null ? (
        <Link href={href("connectors/new")}>
          <PlusIcon aria-hidden="true" />
          New custom connector
        </Link>
      ) : (
        <span>
          <PlusIcon aria-hidden="true" />
          New custom connector
        </span>
      )}
    </Button>
  );
  const actions = (
    <div className="flex flex-wrap gap-2">
      <ImportOpenApiDialog />
      {denied ? <DisabledReason reason={denied}>{newButton}</DisabledReason> : newButton}
    </div>
  );

  return (
    <div className="grid grid-cols-1 gap-8">
      <PageHeader
        title="Connectors"
        description="The apps and APIs your workflows can call. Connect one on the Connections page; add your own API here."
        actions={actions}
      />
      <Card>
        <CardHeader>
          <CardTitle>Custom connectors</CardTitle>
          <CardDescription>Your organization&apos;s own APIs, written as JSON or imported from an OpenAPI document.</CardDescription>
        </CardHeader>
        <CardContent>
          {custom.isPending ? (
            <TableSkeleton rows={2} label="Loading custom connectors" />
          ) : custom.isError ? (
            <QueryErrorAlert title="Couldn't load custom connectors" error={custom.error} onRetry={() => void custom.refetch()} retrying={custom.isFetching} />
          ) : custom.data.length === 0 ? (
            <EmptyState
              icon={BlocksIcon}
              title="No custom connectors yet"
              description="An API Junction has no connector for? Import its OpenAPI document, or describe its endpoints as JSON. Its actions then work like any built-in one."
            />
          ) : (
            <CustomConnectorsTable connectors={custom.data} />
          )}
        </CardContent>
      </Card>
      <section className="grid gap-4" aria-labelledby="built-in-heading">
        <div className="grid gap-1">
          <h2 id="built-in-heading" className="text-lg font-semibold">
            Built-in connectors
          </h2>
          <p className="text-sm text-muted-foreground">{builtIn.length} connectors ship with Junction.</p>
        </div>
        {connectors.isPending ? (
          <TableSkeleton rows={3} label="Loading connectors" />
        ) : connectors.isError ? (
          <QueryErrorAlert title="Couldn't load connectors" error={connectors.error} onRetry={() => void connectors.refetch()} retrying={connectors.isFetching} />
        ) : (
          <BuiltInConnectorsGrid connectors={builtIn} />
        )}
      </section>
    </div>
  );
}
