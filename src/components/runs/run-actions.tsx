"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { CircleStopIcon, ListRestartIcon, RotateCcwIcon } from "lucide-react";
import { toast } from "sonner";
import { useOrg } from "@/components/shell/org-context";
import { usePermissionReason } from "@/components/workflows/use-permission-reason";
import { Button } from "@/components/ui/button";
import { DisabledReason } from "@/components/ui/disabled-reason";
import { Spinner } from "@/components/ui/spinner";
import { useTRPC } from "@/trpc/react";
import { failedNodeId } from "./run-timeline-model";
import { isTerminalStatus, type RunDetail } from "./run-types";
import { useOpenNewRun } from "./use-open-new-run";

/** Cancel (while in flight), Replay, and Re-run from the node that failed. */
export function RunActions({ run }: { run: RunDetail }) {
  const { org } = useOrg();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const reasonFor = usePermissionReason();
  const openNewRun = useOpenNewRun();
  const active = !isTerminalStatus(run.status);
  const failedAt = run.status === "failed" ? failedNodeId(run) : undefined;
  const failedName = failedAt ? (run.nodes.find((node) => node.id === failedAt)?.name ?? failedAt) : undefined;
  const runInput = { orgSlug: org.slug, runId: run.id };

  const cancel = useMutation(
    trpc.run.cancel.mutationOptions({
      onSuccess: async () => {
        toast.success("Run cancelled. Steps already running may finish, but nothing new starts.");
        await Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.run.get.queryKey(runInput) }),
          queryClient.invalidateQueries({ queryKey: trpc.run.list.pathKey() }),
        ]);
      },
      onError: (error) => toast.error(error.message),
    }),
  );
  const replay = useMutation(
    trpc.run.replay.mutationOptions({
      onSuccess: ({ runId }) => openNewRun(runId, "Replay started with the same payload."),
      onError: (error) => toast.error(error.message),
    }),
  );
  const rerun = useMutation(
    trpc.run.rerunFromNode.mutationOptions({
      onSuccess: ({ runId }) => openNewRun(runId, `Re-running from “${failedName ?? "the failed node"}”.`),
      onError: (error) => toast.error(error.message),
    }),
  );

  const busy = cancel.isPending || replay.isPending || rerun.isPending;
  const runReason = reasonFor("workflows.run");
  const replayReason = reasonFor("runs.replay");

  return (
    <>
      {active ? (
        <DisabledReason reason={runReason}>
          <Button
            variant="outline"
            className="text-destructive hover:bg-destructive/10 hover:text-destructive"
            disabled={busy || runReason !== null}
            onClick={() => cancel.mutate(runInput)}
          >
            {cancel.isPending ? <Spinner aria-hidden="true" /> : <CircleStopIcon aria-hidden="true" />}
            Cancel run
          </Button>
        </DisabledReason>
      ) : null}
      <DisabledReason reason={replayReason}>
        <Button
          variant="outline"
          disabled={busy || replayReason !== null}
          onClick={() => replay.mutate(runInput)}
          title={replayReason ? undefined : "Start a new run of the same version with the same trigger payload"}
        >
          {replay.isPending ? <Spinner aria-hidden="true" /> : <RotateCcwIcon aria-hidden="true" />}
          Replay
        </Button>
      </DisabledReason>
      {failedAt ? (
        <DisabledReason reason={replayReason}>
          <Button
            disabled={busy || replayReason !== null}
            onClick={() => rerun.mutate({ ...runInput, nodeId: failedAt })}
            title={replayReason ? undefined : "Start a new run that reuses the results before this node and runs again from it"}
          >
            {rerun.isPending ? <Spinner aria-hidden="true" /> : <ListRestartIcon aria-hidden="true" />}
            Re-run from {failedName}
          </Button>
        </DisabledReason>
      ) : null}
    </>
  );
}
