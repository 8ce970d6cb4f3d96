"use client";

import { PlusIcon, XIcon } from "lucide-react";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/form-field-error";
import { Input } from "@/components/ui/input";
import { SecretInput } from "./secret-input";

export interface NamedValue {
  id: number;
  name: string;
  value: string;
}

/** Credential names the server accepts (credentialsSchema): a letter, then letters, digits, '_', '.' or '-'. */
const VALUE_NAME = /^[A-Za-z][A-Za-z0-9_.-]{0,63}$/;
const MAX_VALUES = 20;

let nextId = 1;
export function newNamedValue(): NamedValue {
  return { id: nextId++, name: "", value: "" };
}

/** Problems with the pairs before anything is sent, or undefined. */
export function checkNamedValues(rows: readonly NamedValue[]): string | undefined {
  const filled = rows.filter((row) => row.name.trim() || row.value);
  if (filled.length === 0) return "Add at least one header with its value.";
  const seen = new Set<string>();
  for (const row of filled) {
    const name = row.name.trim();
    if (!name) return "Every value needs a header name.";
    if (!VALUE_NAME.test(name)) return `“${name}” is not a valid header name: start with a letter, then letters, digits, '-', '_' or '.'.`;
    if (!row.value) return `Enter the value of ${name}.`;
    if (seen.has(name.toLowerCase())) return `${name} is listed twice.`;
    seen.add(name.toLowerCase());
  }
  return undefined;
}

export function namedValuesToCredentials(rows: readonly NamedValue[]): Record<string, string> {
  return Object.fromEntries(rows.filter((row) => row.name.trim()).map((row) => [row.name.trim(), row.value]));
}

/**
 * Name and value pairs for a form without declared fields (the HTTP connector's custom headers): each pair is
 * sent as a header on every request. Values are secrets.
 */
export function FreeFormValues({
  idPrefix,
  rows,
  onChange,
  error,
  disabled,
}: {
  idPrefix: string;
  rows: readonly NamedValue[];
  onChange: (rows: NamedValue[]) => void;
  error: string | undefined;
  disabled: boolean;
}) {
  const errorId = error ? `${idPrefix}-headers-error` : undefined;

  function update(id: number, patch: Partial<Omit<NamedValue, "id">>) {
    onChange(rows.map((row) => (row.id === id ? { ...row, ...patch } : row)));
  }

  return (
    <fieldset className="grid min-w-0 gap-2" aria-describedby={[errorId, `${idPrefix}-headers-hint`].filter(Boolean).join(" ")}>
      <legend className="mb-2 text-sm font-medium">Headers</legend>
      <div className="grid gap-2">
        {rows.map((row, index) => (
          <div key={row.id} className="grid grid-cols-[minmax(0,2fr)_minmax(0,3fr)_auto] items-center gap-2">
            <Input
              aria-label={`Header ${index + 1} name`}
              placeholder="X-Api-Key"
              autoComplete="off"
              spellCheck={false}
              value={row.name}
              disabled={disabled}
              onChange={(event) => update(row.id, { name: event.target.value })}
            />
            <SecretInput
              aria-label={`Header ${index + 1} value`}
              placeholder="Value"
              value={row.value}
              disabled={disabled}
              onChange={(event) => update(row.id, { value: event.target.value })}
            />
            <Button
              type="button"
              variant="ghost"
              size="icon-sm"
              aria-label={`Remove header ${index + 1}`}
              disabled={disabled || rows.length === 1}
              onClick={() => onChange(rows.filter((other) => other.id !== row.id))}
            >
              <XIcon aria-hidden="true" />
            </Button>
          </div>
        ))}
      </div>
      <div>
        <Button
          type="button"
          variant="outline"
          size="sm"
          disabled={disabled || rows.length >= MAX_VALUES}
          onClick={() => onChange([...rows, newNamedValue()])}
        >
          <PlusIcon aria-hidden="true" />
          Add header
        </Button>
      </div>
      <p id={`${idPrefix}-headers-hint`} className="text-xs/relaxed text-muted-foreground">
        Sent with every request this connection makes, e.g. an API key header and an account id. Values are stored
        encrypted and never shown again.
      </p>
      <FieldError id={errorId} message={error} />
    </fieldset>
  );
}
