"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { CircleAlertIcon } from "lucide-react";
import { useState, type FormEvent } from "react";
import { toast } from "sonner";
import { describeRateLimit } from "@/core/connectors/rate-limit";
import { apiFieldError } from "@/components/forms/api-error";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { useOrg } from "@/components/shell/org-context";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { Label } from "@/components/ui/label";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { useTRPC } from "@/trpc/react";
import type { Connection, ConnectorInfo } from "./connection-types";

const WINDOWS = [
  { per: "second", ms: 1_000 },
  { per: "minute", ms: 60_000 },
  { per: "hour", ms: 3_600_000 },
  { per: "day", ms: 86_400_000 },
] as const;
type Window = (typeof WINDOWS)[number]["per"];

/** The limit a connection's requests keep, in words, and whether it is the connection's own. */
export function connectionRateLimitText(connection: Connection, connector: ConnectorInfo | undefined): string | null {
  if (connection.rateLimitRequests && connection.rateLimitPerMs) return `${describeRateLimit({ requests: connection.rateLimitRequests, perMs: connection.rateLimitPerMs })} (own limit)`;
  return connector?.rateLimit ? describeRateLimit(connector.rateLimit) : null;
}

/** Sets the connection's own rate limit (a higher plan, a key shared with another system), or goes back to the default. */
export function RateLimitDialog({ connection, connector, open, onOpenChange }: { connection: Connection; connector: ConnectorInfo | undefined; open: boolean; onOpenChange: (open: boolean) => void }) {
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent className="sm:max-w-md">{open ? <RateLimitForm connection={connection} connector={connector} onDone={() => onOpenChange(false)} /> : null}</DialogContent>
    </Dialog>
  );
}

function RateLimitForm({ connection, connector, onDone }: { connection: Connection; connector: ConnectorInfo | undefined; onDone: () => void }) {
  const { org } = useOrg();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const current = connection.rateLimitRequests && connection.rateLimitPerMs ? { requests: connection.rateLimitRequests, perMs: connection.rateLimitPerMs } : connector?.rateLimit;
  const [requests, setRequests] = useState(current ? String(current.requests) : "60");
  const [per, setPer] = useState<Window>(WINDOWS.find((w) => w.ms === current?.perMs)?.per ?? "minute");
  const save = useMutation(
    trpc.connection.setRateLimit.mutationOptions({
      onSuccess: async (saved) => {
        toast.success(saved.rateLimitRequests ? `“${saved.name}” now keeps to ${describeRateLimit({ requests: saved.rateLimitRequests, perMs: saved.rateLimitPerMs! })}.` : `“${saved.name}” uses ${connector?.name ?? "the connector"}'s default limit again.`);
        onDone();
        await queryClient.invalidateQueries({ queryKey: trpc.connection.list.queryKey({ orgSlug: org.slug }) });
      },
    }),
  );
  const requestsError = apiFieldError(save.error, "rateLimit.requests");

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    save.mutate({ orgSlug: org.slug, connectionId: connection.id, rateLimit: { requests: Number(requests), per } });
  }

  return (
    <form onSubmit={onSubmit} className="grid gap-5">
      <DialogHeader>
        <DialogTitle>Rate limit of “{connection.name}”</DialogTitle>
        <DialogDescription>
          Every step and trigger using this connection shares this limit, across all of Junction&apos;s processes. A step
          that finds it used up waits, or retries when the window ends.
          {connector?.rateLimit ? ` ${connector.name}'s default: ${describeRateLimit(connector.rateLimit)}.` : ""}
        </DialogDescription>
      </DialogHeader>
      <div className="grid grid-cols-[1fr_10rem] items-start gap-3">
        <TextField id="rate-limit-requests" label="Requests" type="number" inputMode="numeric" min={1} value={requests} onChange={(e) => setRequests(e.target.value)} error={requestsError} />
        <div className="grid gap-2">
          <Label htmlFor="rate-limit-per">Per</Label>
          <Select value={per} onValueChange={(value) => setPer(value as Window)}>
            <SelectTrigger id="rate-limit-per" className="w-full">
              <SelectValue />
            </SelectTrigger>
            <SelectContent>
              {WINDOWS.map((w) => (
                <SelectItem key={w.per} value={w.per}>
                  {w.per}
                </SelectItem>
              ))}
            </SelectContent>
          </Select>
        </div>
      </div>
      {save.error && !requestsError ? (
        <Alert variant="destructive">
          <CircleAlertIcon aria-hidden="true" />
          <AlertDescription>{save.error.message}</AlertDescription>
        </Alert>
      ) : null}
      <DialogFooter className="sm:justify-between">
        <Button
          type="button"
          variant="ghost"
          disabled={save.isPending || !connection.rateLimitRequests}
          onClick={() => save.mutate({ orgSlug: org.slug, connectionId: connection.id, rateLimit: null })}
        >
          Use the default
        </Button>
        <div className="flex gap-2">
          <DialogClose asChild>
            <Button type="button" variant="outline" disabled={save.isPending}>
              Cancel
            </Button>
          </DialogClose>
          <SubmitButton pending={save.isPending}>Save limit</SubmitButton>
        </div>
      </DialogFooter>
    </form>
  );
}
