"use client";

import { CopyIcon, TriangleAlertIcon } from "lucide-react";
import { CopyButton } from "@/components/common/copy-button";
import { Button } from "@/components/ui/button";
import type { ActionFormField } from "./action-form-fields";
import type { ActionInputResult } from "./action-input-values";
import { NodeConnectionSelect, type NodeConnectionState } from "./node-connection-select";
import { actionNodeText, buildActionNode } from "./workflow-node-json";

function labelsOf(fields: readonly ActionFormField[], names: readonly string[]): string {
  const label = new Map(fields.map((field) => [field.name, field.label]));
  return names.map((name) => label.get(name) ?? name).join(", ");
}

/**
 * "Copy as workflow node": the connection, a preview of the action node's JSON and a button copying it. Fields that
 * do not parse block the copy; required fields left empty only warn (the node can be finished in the editor).
 */
export function CopyNodePanel({
  idPrefix,
  connectorName,
  action,
  fields,
  result,
  connection,
}: {
  idPrefix: string;
  connectorName: string;
  action: { id: string; name: string };
  fields: readonly ActionFormField[];
  result: ActionInputResult;
  connection: NodeConnectionState;
}) {
  const node = buildActionNode({ action, connectionId: connection.connectionId, input: result.input });
  const text = actionNodeText(node);
  const invalid = Object.keys(result.errors);
  const needsConnection = !connection.choices.allowNone && connection.connectionId === null;
  const blocked = invalid.length > 0 ? `Fix ${labelsOf(fields, invalid)} first.` : needsConnection && !connection.loading ? `Choose a ${connectorName} connection first.` : null;
  const headingId = `${idPrefix}-copy-heading`;

  return (
    <section aria-labelledby={headingId} className="grid gap-3 rounded-lg border bg-muted/30 p-4">
      <div className="grid gap-1">
        <h4 id={headingId} className="text-sm font-semibold">
          Copy as workflow node
        </h4>
        <p className="text-xs/relaxed text-muted-foreground">
          Paste it into a workflow definition&apos;s <code className="font-mono">nodes</code> list and connect it with an edge. Only filled fields are
          included; fields left at their default are left out.
        </p>
      </div>
      <NodeConnectionSelect id={`${idPrefix}-connection`} connectorName={connectorName} state={connection} />
      {result.missing.length > 0 ? (
        <p className="flex gap-2 text-xs/relaxed text-amber-700 dark:text-amber-300">
          <TriangleAlertIcon aria-hidden="true" className="mt-0.5 size-3.5 shrink-0" />
          Required before the node can run: {labelsOf(fields, result.missing)}.
        </p>
      ) : null}
      <pre
        tabIndex={0}
        aria-label={`Node JSON for ${action.name}`}
        className="max-h-[28rem] overflow-auto rounded-md border bg-background p-3 font-mono text-xs leading-5 outline-none focus-visible:ring-[3px] focus-visible:ring-ring/50"
      >
        {text}
      </pre>
      <div className="flex flex-wrap items-center gap-3">
        {blocked ? (
          <>
            <Button type="button" variant="outline" disabled aria-describedby={`${idPrefix}-copy-blocked`}>
              <CopyIcon aria-hidden="true" />
              Copy node JSON
            </Button>
            <p id={`${idPrefix}-copy-blocked`} className="text-xs text-muted-foreground">
              {blocked}
            </p>
          </>
        ) : (
          <CopyButton value={text} label="Copy node JSON" />
        )}
      </div>
    </section>
  );
}
