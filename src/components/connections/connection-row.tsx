"use client";

import { GaugeIcon, KeyRoundIcon, PencilIcon, SparklesIcon, Trash2Icon, TriangleAlertIcon } from "lucide-react";
import { useEffect, useId, useRef, useState, type ReactNode } from "react";
import { CopyButton } from "@/components/common/copy-button";
import { RelativeTime } from "@/components/format/time";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { DisabledReason } from "@/components/ui/disabled-reason";
import { authKindLabel } from "./auth-kinds";
import { ConnectionStatusBadge } from "./connection-status-badge";
import type { Connection, ConnectorInfo } from "./connection-types";
import { ConnectorIcon } from "./connector-icon";
import { DeleteConnectionDialog } from "./delete-connection-dialog";
import { ReconnectConnectionDialog } from "./reconnect-connection-dialog";
import { RenameConnectionDialog } from "./rename-connection-dialog";
import { TestConnectionButton } from "./test-connection-button";
import { TestOutcomeLine } from "./test-outcome";
import { connectionRateLimitText, RateLimitDialog } from "./rate-limit-dialog";
import { canTest, testNeedsUrl } from "./test-needs-url";
import { useConnectionTest } from "./use-connection-test";

function Separator() {
  return (
    <span aria-hidden="true" className="text-muted-foreground/50">
      ·
    </span>
  );
}

/**
 * One connection: what it connects to and how, its status and last test, and its actions (Test, Rename, Reconnect,
 * Delete, Copy ID). A just-created connection is highlighted with an invitation to test it.
 */
export function ConnectionRow({
  connection,
  connector,
  highlighted,
  openReconnect,
  writeDenied,
}: {
  connection: Connection;
  connector: ConnectorInfo | undefined;
  /** Just created ("new") or just signed in again with OAuth2 ("connected"): highlighted with an invitation to test it. */
  highlighted: "new" | "connected" | undefined;
  openReconnect: boolean;
  writeDenied: string | null;
}) {
  const nameId = useId();
  const rowRef = useRef<HTMLLIElement>(null);
  const test = useConnectionTest(connection.id);
  const [renaming, setRenaming] = useState(false);
  const [reconnecting, setReconnecting] = useState(openReconnect && !writeDenied);
  const [limiting, setLimiting] = useState(false);
  const limitText = connectionRateLimitText(connection, connector);
  const [deleting, setDeleting] = useState(false);
  const needsAttention = connection.status !== "active";
  const needsReconnect = connection.status === "needs_reauth";

  useEffect(() => {
    if (highlighted) rowRef.current?.scrollIntoView({ block: "nearest", behavior: "smooth" });
  }, [highlighted]);

  function action(label: string, icon: ReactNode, onClick: () => void, className?: string, variant: "ghost" | "outline" = "ghost") {
    const button = (
      <Button type="button" variant={variant} size="sm" className={className} disabled={Boolean(writeDenied)} onClick={onClick}>
        {icon}
        {label}
      </Button>
    );
    return writeDenied ? <DisabledReason reason={writeDenied}>{button}</DisabledReason> : button;
  }

  return (
    <li
      ref={rowRef}
      aria-labelledby={nameId}
      data-connection-id={connection.id}
      data-highlighted={highlighted}
      className={cn(
        "flex flex-col gap-3 p-4 transition-colors lg:flex-row lg:items-start lg:gap-4",
        highlighted && "bg-primary/[0.04] shadow-[inset_3px_0_0_var(--color-primary)]",
      )}
    >
      <div className="flex min-w-0 flex-1 items-start gap-3">
        <ConnectorIcon icon={connector?.icon} />
        <div className="grid min-w-0 flex-1 gap-1">
          <div className="flex min-w-0 flex-wrap items-center gap-x-2 gap-y-1">
            <h3 id={nameId} className="min-w-0 truncate font-medium">
              {connection.name}
            </h3>
            <ConnectionStatusBadge status={connection.status} />
            {highlighted ? (
              <Badge variant="secondary" className="gap-1">
                <SparklesIcon aria-hidden="true" />
                {highlighted === "new" ? "New" : "Connected"}
              </Badge>
            ) : null}
          </div>
          <p className="flex min-w-0 flex-wrap items-center gap-x-1.5 gap-y-0.5 text-sm text-muted-foreground">
            <span>{connector?.name ?? connection.connectorId}</span>
            <Separator />
            <span>{authKindLabel(connection.authType)}</span>
            <Separator />
            <span className="font-mono text-xs" aria-label={`Credential ending ${connection.credentialHint.replace(/^[•*]+/, "")}`}>
              {connection.credentialHint}
            </span>
            {limitText ? (
              <>
                <Separator />
                <span>{limitText}</span>
              </>
            ) : null}
            <Separator />
            <span>
              {connection.lastTestedAt ? (
                <>
                  Last tested <RelativeTime date={connection.lastTestedAt} />
                </>
              ) : (
                "Never tested"
              )}
            </span>
          </p>
          {test.outcome ? (
            <TestOutcomeLine outcome={test.outcome} />
          ) : test.pending ? (
            <p role="status" className="text-sm text-muted-foreground">
              Testing…
            </p>
          ) : needsAttention && connection.lastError ? (
            <p
              className={cn(
                "flex min-w-0 items-start gap-1.5 text-sm",
                connection.status === "error" ? "text-destructive" : "text-amber-700 dark:text-amber-400",
              )}
            >
              <TriangleAlertIcon aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
              <span className="line-clamp-3 min-w-0 break-words" title={connection.lastError}>
                {connection.lastError}
              </span>
            </p>
          ) : highlighted && !writeDenied ? (
            <p className="text-sm text-foreground">Test it now to check that the credentials work.</p>
          ) : null}
        </div>
      </div>

      <div className="flex flex-wrap items-center gap-1.5 sm:pl-[3.25rem] lg:shrink-0 lg:justify-end lg:pl-0">
        <TestConnectionButton
          connectionId={connection.id}
          connectionName={connection.name}
          needsUrl={testNeedsUrl(connector)}
          pending={test.pending}
          onRun={test.run}
          disabledReason={writeDenied ?? (canTest(connector) ? null : `${connector?.name ?? "This connector"} has no connection test: every call needs something only a step gives (a spreadsheet, for Google Sheets). Use the connection in a workflow to check it.`)}
          emphasize={Boolean(highlighted) && !test.outcome}
        />
        {action(
          "Reconnect",
          <KeyRoundIcon aria-hidden="true" />,
          () => setReconnecting(true),
          needsReconnect ? "border-amber-500/40 text-amber-800 hover:text-amber-900 dark:text-amber-300 dark:hover:text-amber-200" : undefined,
          needsReconnect ? "outline" : "ghost",
        )}
        {action("Rename", <PencilIcon aria-hidden="true" />, () => setRenaming(true))}
        {action("Limit", <GaugeIcon aria-hidden="true" />, () => setLimiting(true))}
        {action("Delete", <Trash2Icon aria-hidden="true" />, () => setDeleting(true), "text-destructive hover:bg-destructive/10 hover:text-destructive")}
        <CopyButton
          value={connection.id}
          label="Copy ID"
          className="h-8 gap-1.5 border-transparent bg-transparent px-2.5 shadow-none dark:border-transparent dark:bg-transparent"
        />
      </div>

      <RenameConnectionDialog connection={connection} open={renaming} onOpenChange={setRenaming} />
      <RateLimitDialog connection={connection} connector={connector} open={limiting} onOpenChange={setLimiting} />
      <ReconnectConnectionDialog
        connection={connection}
        connector={connector}
        open={reconnecting}
        onOpenChange={setReconnecting}
        onReconnected={test.clear}
      />
      <DeleteConnectionDialog connection={connection} open={deleting} onOpenChange={setDeleting} />
    </li>
  );
}
