import { ConnectorActionError } from "@/core/connectors";
import type { z } from "zod";
import type { salesforceErrorSchema } from "./schemas";

type SalesforceError = z.output<typeof salesforceErrorSchema>;

/** "INVALID_FIELD: No such column… (fields: Foo)" — one line per error, as a user can act on it. */
export function describeSalesforceErrors(errors: readonly SalesforceError[]): string {
  return errors
    .map((error) => {
      const code = error.errorCode ?? error.statusCode;
      const fields = error.fields && error.fields.length > 0 ? ` (fields: ${error.fields.join(", ")})` : "";
      return `${code ? `${code}: ` : ""}${error.message.trim()}${fields}`;
    })
    .join("; ");
}

/** A save result with `success: false` (the API answers 2xx, the record was not saved). */
export function throwUnlessSaved(action: string, result: { success: boolean; errors: readonly SalesforceError[] }): void {
  if (result.success) return;
  const why = result.errors.length > 0 ? describeSalesforceErrors(result.errors) : "no reason given";
  throw new ConnectorActionError(`Salesforce did not ${action} the record: ${why}. Check the field values against the object's fields and validation rules.`);
}
