"use client";

import { HistoryIcon } from "lucide-react";
import Link from "next/link";
import { RelativeTime } from "@/components/format/time";
import { useOrg } from "@/components/shell/org-context";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { WorkflowPublishStatus } from "./workflow-publish-status";
import type { WorkflowSummary } from "./workflow-types";

/** Every workflow in the organization, most recently changed first. */
export function WorkflowsTable({ workflows }: { workflows: readonly WorkflowSummary[] }) {
  const { href } = useOrg();
  return (
    <div className="overflow-hidden rounded-xl border bg-card shadow-sm">
      <Table aria-label="Workflows">
        <TableHeader className="bg-muted/40">
          <TableRow className="hover:bg-transparent">
            <TableHead className="w-1/2 pl-4">Workflow</TableHead>
            <TableHead>Status</TableHead>
            <TableHead className="hidden md:table-cell">Updated</TableHead>
            <TableHead className="w-24 pr-4">
              <span className="sr-only">Actions</span>
            </TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {workflows.map((workflow) => (
            <TableRow key={workflow.id} className="group">
              <TableCell className="max-w-0 py-3 pl-4 whitespace-normal">
                <div className="grid min-w-0 gap-0.5">
                  <span className="flex min-w-0 items-center gap-2">
                    <Link
                      href={href(`workflows/${workflow.id}`)}
                      className="truncate font-medium underline-offset-4 outline-none hover:underline focus-visible:underline"
                    >
                      {workflow.name}
                    </Link>
                    {workflow.enabled ? null : (
                      <Badge variant="outline" className="px-1.5 text-[10px] text-muted-foreground">
                        Disabled
                      </Badge>
                    )}
                  </span>
                  <span className="truncate text-xs text-muted-foreground">
                    {workflow.description || <span className="italic">No description</span>}
                  </span>
                </div>
              </TableCell>
              <TableCell className="text-sm">
                <WorkflowPublishStatus version={workflow.publishedVersion} publishedAt={workflow.publishedAt} />
              </TableCell>
              <TableCell className="hidden text-sm text-muted-foreground md:table-cell">
                <RelativeTime date={workflow.updatedAt} />
              </TableCell>
              <TableCell className="pr-4 text-right">
                <Button variant="ghost" size="sm" asChild>
                  <Link href={href(`runs?workflow=${workflow.id}`)}>
                    <HistoryIcon aria-hidden="true" />
                    Runs
                  </Link>
                </Button>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
