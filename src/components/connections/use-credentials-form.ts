"use client";

import { useState } from "react";
import { apiFieldError, type ApiErrorLike } from "@/components/forms/api-error";
import { takesFreeFormValues } from "./auth-kinds";
import type { AuthOption } from "./connection-types";
import { checkNamedValues, namedValuesToCredentials, type NamedValue } from "./free-form-values";

export interface CredentialsErrors {
  /** Field key → message. */
  fields: Record<string, string | undefined>;
  /** For forms without declared fields, and server messages about the credentials as a whole. */
  general?: string;
}

const NO_ERRORS: CredentialsErrors = { fields: {} };
/** A form of pairs starts with one empty pair (id 0: newNamedValue counts from 1). */
const FIRST_ROW: NamedValue = { id: 0, name: "", value: "" };

/** A select's example is a sensible default ("header" for where to send an API key). */
function initialValues(option: AuthOption): Record<string, string> {
  const values: Record<string, string> = {};
  for (const field of option.fields) {
    values[field.key] = field.options && field.example && field.options.includes(field.example) ? field.example : "";
  }
  return values;
}

/**
 * What the user typed into a connection form, kept per auth option so switching between options (a token or
 * a user name and password) does not lose anything; checks it before sending and places server errors
 * (`credentials.<key>`) under their fields.
 */
export function useCredentialsForm() {
  const [values, setValues] = useState<Record<string, Record<string, string>>>({});
  const [rows, setRows] = useState<Record<string, NamedValue[]>>({});
  const [errors, setErrors] = useState<CredentialsErrors>(NO_ERRORS);

  function valuesOf(option: AuthOption): Record<string, string> {
    return values[option.type] ?? initialValues(option);
  }

  function rowsOf(option: AuthOption): NamedValue[] {
    return rows[option.type] ?? [FIRST_ROW];
  }

  return {
    errors,
    valuesOf,
    rowsOf,
    setValue(option: AuthOption, key: string, value: string) {
      setValues((all) => ({ ...all, [option.type]: { ...(all[option.type] ?? initialValues(option)), [key]: value } }));
      setErrors((current) => (current.fields[key] ? { ...current, fields: { ...current.fields, [key]: undefined } } : current));
    },
    setRows(option: AuthOption, next: NamedValue[]) {
      setRows((all) => ({ ...all, [option.type]: next }));
      setErrors((current) => (current.general ? { ...current, general: undefined } : current));
    },
    clearErrors: () => setErrors(NO_ERRORS),
    /** The credentials to send, or null (with the problems shown) when something is missing. */
    collect(option: AuthOption): Record<string, string> | null {
      if (takesFreeFormValues(option)) {
        const current = rowsOf(option);
        const problem = checkNamedValues(current);
        setErrors({ fields: {}, general: problem });
        return problem ? null : namedValuesToCredentials(current);
      }
      const current = valuesOf(option);
      const fields: Record<string, string | undefined> = {};
      for (const field of option.fields) {
        if (!field.optional && !(current[field.key] ?? "").trim()) fields[field.key] = `Fill in ${field.label}.`;
      }
      const hasProblem = Object.values(fields).some(Boolean);
      setErrors({ fields });
      if (hasProblem) return null;
      // Empty optional fields are left out rather than stored as "".
      return Object.fromEntries(option.fields.map((field) => [field.key, (current[field.key] ?? "").trim()]).filter(([, value]) => value !== ""));
    },
    /** Places a server error under its field; true when it was one of the credentials' fields. */
    showServerError(option: AuthOption, error: ApiErrorLike): boolean {
      for (const field of option.fields) {
        const message = apiFieldError(error, `credentials.${field.key}`);
        if (message) {
          setErrors({ fields: { [field.key]: message } });
          return true;
        }
      }
      const general = apiFieldError(error, "credentials") ?? (isCredentialsField(error) ? error.message : undefined);
      if (general) {
        setErrors({ fields: {}, general });
        return true;
      }
      return false;
    },
  };
}

/** A domain error naming a credential the form does not show (a free-form header name). */
function isCredentialsField(error: ApiErrorLike): boolean {
  const data = error.data as { field?: unknown } | undefined;
  return typeof data?.field === "string" && data.field.startsWith("credentials.");
}

