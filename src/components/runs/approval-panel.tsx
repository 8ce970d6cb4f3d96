"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { CheckIcon, HourglassIcon, XIcon } from "lucide-react";
import { useState } from "react";
import { toast } from "sonner";
import { LocalDate, RelativeTime } from "@/components/format/time";
import { useOrg } from "@/components/shell/org-context";
import { usePermissionReason } from "@/components/workflows/use-permission-reason";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardFooter, CardHeader, CardTitle } from "@/components/ui/card";
import { DisabledReason } from "@/components/ui/disabled-reason";
import { Label } from "@/components/ui/label";
import { Spinner } from "@/components/ui/spinner";
import { Textarea } from "@/components/ui/textarea";
import { useTRPC } from "@/trpc/react";
import type { RunDetail } from "./run-types";

const COMMENT_MAX = 2_000;

type Approval = NonNullable<RunDetail["approval"]>;

/** Shown while a run waits at an approval node: who may decide, until when, and Approve / Reject with a comment. */
export function ApprovalPanel({ run }: { run: RunDetail }) {
  if (!run.approval) return null;
  // Keyed by approval, so a loop's next approval starts with an empty comment.
  return <ApprovalRequestCard key={run.approval.approvalId} runId={run.id} approval={run.approval} />;
}

function ApprovalRequestCard({ runId, approval }: { runId: string; approval: Approval }) {
  const { org, user } = useOrg();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const reasonFor = usePermissionReason();
  const [comment, setComment] = useState("");
  const [choice, setChoice] = useState<boolean | null>(null);

  const decide = useMutation(
    trpc.run.decideApproval.mutationOptions({
      onSuccess: async ({ approved }) => {
        toast.success(approved ? "Approved. The run continues." : "Rejected. The run continues with the rejection.");
        await queryClient.invalidateQueries({ queryKey: trpc.run.get.queryKey({ orgSlug: org.slug, runId }) });
      },
      onError: async (error) => {
        toast.error(error.message);
        await queryClient.invalidateQueries({ queryKey: trpc.run.get.queryKey({ orgSlug: org.slug, runId }) });
      },
    }),
  );

  const listed = approval.approvers.length === 0 || approval.approvers.some((email) => email.trim().toLowerCase() === user.email.toLowerCase());
  const reason =
    reasonFor("runs.approve") ??
    (listed ? null : `Only the listed approvers can decide this (${approval.approvers.join(", ")}); you're signed in as ${user.email}.`);
  const decision = approval.decision;

  function submit(approved: boolean) {
    setChoice(approved);
    decide.mutate({ orgSlug: org.slug, runId, nodeId: approval.nodeId, approved, comment: comment.trim() || undefined });
  }

  return (
    <Card className="gap-4 border-amber-500/40 bg-amber-500/5" data-testid="approval-panel">
      <CardHeader>
        <CardTitle className="flex items-center gap-2">
          <HourglassIcon aria-hidden="true" className="size-4 text-amber-600 dark:text-amber-400" />
          Waiting for approval at “{approval.nodeName}”
        </CardTitle>
        <CardDescription>
          Requested <RelativeTime date={approval.requestedAt} />
          {approval.expiresAt ? (
            <>
              ; without a decision by <LocalDate date={approval.expiresAt} style="datetime" /> the run goes on as timed out.
            </>
          ) : (
            "."
          )}{" "}
          {approval.approvers.length > 0
            ? `Approvers: ${approval.approvers.join(", ")}.`
            : "Any owner, admin or editor may decide."}
        </CardDescription>
      </CardHeader>
      {decision ? (
        <CardContent>
          <p className="text-sm" role="status">
            {decision.approved ? "Approved" : "Rejected"} by <span className="font-medium">{decision.decidedBy.email}</span>
            {decision.comment ? <> — “{decision.comment}”</> : null}. The run is resuming…
          </p>
        </CardContent>
      ) : (
        <>
          <CardContent className="grid gap-2">
            <Label htmlFor="approval-comment">Comment (optional)</Label>
            <Textarea
              id="approval-comment"
              value={comment}
              onChange={(event) => setComment(event.target.value)}
              maxLength={COMMENT_MAX}
              rows={2}
              placeholder="Why you approve or reject — kept in the step log and the audit log"
              disabled={reason !== null || decide.isPending}
              className="max-h-40 bg-background"
            />
          </CardContent>
          <CardFooter className="flex-wrap justify-end gap-2">
            <DisabledReason reason={reason}>
              <Button
                variant="outline"
                className="text-destructive hover:bg-destructive/10 hover:text-destructive"
                disabled={reason !== null || decide.isPending}
                onClick={() => submit(false)}
              >
                {decide.isPending && choice === false ? <Spinner aria-hidden="true" /> : <XIcon aria-hidden="true" />}
                Reject
              </Button>
            </DisabledReason>
            <DisabledReason reason={reason}>
              <Button disabled={reason !== null || decide.isPending} onClick={() => submit(true)}>
                {decide.isPending && choice === true ? <Spinner aria-hidden="true" /> : <CheckIcon aria-hidden="true" />}
                Approve
              </Button>
            </DisabledReason>
          </CardFooter>
        </>
      )}
    </Card>
  );
}
