"use client";

import { ClipboardPasteIcon } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardFooter, CardHeader, CardTitle } from "@/components/ui/card";
import { DisabledReason } from "@/components/ui/disabled-reason";
import { EXAMPLE_DEFINITION } from "./example-definition";
import { NODE_TYPE_GUIDE } from "./node-type-guide";
import { formatJson } from "./parse-json";
import { usePermissionReason } from "./use-permission-reason";

const EXAMPLE_TEXT = formatJson(EXAMPLE_DEFINITION);

/** A short reference of the node types, and an example definition to start from. */
export function NodeTypesCard({ onInsertExample }: { onInsertExample: (text: string) => void }) {
  const reasonFor = usePermissionReason();
  const denied = reasonFor("workflows.write");
  return (
    <Card className="gap-4">
      <CardHeader>
        <CardTitle>Node types</CardTitle>
        <CardDescription>
          Nodes are joined by edges (<code className="font-mono text-xs">source</code> →{" "}
          <code className="font-mono text-xs">target</code>). Expressions read the payload as{" "}
          <code className="font-mono text-xs">trigger</code> and earlier results as{" "}
          <code className="font-mono text-xs">steps.&lt;id&gt;</code>.
        </CardDescription>
      </CardHeader>
      <CardContent className="grid gap-4">
        <dl className="grid gap-2 text-sm">
          {NODE_TYPE_GUIDE.map(({ type, summary, shapes }) => (
            <div key={type} className="grid gap-0.5">
              <dt>
                <code className="rounded bg-muted px-1.5 py-0.5 font-mono text-xs font-medium">{type}</code>
              </dt>
              <dd className="text-xs/relaxed text-muted-foreground">{summary}</dd>
              {shapes ? (
                <dd>
                  <ul aria-label={`${type} shapes`} className="mt-1 grid gap-1">
                    {shapes.map(({ shape, note }) => (
                      <li key={shape} className="grid gap-0.5">
                        <code className="rounded bg-muted/60 px-1.5 py-0.5 font-mono text-[11px] leading-4 wrap-anywhere text-foreground">{shape}</code>
                        {note ? <span className="text-xs/relaxed text-muted-foreground">{note}</span> : null}
                      </li>
                    ))}
                  </ul>
                </dd>
              ) : null}
            </div>
          ))}
        </dl>
        <div className="grid gap-2">
          <p className="text-xs font-medium">Example: trigger → transform → HTTP request</p>
          <pre
            tabIndex={0}
            aria-label="Example definition"
            className="max-h-56 overflow-auto rounded-md border bg-muted/40 p-3 font-mono text-[11px] leading-4 outline-none focus-visible:ring-[3px] focus-visible:ring-ring/50"
          >
            {EXAMPLE_TEXT}
          </pre>
        </div>
      </CardContent>
      <CardFooter>
        <DisabledReason reason={denied} className="w-full">
          <Button variant="outline" className="w-full" disabled={denied !== null} onClick={() => onInsertExample(EXAMPLE_TEXT)}>
            <ClipboardPasteIcon aria-hidden="true" />
            Insert example
          </Button>
        </DisabledReason>
      </CardFooter>
    </Card>
  );
}
