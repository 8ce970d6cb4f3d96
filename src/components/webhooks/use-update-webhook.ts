"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useOrg } from "@/components/shell/org-context";
import { useTRPC } from "@/trpc/react";

/** webhook.update, refreshing the list and the endpoint's details after a change. */
export function useUpdateWebhook(options: { onSuccess?: () => void; onError?: (error: { message: string }) => void } = {}) {
  const { org } = useOrg();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMutation(
    trpc.webhook.update.mutationOptions({
      onSuccess: async (updated) => {
        options.onSuccess?.();
        queryClient.setQueryData(trpc.webhook.get.queryKey({ orgSlug: org.slug, endpointId: updated.id }), updated);
        await queryClient.invalidateQueries({ queryKey: trpc.webhook.list.queryKey({ orgSlug: org.slug }) });
      },
      onError: options.onError,
    }),
  );
}
