"use client";

import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import type { ApiErrorLike } from "@/components/forms/api-error";
import { useOrg } from "@/components/shell/org-context";
import { useTRPC } from "@/trpc/react";

type StartTarget = { connectorId: string; connectionName: string } | { connectionId: string };

/**
 * Starts an OAuth2 sign-in and sends the browser to the provider. The provider sends it back to this page with
 * `?connected=<id>` or `?oauth_error=<message>`. Errors before leaving (no OAuth app configured on the server, a
 * name already taken) go to `onError`.
 */
export function useOAuthStart(onError: (error: ApiErrorLike) => void) {
  const { org } = useOrg();
  const trpc = useTRPC();
  const [leaving, setLeaving] = useState(false);

  const start = useMutation(
    trpc.oauth.start.mutationOptions({
      onSuccess: ({ authorizeUrl }) => {
        setLeaving(true);
        window.location.assign(authorizeUrl);
      },
      onError,
    }),
  );

  return {
    pending: start.isPending || leaving,
    start: (target: StartTarget) => start.mutate({ orgSlug: org.slug, ...target }),
  };
}
