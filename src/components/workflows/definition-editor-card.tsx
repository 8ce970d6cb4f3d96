"use client";

import { BracesIcon, CircleAlertIcon, CrosshairIcon } from "lucide-react";
import type * as React from "react";
import { Button } from "@/components/ui/button";
import { Card, CardAction, CardContent, CardDescription, CardFooter, CardHeader, CardTitle } from "@/components/ui/card";
import { CodeTextarea } from "@/components/ui/code-textarea";
import { DisabledReason } from "@/components/ui/disabled-reason";
import { definitionEntries } from "./parse-definition";
import { formatJson } from "./parse-json";
import { usePermissionReason } from "./use-permission-reason";
import type { WorkflowDraft } from "./use-workflow-draft";

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}

/** The definition as JSON text: line numbers, "Format", and the syntax error with its line and column. */
export function DefinitionEditorCard({
  draft,
  textareaRef,
  onRevealOffset,
}: {
  draft: WorkflowDraft;
  textareaRef: React.Ref<HTMLTextAreaElement>;
  /** Selects and scrolls to a position in the text. */
  onRevealOffset: (start: number, end: number) => void;
}) {
  const reasonFor = usePermissionReason();
  const { parsed, text } = draft;
  const formatReason = reasonFor("workflows.write") ?? (parsed.ok ? null : "Fix the JSON syntax error first.");
  const counts = parsed.ok
    ? `${plural(definitionEntries(parsed.value, "nodes").length, "node")} · ${plural(definitionEntries(parsed.value, "edges").length, "edge")}`
    : null;

  return (
    <Card className="gap-4">
      <CardHeader>
        <CardTitle>Definition</CardTitle>
        <CardDescription>
          The workflow as JSON: its nodes, the edges between them and optional settings. A draft may be saved with
          problems; publishing needs none.
        </CardDescription>
        <CardAction>
          <DisabledReason reason={formatReason}>
            <Button
              variant="outline"
              size="sm"
              disabled={formatReason !== null}
              onClick={() => parsed.ok && draft.setText(formatJson(parsed.value))}
            >
              <BracesIcon aria-hidden="true" />
              Format
            </Button>
          </DisabledReason>
        </CardAction>
      </CardHeader>
      <CardContent className="grid gap-3">
        <CodeTextarea
          ref={textareaRef}
          id="workflow-definition"
          aria-label="Definition JSON"
          aria-invalid={parsed.ok ? undefined : true}
          aria-describedby={parsed.ok ? undefined : "workflow-definition-error"}
          value={text}
          onChange={(event) => draft.setText(event.target.value)}
          readOnly={!draft.canWrite}
          errorLine={parsed.ok ? undefined : parsed.error.line}
          className="h-[30rem]"
        />
        {parsed.ok ? null : (
          <div
            id="workflow-definition-error"
            data-testid="definition-json-error"
            className="flex flex-wrap items-start justify-between gap-2 rounded-md border border-destructive/30 bg-destructive/5 px-3 py-2 text-sm text-destructive"
          >
            <p className="flex min-w-0 items-start gap-2">
              <CircleAlertIcon aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
              <span>
                <span className="font-medium">
                  Line {parsed.error.line}, column {parsed.error.column}:
                </span>{" "}
                {parsed.error.message}
              </span>
            </p>
            <Button
              variant="ghost"
              size="sm"
              className="h-7 text-destructive hover:bg-destructive/10 hover:text-destructive"
              onClick={() => onRevealOffset(parsed.error.offset, Math.min(parsed.error.offset + 1, text.length))}
            >
              <CrosshairIcon aria-hidden="true" />
              Go to error
            </Button>
          </div>
        )}
      </CardContent>
      <CardFooter className="flex-wrap justify-between gap-2 text-xs text-muted-foreground">
        <span>{counts ?? "Not valid JSON yet"}</span>
        {draft.canWrite ? (
          <span>
            Press <kbd className="rounded border bg-muted px-1 font-mono text-[11px]">Ctrl</kbd>+
            <kbd className="rounded border bg-muted px-1 font-mono text-[11px]">S</kbd> (
            <kbd className="rounded border bg-muted px-1 font-mono text-[11px]">⌘</kbd>
            <kbd className="rounded border bg-muted px-1 font-mono text-[11px]">S</kbd> on a Mac) to save the draft.
          </span>
        ) : (
          <span>Read only: your role can view workflows but not edit them.</span>
        )}
      </CardFooter>
    </Card>
  );
}
