"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { CircleAlertIcon, PlayIcon, RotateCcwIcon } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useMemo, useState } from "react";
import { toast } from "sonner";
import { useOrg } from "@/components/shell/org-context";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardFooter, CardHeader, CardTitle } from "@/components/ui/card";
import { CodeTextarea } from "@/components/ui/code-textarea";
import { DisabledReason } from "@/components/ui/disabled-reason";
import { Label } from "@/components/ui/label";
import { Spinner } from "@/components/ui/spinner";
import { useTRPC } from "@/trpc/react";
import { formatJson, parseJson } from "./parse-json";
import { manualSamplePayload } from "./sample-payload";
import { usePermissionReason } from "./use-permission-reason";

/**
 * Starts a run of the published version with a JSON payload as the manual trigger, then opens it.
 * The payload starts as the manual trigger's `samplePayload`.
 */
export function RunNowCard({
  workflowId,
  publishedVersion,
  initialDefinition,
  currentDefinition,
}: {
  workflowId: string;
  publishedVersion: number | null;
  /** The saved draft when the editor opened: where the payload is first taken from. */
  initialDefinition: unknown;
  /** The definition in the editor, for "Use sample". */
  currentDefinition: unknown;
}) {
  const { org, href } = useOrg();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const reasonFor = usePermissionReason();
  const [payload, setPayload] = useState(() => formatJson(manualSamplePayload(initialDefinition)?.value ?? {}));
  const [runError, setRunError] = useState<string | null>(null);
  const parsed = useMemo(() => parseJson(payload), [payload]);
  const sample = manualSamplePayload(currentDefinition);
  const sampleText = sample ? formatJson(sample.value) : null;

  const start = useMutation(
    trpc.run.start.mutationOptions({
      onSuccess: async ({ runId }) => {
        const runHref = href(`runs/${runId}`);
        toast.success("Run started.", {
          description: (
            <Link href={runHref} className="font-medium underline underline-offset-4">
              Open the run
            </Link>
          ),
        });
        router.push(runHref);
        await queryClient.invalidateQueries({ queryKey: trpc.run.list.pathKey() });
      },
      onError: (error) => setRunError(error.message),
    }),
  );

  const reason =
    reasonFor("workflows.run") ??
    (publishedVersion === null
      ? "Publish the workflow first: runs use the published version."
      : parsed.ok
        ? null
        : "Fix the payload JSON first.");

  return (
    <Card className="gap-4">
      <CardHeader>
        <CardTitle>Run now</CardTitle>
        <CardDescription>
          {publishedVersion === null
            ? "Runs use the published version. Publish the workflow to test it here."
            : `Runs version ${publishedVersion} (the published one) with this payload as the manual trigger.`}
        </CardDescription>
      </CardHeader>
      <CardContent className="grid gap-2">
        {runError ? (
          <Alert variant="destructive">
            <CircleAlertIcon />
            <AlertDescription>{runError}</AlertDescription>
          </Alert>
        ) : null}
        <div className="flex items-center justify-between gap-2">
          <Label htmlFor="run-payload">Payload</Label>
          {sampleText !== null && sampleText !== payload ? (
            <Button variant="ghost" size="sm" className="h-7 text-xs" onClick={() => setPayload(sampleText)}>
              <RotateCcwIcon aria-hidden="true" />
              Use sample
            </Button>
          ) : null}
        </div>
        <CodeTextarea
          id="run-payload"
          value={payload}
          onChange={(event) => {
            setPayload(event.target.value);
            setRunError(null);
          }}
          aria-invalid={parsed.ok ? undefined : true}
          aria-describedby={parsed.ok ? "run-payload-hint" : "run-payload-error run-payload-hint"}
          errorLine={parsed.ok ? undefined : parsed.error.line}
          className="h-40"
        />
        <p id="run-payload-hint" className="text-xs text-muted-foreground">
          JSON, available to expressions as <code className="font-mono">trigger</code>.
        </p>
        {parsed.ok ? null : (
          <p id="run-payload-error" data-testid="payload-json-error" className="text-sm font-medium text-destructive">
            Line {parsed.error.line}, column {parsed.error.column}: {parsed.error.message}
          </p>
        )}
      </CardContent>
      <CardFooter className="justify-end">
        <DisabledReason reason={start.isPending ? null : reason}>
          <Button
            onClick={() => {
              if (!parsed.ok) return;
              setRunError(null);
              start.mutate({ orgSlug: org.slug, workflowId, payload: parsed.value });
            }}
            disabled={start.isPending || reason !== null}
            aria-busy={start.isPending || undefined}
          >
            {start.isPending ? <Spinner aria-hidden="true" /> : <PlayIcon aria-hidden="true" />}
            Run
          </Button>
        </DisabledReason>
      </CardFooter>
    </Card>
  );
}
