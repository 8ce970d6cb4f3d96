"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { ListRestartIcon } from "lucide-react";
import { useState } from "react";
import { toast } from "sonner";
import { useOrg } from "@/components/shell/org-context";
import { usePermissionReason } from "@/components/workflows/use-permission-reason";
import {
  AlertDialog,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogHeader,
  AlertDialogTitle,
  AlertDialogTrigger,
} from "@/components/ui/alert-dialog";
import { Button } from "@/components/ui/button";
import { DisabledReason } from "@/components/ui/disabled-reason";
import { Spinner } from "@/components/ui/spinner";
import { useTRPC } from "@/trpc/react";

function runs(count: number): string {
  return `${count} ${count === 1 ? "run" : "runs"}`;
}

/** "Replay all": confirms with the count, then replays every dead-lettered run (of the filtered workflow). */
export function ReplayAllDialog({ count, workflowId, workflowName }: { count: number; workflowId?: string; workflowName?: string }) {
  const { org } = useOrg();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const reasonFor = usePermissionReason();
  const [open, setOpen] = useState(false);

  const replay = useMutation(
    trpc.run.bulkReplay.mutationOptions({
      onSuccess: async ({ replayed }) => {
        setOpen(false);
        toast.success(replayed > 0 ? `Replaying ${runs(replayed)}. Follow them in the Running tab.` : "Nothing needed replaying.");
        await queryClient.invalidateQueries({ queryKey: trpc.run.pathKey() });
      },
      onError: (error) => {
        setOpen(false);
        toast.error(error.message);
      },
    }),
  );

  const reason = reasonFor("runs.replay") ?? (count === 0 ? "There are no dead-lettered runs to replay." : null);

  return (
    <AlertDialog open={open} onOpenChange={(next) => !replay.isPending && setOpen(next)}>
      <DisabledReason reason={reason}>
        <AlertDialogTrigger asChild>
          <Button disabled={reason !== null}>
            <ListRestartIcon aria-hidden="true" />
            Replay all
          </Button>
        </AlertDialogTrigger>
      </DisabledReason>
      <AlertDialogContent>
        <AlertDialogHeader>
          <AlertDialogTitle>Replay {runs(count)}?</AlertDialogTitle>
          <AlertDialogDescription>
            Each failed run{workflowName ? ` of “${workflowName}”` : ""} starts again from the beginning, with its
            original trigger payload, on the version it ran. They leave the dead-letter list; any that fail again
            come back to it. Make sure the cause of the failures is fixed first.
          </AlertDialogDescription>
        </AlertDialogHeader>
        <AlertDialogFooter>
          <AlertDialogCancel disabled={replay.isPending}>Cancel</AlertDialogCancel>
          <Button disabled={replay.isPending} onClick={() => replay.mutate({ orgSlug: org.slug, workflowId })}>
            {replay.isPending ? <Spinner aria-hidden="true" /> : null}
            Replay {runs(count)}
          </Button>
        </AlertDialogFooter>
      </AlertDialogContent>
    </AlertDialog>
  );
}
