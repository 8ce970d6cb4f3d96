"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import { ScrollTextIcon } from "lucide-react";
import { useState } from "react";
import { QueryErrorAlert } from "@/components/common/query-error-alert";
import { TableSkeleton } from "@/components/common/table-skeleton";
import { useOrg } from "@/components/shell/org-context";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Label } from "@/components/ui/label";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { Spinner } from "@/components/ui/spinner";
import { useTRPC } from "@/trpc/react";
import { AUDIT_ACTIONS } from "./audit-actions";
import { AuditEntryItem } from "./audit-entry-item";

const ALL = "all";

/** The organization's audit trail, newest first, filterable by action, loaded a page at a time. */
export function AuditLog() {
  const { org } = useOrg();
  const trpc = useTRPC();
  const [action, setAction] = useState<string>(ALL);
  const log = useInfiniteQuery(
    trpc.audit.list.infiniteQueryOptions(
      { orgSlug: org.slug, action: action === ALL ? undefined : action },
      { getNextPageParam: (page) => page.nextCursor },
    ),
  );
  const entries = log.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <section aria-labelledby="audit-heading" className="grid gap-4">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div className="grid gap-1">
          <h2 id="audit-heading" className="text-lg font-semibold tracking-tight">
            Audit log
          </h2>
          <p className="text-sm text-muted-foreground">Who changed what in {org.name}, newest first.</p>
        </div>
        <div className="grid gap-1.5">
          <Label htmlFor="audit-action" className="text-xs text-muted-foreground">
            Show
          </Label>
          <Select value={action} onValueChange={setAction}>
            <SelectTrigger id="audit-action" size="sm" className="w-52">
              <SelectValue>{action === ALL ? "All activity" : (AUDIT_ACTIONS[action]?.label ?? action)}</SelectValue>
            </SelectTrigger>
            <SelectContent align="end">
              <SelectItem value={ALL}>All activity</SelectItem>
              {Object.entries(AUDIT_ACTIONS).map(([value, info]) => (
                <SelectItem key={value} value={value}>
                  {info.label}
                </SelectItem>
              ))}
            </SelectContent>
          </Select>
        </div>
      </div>

      {log.isPending ? (
        <TableSkeleton rows={5} label="Loading the audit log" />
      ) : log.isError ? (
        <QueryErrorAlert
          title="Couldn't load the audit log"
          error={log.error}
          onRetry={() => void log.refetch()}
          retrying={log.isFetching}
        />
      ) : entries.length === 0 ? (
        <EmptyState
          icon={ScrollTextIcon}
          title={action === ALL ? "No activity yet" : "No matching activity"}
          description={
            action === ALL
              ? "Changes to the organization, its members and invitations will be recorded here."
              : "Nothing of this kind has happened yet. Choose “All activity” to see everything."
          }
        />
      ) : (
        <div className="overflow-hidden rounded-xl border bg-card shadow-sm">
          <ol aria-label="Audit log entries" className="divide-y">
            {entries.map((entry) => (
              <AuditEntryItem key={entry.id} entry={entry} />
            ))}
          </ol>
          <div className="flex justify-center border-t bg-muted/30 px-4 py-3">
            {log.hasNextPage ? (
              <Button
                variant="outline"
                size="sm"
                onClick={() => void log.fetchNextPage()}
                disabled={log.isFetchingNextPage}
              >
                {log.isFetchingNextPage ? <Spinner aria-hidden="true" /> : null}
                Load more
              </Button>
            ) : (
              <p className="text-xs text-muted-foreground">That&apos;s everything.</p>
            )}
          </div>
        </div>
      )}
    </section>
  );
}
