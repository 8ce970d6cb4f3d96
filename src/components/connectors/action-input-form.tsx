"use client";

import { RotateCcwIcon } from "lucide-react";
import { useMemo } from "react";
import { Button } from "@/components/ui/button";
import { actionFormFields, initialFieldValues } from "./action-form-fields";
import { ActionInputField } from "./action-input-field";
import { buildActionInput } from "./action-input-values";
import { CopyNodePanel } from "./copy-node-panel";
import type { NodeConnectionState } from "./node-connection-select";

export interface DescribedAction {
  id: string;
  name: string;
  description: string;
  inputSchema: Record<string, unknown>;
}

/**
 * An action's input as a form generated from its JSON Schema, and the workflow node it makes. The values live with
 * the caller (`values` undefined = untouched), so a collapsed action keeps what was typed.
 */
export function ActionInputForm({
  idPrefix,
  connectorName,
  action,
  values: given,
  onValuesChange,
  connection,
}: {
  idPrefix: string;
  connectorName: string;
  action: DescribedAction;
  values: Readonly<Record<string, string>> | undefined;
  onValuesChange: (values: Record<string, string> | undefined) => void;
  connection: NodeConnectionState;
}) {
  const fields = useMemo(() => actionFormFields(action.inputSchema), [action.inputSchema]);
  const values = useMemo(() => given ?? initialFieldValues(fields), [given, fields]);
  const result = useMemo(() => buildActionInput(fields, values), [fields, values]);

  return (
    <div className="grid gap-5">
      {fields.length === 0 ? (
        <p className="text-sm text-muted-foreground">This action takes no input.</p>
      ) : (
        <form className="grid gap-4" aria-label={`${action.name} input`} noValidate onSubmit={(event) => event.preventDefault()}>
          <div className="flex flex-wrap items-start justify-between gap-2">
            <p className="max-w-prose text-xs/relaxed text-muted-foreground">
              Any value may be a template such as <code className="font-mono text-foreground">{"{{ steps.fetch.body.id }}"}</code>, filled in when the
              workflow runs.
            </p>
            {given ? (
              <Button type="button" variant="ghost" size="sm" className="h-7 px-2 text-xs" onClick={() => onValuesChange(undefined)}>
                <RotateCcwIcon aria-hidden="true" />
                Reset form
              </Button>
            ) : null}
          </div>
          {fields.map((field, index) => (
            <ActionInputField
              key={field.name}
              id={`${idPrefix}-f${index}`}
              field={field}
              value={values[field.name] ?? ""}
              onChange={(value) => onValuesChange({ ...values, [field.name]: value })}
              error={result.errors[field.name]}
            />
          ))}
        </form>
      )}
      <CopyNodePanel idPrefix={idPrefix} connectorName={connectorName} action={action} fields={fields} result={result} connection={connection} />
    </div>
  );
}
