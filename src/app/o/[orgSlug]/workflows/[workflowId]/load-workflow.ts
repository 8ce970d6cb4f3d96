import "server-only";

import { TRPCError } from "@trpc/server";
import { notFound } from "next/navigation";
import { cache } from "react";
import { requireOrg } from "@/components/shell/require-org";
import { serverCaller } from "@/trpc/server";

/**
 * The workflow for this request, or the not-found page when it doesn't exist in this org (the API
 * answers NOT_FOUND, or BAD_REQUEST for an id that isn't one). Deduplicated per request.
 */
export const loadWorkflow = cache(async (orgSlug: string, workflowId: string) => {
  await requireOrg(orgSlug);
  try {
    return await (await serverCaller()).workflow.get({ orgSlug, workflowId });
  } catch (error) {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")) notFound();
    throw error;
  }
});
