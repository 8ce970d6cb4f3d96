"use client";

import { CircleAlertIcon, CircleCheckIcon, InfoIcon } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { issueMessage, issueSubject } from "./describe-issue";
import type { WorkflowIssue } from "./workflow-types";

/**
 * The problems the server found in the saved draft, each naming its node and field. Clicking one
 * selects that part of the JSON in the editor.
 */
export function ValidationIssuesCard({
  issues,
  definition,
  stale,
  onReveal,
}: {
  issues: readonly WorkflowIssue[];
  /** The definition currently in the editor, to name nodes. */
  definition: unknown;
  /** Whether the editor holds changes the issues do not cover yet. */
  stale: boolean;
  onReveal: (issue: WorkflowIssue) => void;
}) {
  return (
    <Card className="gap-4">
      <CardHeader>
        <CardTitle className="flex items-center gap-2">
          Problems
          <Badge
            variant="outline"
            className={issues.length > 0 ? "border-destructive/30 bg-destructive/10 text-destructive" : "text-muted-foreground"}
          >
            {issues.length}
          </Badge>
        </CardTitle>
        <CardDescription>
          {issues.length > 0 ? "Fix these before publishing. Select one to find it in the JSON." : "Checked on every save."}
        </CardDescription>
      </CardHeader>
      <CardContent className="grid gap-3">
        {stale ? (
          <p className="flex items-start gap-2 rounded-md bg-muted/60 px-3 py-2 text-xs text-muted-foreground">
            <InfoIcon aria-hidden="true" className="mt-px size-3.5 shrink-0" />
            These are from the last save. Save the draft to check your latest changes.
          </p>
        ) : null}
        {issues.length === 0 ? (
          <p className="flex items-center gap-2 text-sm text-muted-foreground">
            <CircleCheckIcon aria-hidden="true" className="size-4 text-emerald-600 dark:text-emerald-400" />
            No problems in the saved draft.
          </p>
        ) : (
          <ul aria-label="Problems in the draft" className="-mx-2 grid max-h-96 gap-1 overflow-y-auto">
            {issues.map((issue, index) => (
              <li key={`${issue.field}-${index}`}>
                <button
                  type="button"
                  onClick={() => onReveal(issue)}
                  title="Show in the definition"
                  className="flex w-full items-start gap-2.5 rounded-md px-2 py-2 text-left transition-colors outline-none hover:bg-accent focus-visible:ring-[3px] focus-visible:ring-ring/50"
                >
                  <CircleAlertIcon aria-hidden="true" className="mt-0.5 size-4 shrink-0 text-destructive" />
                  <span className="grid min-w-0 gap-0.5">
                    <span className="truncate text-xs font-medium">{issueSubject(issue, definition)}</span>
                    <code className="truncate font-mono text-[11px] text-muted-foreground">{issue.field}</code>
                    <span className="text-sm/snug break-words text-muted-foreground">{issueMessage(issue)}</span>
                  </span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </CardContent>
    </Card>
  );
}
