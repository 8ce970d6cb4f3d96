"use client";

import { CircleXIcon, CrosshairIcon } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { JsonBlock } from "./json-block";
import { isTerminalStatus, type RunDetail } from "./run-types";

/** The payload that started the run. */
export function TriggerPayloadCard({ payload }: { payload: unknown }) {
  return (
    <Card className="gap-4">
      <CardHeader>
        <CardTitle>Trigger payload</CardTitle>
        <CardDescription>What the trigger passed in; expressions read it as <code className="font-mono text-xs">trigger</code>.</CardDescription>
      </CardHeader>
      <CardContent>
        <JsonBlock value={payload} label="Trigger payload" empty="The trigger passed no payload." />
      </CardContent>
    </Card>
  );
}

/** The run's output once it succeeds, or its error with a way to the step that failed. */
export function RunResultCard({ run, onShowNode }: { run: RunDetail; onShowNode: (nodeId: string) => void }) {
  if (run.error) {
    const nodeId = run.error.nodeId;
    const nodeName = nodeId ? (run.nodes.find((node) => node.id === nodeId)?.name ?? nodeId) : undefined;
    return (
      <Card className="gap-4 border-destructive/30">
        <CardHeader>
          <CardTitle className="flex items-center gap-2 text-destructive">
            <CircleXIcon aria-hidden="true" className="size-4" />
            Error
          </CardTitle>
          <CardDescription>{nodeName ? `The run stopped at “${nodeName}”.` : "The run stopped with this error."}</CardDescription>
        </CardHeader>
        <CardContent className="grid gap-3">
          <p
            data-testid="run-error"
            className="rounded-md border border-destructive/30 bg-destructive/5 p-3 text-sm break-words whitespace-pre-wrap text-destructive"
          >
            {run.error.message}
          </p>
          {nodeId ? (
            <div>
              <Button variant="outline" size="sm" onClick={() => onShowNode(nodeId)}>
                <CrosshairIcon aria-hidden="true" />
                Show the failed step
              </Button>
            </div>
          ) : null}
        </CardContent>
      </Card>
    );
  }

  const active = !isTerminalStatus(run.status);
  return (
    <Card className="gap-4">
      <CardHeader>
        <CardTitle>Output</CardTitle>
        <CardDescription>What the run returned when it finished.</CardDescription>
      </CardHeader>
      <CardContent>
        <JsonBlock
          value={run.output}
          label="Run output"
          empty={
            active
              ? "Appears when the run finishes."
              : run.status === "cancelled"
                ? "The run was cancelled before it finished."
                : "The run finished without output."
          }
        />
      </CardContent>
    </Card>
  );
}
