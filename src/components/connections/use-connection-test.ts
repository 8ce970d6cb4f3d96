"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useOrg } from "@/components/shell/org-context";
import { useTRPC } from "@/trpc/react";
import type { TestResult } from "./connection-types";

/** A test's outcome as shown in the row: the API's result, or the reason it could not run. */
export type TestOutcome = TestResult;

/**
 * Runs the connection's test and keeps the last outcome for the row. A failed test is a result (`ok: false`), and
 * so is a refusal to run it (no test request, a bad URL): both read as one red line. The list is refreshed
 * afterwards, since the test records its status and time on the connection.
 */
export function useConnectionTest(connectionId: string) {
  const { org } = useOrg();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [outcome, setOutcome] = useState<TestOutcome | null>(null);

  const test = useMutation(
    trpc.connection.test.mutationOptions({
      onMutate: () => setOutcome(null),
      onSuccess: (result) => setOutcome(result),
      onError: (error) => setOutcome({ ok: false, message: error.message }),
      onSettled: () => queryClient.invalidateQueries({ queryKey: trpc.connection.list.queryKey({ orgSlug: org.slug }) }),
    }),
  );

  return {
    outcome,
    pending: test.isPending,
    run: (url?: string) => test.mutate({ orgSlug: org.slug, connectionId, ...(url ? { url } : {}) }),
    clear: () => setOutcome(null),
  };
}
