"use client";

import { useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { toast } from "sonner";
import { useOrg } from "@/components/shell/org-context";
import { useTRPC } from "@/trpc/react";

/** After a replay or re-run: a toast linking to the new run, then the new run's page. */
export function useOpenNewRun(): (runId: string, message: string) => Promise<void> {
  const { href } = useOrg();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  return async (runId, message) => {
    const runHref = href(`runs/${runId}`);
    toast.success(message, {
      description: (
        <Link href={runHref} className="font-medium underline underline-offset-4">
          Open the new run
        </Link>
      ),
    });
    router.push(runHref);
    await queryClient.invalidateQueries({ queryKey: trpc.run.list.pathKey() });
  };
}
