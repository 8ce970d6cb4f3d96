"use client";

import Link from "next/link";
import { RelativeTime } from "@/components/format/time";
import { useOrg } from "@/components/shell/org-context";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { RunDuration } from "./run-duration";
import { RunStatusBadge } from "./run-status-badge";
import { isTerminalStatus, type RunListItem } from "./run-types";
import { TriggerKind } from "./trigger-kind";

/** Runs, newest first: status, workflow and version, trigger, start, duration and the error if any. */
export function RunsTable({ runs, label }: { runs: readonly RunListItem[]; label: string }) {
  const { href } = useOrg();
  return (
    <Table aria-label={label}>
      <TableHeader className="bg-muted/40">
        <TableRow className="hover:bg-transparent">
          <TableHead className="w-32 pl-4">Status</TableHead>
          <TableHead>Workflow</TableHead>
          <TableHead className="hidden sm:table-cell">Trigger</TableHead>
          <TableHead>Started</TableHead>
          <TableHead className="hidden md:table-cell">Duration</TableHead>
          <TableHead className="hidden pr-4 lg:table-cell">Error</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {runs.map((run) => (
          <TableRow key={run.id} data-run-id={run.id}>
            <TableCell className="py-3 pl-4">
              <RunStatusBadge status={run.status} />
            </TableCell>
            <TableCell className="max-w-64">
              <div className="grid min-w-0 leading-tight">
                <Link
                  href={href(`runs/${run.id}`)}
                  className="truncate font-medium underline-offset-4 outline-none hover:underline focus-visible:underline"
                >
                  {run.workflowName}
                </Link>
                <span className="truncate font-mono text-[11px] text-muted-foreground">
                  v{run.version} · {run.id.slice(0, 8)}
                </span>
              </div>
            </TableCell>
            <TableCell className="hidden text-sm sm:table-cell">
              <TriggerKind kind={run.triggerKind} />
            </TableCell>
            <TableCell className="text-sm text-muted-foreground">
              <RelativeTime date={run.startedAt ?? run.createdAt} />
            </TableCell>
            <TableCell className="hidden text-sm tabular-nums md:table-cell">
              <RunDuration startedAt={run.startedAt} finishedAt={run.finishedAt} live={!isTerminalStatus(run.status)} />
            </TableCell>
            <TableCell className="hidden max-w-72 pr-4 lg:table-cell">
              {run.error ? (
                <span className="block truncate text-xs text-destructive" title={run.error.message}>
                  {run.error.message}
                </span>
              ) : (
                <span className="text-xs text-muted-foreground" aria-label="No error">
                  —
                </span>
              )}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
