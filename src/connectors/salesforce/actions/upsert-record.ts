import { z } from "zod";
import { ConnectorActionError, defineAction } from "@/core/connectors";
import { dataPath } from "../api";
import { fieldNameInput, fieldValuesInput, sobjectInput } from "../names";
import { throwUnlessSaved } from "../salesforce-errors";
import { saveResultSchema } from "../schemas";

const input = z.object({
  sobject: sobjectInput,
  externalIdField: fieldNameInput("The external-id field matched on (or Id)", ["External_Id__c", "Id"]),
  externalId: z.string().trim().min(1, "give the external id value to match").meta({ description: "The external id value", examples: ["ERP-100234"] }),
  fields: fieldValuesInput,
});

const output = z.object({
  id: z.string().nullable().meta({ description: "The record's id (null when an older API answered 204 without a body)" }),
  created: z.boolean(),
  success: z.literal(true),
});

/**
 * PATCH /sobjects/{sobject}/{externalIdField}/{value}: 201 created, 200 (204 before API 46) updated, and
 * 300 Multiple Choices when the value matches several records — a 3xx the outbound client hands back as an answer.
 */
export const upsertByExternalIdAction = defineAction({
  id: "upsert_by_external_id",
  name: "Upsert record by external id",
  description: "Update the record whose external-id field has this value, or create it when none has.",
  input,
  output,
  request: (input) => ({ method: "PATCH", path: dataPath("sobjects", input.sobject, input.externalIdField, input.externalId), body: input.fields }),
  response: ({ status, body }, input) => {
    if (status === 300) {
      const matches = Array.isArray(body) ? body.length : "several";
      throw new ConnectorActionError(`${input.externalIdField} = "${input.externalId}" matches ${matches} ${input.sobject} records, so Salesforce cannot tell which to update. Make the field unique, or update the record by its id.`);
    }
    if (status === 204) return { id: null, created: false, success: true };
    const result = saveResultSchema.safeParse(body);
    if (!result.success) throw new ConnectorActionError(`Salesforce answered the upsert with ${status} but without a save result ({ id, success, errors }); check that the instance URL points at a Salesforce org.`);
    throwUnlessSaved(status === 201 ? "create" : "update", result.data);
    return { id: result.data.id, created: result.data.created ?? status === 201, success: true };
  },
});
