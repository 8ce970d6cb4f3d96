"use client";

import { focusManager, useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { useTRPC } from "@/trpc/react";

/** `off`: not following (the run has ended); `interrupted`: the stream dropped and is being reopened. */
export type RunStreamState = "off" | "connecting" | "open" | "interrupted";

/** EventSource retries a dropped connection itself, but gives up on an HTTP error (a restart, a 502); we don't. */
const REOPEN_AFTER_MS = 5_000;
/** While the stream is not open, the run is still re-read this often. */
export const FALLBACK_REFRESH_MS = 10_000;

export function runEventsUrl(orgSlug: string, runId: string) {
  return `/api/orgs/${encodeURIComponent(orgSlug)}/runs/${encodeURIComponent(runId)}/events`;
}

/**
 * While `active`, follows the run's server-sent events and re-reads `run.get` on each `change`; while the
 * stream is not open, re-reads it every 10 s instead. Returns the stream's state, so the page can say
 * whether it is live.
 */
export function useRunLiveUpdates({ orgSlug, runId, active }: { orgSlug: string; runId: string; active: boolean }): RunStreamState {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const key = `${orgSlug}/${runId}`;
  const [stream, setStream] = useState<{ key: string; status: "open" | "interrupted" }>();

  useEffect(() => {
    if (!active) return;
    const queryKey = trpc.run.get.queryKey({ orgSlug, runId });
    let source: EventSource | undefined;
    let reopenTimer: ReturnType<typeof setTimeout> | undefined;
    let disposed = false;

    // One re-read at a time, plus one more if a change arrived meanwhile, so the last read follows the last change.
    let reading = false;
    let changedMeanwhile = false;
    const reread = async () => {
      if (reading) {
        changedMeanwhile = true;
        return;
      }
      reading = true;
      try {
        do {
          changedMeanwhile = false;
          await queryClient.invalidateQueries({ queryKey, exact: true });
        } while (changedMeanwhile && !disposed);
      } finally {
        reading = false;
      }
    };

    const open = () => {
      const current = new EventSource(runEventsUrl(orgSlug, runId));
      source = current;
      current.onopen = () => setStream({ key, status: "open" });
      current.addEventListener("change", () => void reread());
      current.onerror = () => {
        setStream({ key, status: "interrupted" });
        if (current.readyState === EventSource.CLOSED && !disposed) reopenTimer = setTimeout(open, REOPEN_AFTER_MS);
      };
    };
    open();

    return () => {
      disposed = true;
      clearTimeout(reopenTimer);
      source?.close();
      setStream(undefined);
    };
  }, [active, key, orgSlug, runId, queryClient, trpc]);

  const status: RunStreamState = !active ? "off" : stream?.key === key ? stream.status : "connecting";

  useEffect(() => {
    if (status !== "connecting" && status !== "interrupted") return;
    const queryKey = trpc.run.get.queryKey({ orgSlug, runId });
    const timer = setInterval(() => {
      if (focusManager.isFocused()) void queryClient.invalidateQueries({ queryKey, exact: true });
    }, FALLBACK_REFRESH_MS);
    return () => clearInterval(timer);
  }, [status, orgSlug, runId, queryClient, trpc]);

  return status;
}
