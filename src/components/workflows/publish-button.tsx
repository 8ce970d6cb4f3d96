"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { RocketIcon } from "lucide-react";
import { toast } from "sonner";
import { useOrg } from "@/components/shell/org-context";
import { Button } from "@/components/ui/button";
import { DisabledReason } from "@/components/ui/disabled-reason";
import { Spinner } from "@/components/ui/spinner";
import { useTRPC } from "@/trpc/react";
import { usePermissionReason } from "./use-permission-reason";

/**
 * Freezes the saved draft as the next version. Unavailable, with the reason, while there are
 * unsaved changes or problems in the draft.
 */
export function PublishButton({ workflowId, dirty, issueCount }: { workflowId: string; dirty: boolean; issueCount: number }) {
  const { org } = useOrg();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const reasonFor = usePermissionReason();

  const publish = useMutation(
    trpc.workflow.publish.mutationOptions({
      onSuccess: async (version) => {
        toast.success(`Published version ${version.version}. New runs use it from now on.`);
        await Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.workflow.get.queryKey({ orgSlug: org.slug, workflowId }) }),
          queryClient.invalidateQueries({ queryKey: trpc.workflow.list.queryKey({ orgSlug: org.slug }) }),
        ]);
      },
      onError: (error) => toast.error(error.message),
    }),
  );

  const reason =
    reasonFor("workflows.write") ??
    (dirty
      ? "Save your changes first: publishing uses the saved draft."
      : issueCount > 0
        ? `Fix the ${issueCount === 1 ? "problem" : `${issueCount} problems`} listed beside the editor first.`
        : null);

  return (
    <DisabledReason reason={publish.isPending ? null : reason}>
      <Button
        onClick={() => publish.mutate({ orgSlug: org.slug, workflowId })}
        disabled={publish.isPending || reason !== null}
        aria-busy={publish.isPending || undefined}
      >
        {publish.isPending ? <Spinner aria-hidden="true" /> : <RocketIcon aria-hidden="true" />}
        Publish
      </Button>
    </DisabledReason>
  );
}
