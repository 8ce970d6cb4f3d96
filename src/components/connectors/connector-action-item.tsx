"use client";

import { ChevronRightIcon } from "lucide-react";
import { useState } from "react";
import { InlineCode } from "@/components/connections/inline-code";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { ActionInputForm, type DescribedAction } from "./action-input-form";
import type { NodeConnectionState } from "./node-connection-select";

/** Imported descriptions run to pages of Markdown: past this, the description starts folded to a few lines. */
const LONG_DESCRIPTION = 320;

function ActionDescription({ text }: { text: string }) {
  const long = text.length > LONG_DESCRIPTION;
  const [open, setOpen] = useState(false);
  return (
    <div className="grid justify-items-start gap-1">
      <p className={cn("text-sm/relaxed whitespace-pre-line text-muted-foreground", long && !open && "line-clamp-4")}>
        <InlineCode text={text.trim()} />
      </p>
      {long ? (
        <Button type="button" variant="link" size="sm" className="h-auto px-0 py-0 text-xs" onClick={() => setOpen(!open)} aria-expanded={open}>
          {open ? "Show less" : "Show the whole description"}
        </Button>
      ) : null}
    </div>
  );
}

/**
 * One action as a disclosure: its name and id on a button; opened, its description, input form and node JSON. Only an
 * open action renders its form, so a connector with a thousand actions stays light.
 */
export function ConnectorActionItem({
  idPrefix,
  connectorName,
  action,
  expanded,
  onToggle,
  values,
  onValuesChange,
  connection,
}: {
  idPrefix: string;
  connectorName: string;
  action: DescribedAction;
  expanded: boolean;
  onToggle: () => void;
  values: Readonly<Record<string, string>> | undefined;
  onValuesChange: (values: Record<string, string> | undefined) => void;
  connection: NodeConnectionState;
}) {
  const buttonId = `${idPrefix}-button`;
  const panelId = `${idPrefix}-panel`;
  const summaryId = `${idPrefix}-summary`;
  const summary = action.description && !expanded;
  return (
    <li className={cn("min-w-0 rounded-lg border bg-card", expanded && "ring-1 ring-ring/20")}>
      <h3 className="text-sm">
        <button
          id={buttonId}
          type="button"
          aria-expanded={expanded}
          aria-controls={panelId}
          aria-describedby={summary ? summaryId : undefined}
          onClick={onToggle}
          className="flex w-full min-w-0 items-start gap-2 rounded-lg px-3 py-2.5 text-left outline-none hover:bg-accent/50 focus-visible:ring-[3px] focus-visible:ring-ring/50"
        >
          <ChevronRightIcon aria-hidden="true" className={cn("mt-0.5 size-4 shrink-0 text-muted-foreground transition-transform", expanded && "rotate-90")} />
          <span className="grid min-w-0 flex-1 gap-0.5">
            <span className="flex min-w-0 flex-wrap items-baseline gap-x-2">
              <span className="font-medium">{action.name}</span>
              <code className="truncate text-xs font-normal text-muted-foreground">{action.id}</code>
            </span>
            {/* Out of the button's name (just the action's name and id), read as its description. */}
            {summary ? (
              <span id={summaryId} aria-hidden="true" className="line-clamp-1 text-xs font-normal text-muted-foreground">
                {action.description}
              </span>
            ) : null}
          </span>
        </button>
      </h3>
      {expanded ? (
        <div id={panelId} role="region" aria-labelledby={buttonId} className="grid gap-4 border-t px-4 pt-3 pb-4">
          {action.description ? <ActionDescription text={action.description} /> : null}
          <ActionInputForm
            idPrefix={idPrefix}
            connectorName={connectorName}
            action={action}
            values={values}
            onValuesChange={onValuesChange}
            connection={connection}
          />
        </div>
      ) : null}
    </li>
  );
}
