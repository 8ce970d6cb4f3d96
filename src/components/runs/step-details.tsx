"use client";

import { LocalDate } from "@/components/format/time";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Tabs, TabsContent, TabsList, TabsTrigger } from "@/components/ui/tabs";
import { toHttpCalls } from "./http-calls";
import { HttpCallsTable } from "./http-calls-table";
import { JsonBlock } from "./json-block";
import { RunDuration } from "./run-duration";
import { RunStatusBadge } from "./run-status-badge";
import { iterationLabel } from "./step-iteration";
import type { NodeInfo, RunStep } from "./run-types";

/** One attempt of one node: what went in, what came out, what failed and which HTTP calls it made. */
export function StepDetails({ step, node, runActive }: { step: RunStep; node: NodeInfo; runActive: boolean }) {
  const calls = toHttpCalls(step.httpCalls);
  return (
    <Card className="gap-4" data-testid="step-details">
      <CardHeader>
        <CardTitle className="flex flex-wrap items-center gap-2">
          <span className="min-w-0 truncate">{node.name}</span>
          <RunStatusBadge status={step.status} />
        </CardTitle>
        <CardDescription className="flex flex-wrap items-center gap-x-2 gap-y-1">
          <span className="font-mono text-xs">
            {node.type} · {node.id}
          </span>
          <span aria-hidden="true">·</span>
          <span>
            Attempt {step.attempt}
            {iterationLabel(step) ? `, ${iterationLabel(step)}` : null}
          </span>
          <span aria-hidden="true">·</span>
          <span>
            Started <LocalDate date={step.startedAt} style="datetime" />
          </span>
          <span aria-hidden="true">·</span>
          <RunDuration
            startedAt={step.startedAt}
            finishedAt={step.finishedAt}
            live={runActive && step.finishedAt === null}
            className="tabular-nums"
          />
        </CardDescription>
      </CardHeader>
      <CardContent>
        <Tabs defaultValue={step.error ? "error" : "output"}>
          <TabsList aria-label="Step details">
            <TabsTrigger value="input">Input</TabsTrigger>
            <TabsTrigger value="output">Output</TabsTrigger>
            <TabsTrigger value="error">
              Error
              {step.error ? <span aria-hidden="true" className="size-1.5 rounded-full bg-destructive" /> : null}
            </TabsTrigger>
            <TabsTrigger value="http">
              HTTP calls
              {calls.length > 0 ? (
                <span aria-hidden="true" className="rounded bg-muted-foreground/15 px-1 text-[10px] tabular-nums">
                  {calls.length}
                </span>
              ) : null}
            </TabsTrigger>
          </TabsList>
          <TabsContent value="input" className="pt-2">
            <JsonBlock value={step.input} label="Step input" empty="No input was recorded for this attempt." />
          </TabsContent>
          <TabsContent value="output" className="pt-2">
            <JsonBlock
              value={step.output}
              label="Step output"
              empty={step.finishedAt ? "This attempt produced no output." : "No output yet: this attempt hasn't finished."}
            />
          </TabsContent>
          <TabsContent value="error" className="pt-2">
            {step.error ? (
              <p className="rounded-md border border-destructive/30 bg-destructive/5 p-3 text-sm break-words whitespace-pre-wrap text-destructive">
                {step.error.message}
              </p>
            ) : (
              <p className="py-2 text-sm text-muted-foreground">This attempt didn&apos;t fail.</p>
            )}
          </TabsContent>
          <TabsContent value="http" className="pt-2">
            <HttpCallsTable calls={calls} />
          </TabsContent>
        </Tabs>
      </CardContent>
    </Card>
  );
}
