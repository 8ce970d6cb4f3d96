"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { BracesIcon, CircleAlertIcon, CircleCheckIcon, CrosshairIcon } from "lucide-react";
import { useRouter } from "next/navigation";
import { useMemo, useRef, useState } from "react";
import { toast } from "sonner";
import { useOrg } from "@/components/shell/org-context";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardAction, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { CodeTextarea } from "@/components/ui/code-textarea";
import { DisabledReason } from "@/components/ui/disabled-reason";
import { Spinner } from "@/components/ui/spinner";
import { jsonSpans, parseFieldPath, spanOfPath } from "@/components/workflows/json-spans";
import { formatJson, parseJson } from "@/components/workflows/parse-json";
import { revealInTextarea } from "@/components/workflows/reveal-in-textarea";
import { useTRPC } from "@/trpc/react";
import { useConnectorsDeniedReason } from "./use-connectors-permission";
import { useDefinitionValidation } from "./use-definition-validation";

interface Issue {
  field: string;
  message: string;
}

/**
 * The JSON editor of a custom connector: checked as you type (syntax here, the connector rules on the server),
 * each problem with a "Show" that selects the field it is about; Save stores it (create, then update).
 */
export function CustomConnectorEditor({ initial }: { initial: { id: string; connectorId: string; definition: Record<string, unknown> } | { definition: Record<string, unknown> } }) {
  const { org, href } = useOrg();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const denied = useConnectorsDeniedReason();
  const textarea = useRef<HTMLTextAreaElement>(null);
  const [text, setText] = useState(() => formatJson(initial.definition));
  const parsed = useMemo(() => parseJson(text), [text]);
  const objectValue = parsed.ok && typeof parsed.value === "object" && parsed.value !== null && !Array.isArray(parsed.value) ? (parsed.value as Record<string, unknown>) : undefined;
  const validation = useDefinitionValidation(objectValue);
  const existing = "id" in initial ? initial : undefined;

  const onSaved = async (saved: { id: string; name: string; actionCount: number }) => {
    toast.success(`Saved “${saved.name}” (${saved.actionCount} ${saved.actionCount === 1 ? "action" : "actions"}).`);
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.customConnector.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.connector.list.queryKey({ orgSlug: org.slug }) }),
    ]);
    if (!existing) router.replace(href(`connectors/${saved.id}`));
  };
  const create = useMutation(trpc.customConnector.create.mutationOptions({ onSuccess: onSaved }));
  const update = useMutation(trpc.customConnector.update.mutationOptions({ onSuccess: onSaved }));
  const saving = create.isPending || update.isPending;
  const saveError = create.error ?? update.error;

  const issues: Issue[] = validation.data && !validation.data.ok ? validation.data.issues : [];
  const reason = denied ?? (!parsed.ok ? "Fix the JSON syntax error first." : !objectValue ? "The definition must be a JSON object." : issues.length > 0 ? "Fix the problems listed below first." : null);

  function show(issue: Issue) {
    const element = textarea.current;
    if (!element) return;
    try {
      const span = spanOfPath(jsonSpans(text), parseFieldPath(issue.field));
      if (span) revealInTextarea(element, span.keyStart ?? span.start, span.end);
    } catch {
      // The text no longer parses: nothing to point at.
    }
  }

  function save() {
    if (!objectValue) return;
    if (existing) update.mutate({ orgSlug: org.slug, customConnectorId: existing.id, definition: objectValue });
    else create.mutate({ orgSlug: org.slug, definition: objectValue });
  }

  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
      <Card className="gap-4">
        <CardHeader>
          <CardTitle>Definition</CardTitle>
          <CardDescription>
            {existing ? (
              <>
                Workflow nodes name its actions <code>{existing.connectorId}.&lt;action&gt;</code>. Changes apply to the
                next step that runs.
              </>
            ) : (
              <>name, auth_type, base_url, endpoints (name, path, method, params, body, pagination), rate_limit, test.</>
            )}
          </CardDescription>
          <CardAction>
            <Button variant="outline" size="sm" disabled={!parsed.ok} onClick={() => parsed.ok && setText(formatJson(parsed.value))}>
              <BracesIcon aria-hidden="true" />
              Format
            </Button>
          </CardAction>
        </CardHeader>
        <CardContent className="grid gap-3">
          <CodeTextarea
            ref={textarea}
            aria-label="Connector definition JSON"
            aria-invalid={parsed.ok ? undefined : true}
            value={text}
            onChange={(event) => setText(event.target.value)}
            readOnly={denied !== null}
            errorLine={parsed.ok ? undefined : parsed.error.line}
            className="h-[34rem]"
          />
          {parsed.ok ? null : (
            <p role="alert" className="flex items-start gap-2 rounded-md border border-destructive/30 bg-destructive/5 px-3 py-2 text-sm text-destructive">
              <CircleAlertIcon aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
              <span>
                <span className="font-medium">
                  Line {parsed.error.line}, column {parsed.error.column}:
                </span>{" "}
                {parsed.error.message}
              </span>
            </p>
          )}
        </CardContent>
      </Card>

      <div className="grid content-start gap-4">
        <Card className="gap-3">
          <CardHeader>
            <CardTitle>Check</CardTitle>
            <CardDescription>The same rules the runtime compiles the connector with.</CardDescription>
          </CardHeader>
          <CardContent className="grid gap-3 text-sm">
            {!parsed.ok ? (
              <p className="text-muted-foreground">Waiting for valid JSON.</p>
            ) : validation.isPending ? (
              <p className="flex items-center gap-2 text-muted-foreground">
                <Spinner aria-hidden="true" /> Checking…
              </p>
            ) : validation.data?.ok ? (
              <p className="flex items-center gap-2 text-emerald-700 dark:text-emerald-400">
                <CircleCheckIcon aria-hidden="true" className="size-4" />
                Valid: {validation.data.actionCount} {validation.data.actionCount === 1 ? "action" : "actions"}.
              </p>
            ) : issues.length > 0 ? (
              <ul className="grid gap-2" aria-label="Problems">
                {issues.map((issue) => (
                  <li key={`${issue.field}:${issue.message}`} className="grid gap-1 rounded-md border border-destructive/30 bg-destructive/5 p-2">
                    <code className="text-xs break-all text-destructive">{issue.field}</code>
                    <span>{issue.message}</span>
                    <Button variant="ghost" size="sm" className="justify-self-start" onClick={() => show(issue)}>
                      <CrosshairIcon aria-hidden="true" />
                      Show
                    </Button>
                  </li>
                ))}
              </ul>
            ) : validation.error ? (
              <p className="text-destructive">{validation.error.message}</p>
            ) : null}
          </CardContent>
        </Card>
        {saveError ? (
          <Alert variant="destructive">
            <CircleAlertIcon aria-hidden="true" />
            <AlertDescription>{saveError.message}</AlertDescription>
          </Alert>
        ) : null}
        <DisabledReason reason={reason}>
          <Button disabled={reason !== null || saving} onClick={save} aria-busy={saving || undefined}>
            {saving ? <Spinner aria-hidden="true" /> : null}
            {existing ? "Save changes" : "Create connector"}
          </Button>
        </DisabledReason>
      </div>
    </div>
  );
}
