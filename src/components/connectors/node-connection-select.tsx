"use client";

import Link from "next/link";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { Skeleton } from "@/components/ui/skeleton";
import type { ConnectionChoices } from "./workflow-node-json";

/** The select's item for "no connection": Radix items cannot have an empty value. */
const NONE = "__none__";

const STATUS_WORDS: Readonly<Record<string, string>> = { needs_reauth: "needs reconnect", error: "error" };

/** The connection a copied node uses, shared by every action of the open connector. */
export interface NodeConnectionState {
  choices: ConnectionChoices;
  connectionId: string | null;
  onChange: (connectionId: string | null) => void;
  loading: boolean;
  error: { message: string } | null;
  onRetry: () => void;
  /** The Connections page, where a missing connection is made. */
  connectionsHref: string;
}

/**
 * Which of the org's connections of this connector the node uses. "No connection" is offered only to connectors that
 * work without one; a connector that needs one and has none links to the Connections page instead.
 */
export function NodeConnectionSelect({ id, connectorName, state }: { id: string; connectorName: string; state: NodeConnectionState }) {
  const { choices } = state;
  let control;
  if (state.loading) {
    control = <Skeleton className="h-9 w-full" aria-label="Loading connections" role="status" />;
  } else if (state.error) {
    control = (
      <p className="flex flex-wrap items-center gap-2 text-sm text-destructive" role="alert">
        Couldn&apos;t load connections: {state.error.message}
        <Button type="button" variant="outline" size="sm" onClick={state.onRetry}>
          Try again
        </Button>
      </p>
    );
  } else if (choices.options.length === 0 && !choices.allowNone) {
    control = (
      <p id={id} className="rounded-md border border-dashed px-3 py-2 text-sm text-muted-foreground">
        No {connectorName} connection yet.{" "}
        <Link href={state.connectionsHref} className="font-medium text-foreground underline underline-offset-4">
          Connect {connectorName}
        </Link>{" "}
        on the Connections page, then pick it here.
      </p>
    );
  } else {
    control = (
      <Select value={state.connectionId ?? NONE} onValueChange={(value) => state.onChange(value === NONE ? null : value)}>
        <SelectTrigger id={id} className="w-full">
          <SelectValue placeholder="Choose a connection" />
        </SelectTrigger>
        <SelectContent>
          {choices.allowNone ? <SelectItem value={NONE}>No connection (no credentials)</SelectItem> : null}
          {choices.options.map((option) => (
            <SelectItem key={option.id} value={option.id}>
              {option.name}
              {STATUS_WORDS[option.status] ? <span className="text-muted-foreground"> · {STATUS_WORDS[option.status]}</span> : null}
            </SelectItem>
          ))}
        </SelectContent>
      </Select>
    );
  }
  return (
    <div className="grid min-w-0 gap-2">
      <Label htmlFor={id}>Connection</Label>
      {control}
    </div>
  );
}
