"use client";

import { FieldError } from "@/components/ui/form-field-error";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import type { CredentialField } from "./connection-types";
import { InlineCode } from "./inline-code";
import { SecretInput } from "./secret-input";

/**
 * One field of a connection form, generated from the connector's description: the label (with "(optional)"), the
 * description as help text, the example as placeholder; secrets get a masked input with a show/hide toggle and
 * fields with options a select.
 */
export function CredentialFieldInput({
  idPrefix,
  field,
  value,
  onChange,
  error,
  disabled,
  autoFocus,
}: {
  idPrefix: string;
  field: CredentialField;
  value: string;
  onChange: (value: string) => void;
  error: string | undefined;
  disabled: boolean;
  autoFocus?: boolean;
}) {
  const id = `${idPrefix}-credential-${field.key}`;
  const hintId = field.description ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(" ") || undefined;
  // "e.g." so an example is not mistaken for a value already filled in.
  const example = field.example ? `e.g. ${field.example}` : undefined;
  const common = {
    id,
    name: field.key,
    value,
    disabled,
    autoFocus,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": describedBy,
    "aria-required": field.optional ? undefined : true,
  } as const;

  return (
    <div className="grid min-w-0 gap-2">
      <Label htmlFor={id}>
        {field.label}
        {field.optional ? <span className="font-normal text-muted-foreground">(optional)</span> : null}
      </Label>
      {field.options && field.options.length > 0 ? (
        <Select value={value || undefined} onValueChange={onChange} disabled={disabled}>
          <SelectTrigger
            id={id}
            className="w-full"
            aria-invalid={common["aria-invalid"]}
            aria-describedby={describedBy}
            autoFocus={autoFocus}
          >
            <SelectValue placeholder={example ?? "Choose…"} />
          </SelectTrigger>
          <SelectContent>
            {field.options.map((option) => (
              <SelectItem key={option} value={option}>
                {option}
              </SelectItem>
            ))}
          </SelectContent>
        </Select>
      ) : field.secret ? (
        <SecretInput {...common} placeholder={example} onChange={(event) => onChange(event.target.value)} />
      ) : (
        <Input {...common} autoComplete="off" spellCheck={false} placeholder={example} onChange={(event) => onChange(event.target.value)} />
      )}
      {field.description ? (
        <p id={hintId} className="text-xs/relaxed text-muted-foreground">
          <InlineCode text={field.description} />
        </p>
      ) : null}
      <FieldError id={errorId} message={error} />
    </div>
  );
}
