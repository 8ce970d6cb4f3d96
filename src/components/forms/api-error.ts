/** The parts of a tRPC client error the UI reads. Kept structural so any procedure's error fits. */
export interface ApiErrorLike {
  message: string;
  data?: unknown;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

/**
 * The message to show next to one form field, if the server blamed that field: either a validation
 * message from `data.fieldErrors[field]`, or a domain error whose `data.field` names it.
 */
export function apiFieldError(error: ApiErrorLike | null | undefined, field: string): string | undefined {
  if (!error || !isRecord(error.data)) return undefined;
  const { fieldErrors, field: blamed } = error.data;
  if (isRecord(fieldErrors)) {
    const messages = fieldErrors[field];
    if (Array.isArray(messages)) {
      const first: unknown = messages[0];
      if (typeof first === "string") return first;
    }
  }
  return blamed === field ? error.message : undefined;
}

/** True when the error belongs next to one of the given fields (so it need not be shown again in a toast). */
export function isFieldError(error: ApiErrorLike | null | undefined, fields: readonly string[]): boolean {
  return fields.some((field) => apiFieldError(error, field) !== undefined);
}

/** Flattens a zod `fieldErrors` map to its first message per field. */
export function firstMessages<K extends string>(fieldErrors: Partial<Record<K, string[]>>): Partial<Record<K, string>> {
  const result: Partial<Record<K, string>> = {};
  for (const key of Object.keys(fieldErrors) as K[]) {
    const first = fieldErrors[key]?.[0];
    if (first) result[key] = first;
  }
  return result;
}
