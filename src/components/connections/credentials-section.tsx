"use client";

import { takesFreeFormValues } from "./auth-kinds";
import type { AuthOption } from "./connection-types";
import { CredentialFieldInput } from "./credential-field";
import { FreeFormValues } from "./free-form-values";
import type { useCredentialsForm } from "./use-credentials-form";

/** The fields of one auth option, generated from the connector's description (or name/value pairs when it has none). */
export function CredentialsSection({
  idPrefix,
  option,
  form,
  disabled,
  autoFocus = false,
}: {
  idPrefix: string;
  option: AuthOption;
  form: ReturnType<typeof useCredentialsForm>;
  disabled: boolean;
  autoFocus?: boolean;
}) {
  if (takesFreeFormValues(option)) {
    return (
      <FreeFormValues
        idPrefix={idPrefix}
        rows={form.rowsOf(option)}
        onChange={(rows) => form.setRows(option, rows)}
        error={form.errors.general}
        disabled={disabled}
      />
    );
  }
  const values = form.valuesOf(option);
  return (
    <div className="grid gap-4">
      {option.fields.map((field, index) => (
        <CredentialFieldInput
          key={field.key}
          idPrefix={idPrefix}
          field={field}
          value={values[field.key] ?? ""}
          onChange={(value) => form.setValue(option, field.key, value)}
          error={form.errors.fields[field.key]}
          disabled={disabled}
          autoFocus={autoFocus && index === 0}
        />
      ))}
      {form.errors.general ? (
        <p role="alert" className="text-sm font-medium text-destructive">
          {form.errors.general}
        </p>
      ) : null}
    </div>
  );
}
