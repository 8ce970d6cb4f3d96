"use client";

import { useQuery } from "@tanstack/react-query";
import { useOrg } from "@/components/shell/org-context";
import { useTRPC } from "@/trpc/react";

/** The connectors' webhook triggers (built in, so they do not change while the page is open). */
export function useConnectorTriggers(enabled = true) {
  const { org } = useOrg();
  const trpc = useTRPC();
  return useQuery({ ...trpc.webhook.connectorTriggers.queryOptions({ orgSlug: org.slug }), staleTime: Infinity, enabled });
}
