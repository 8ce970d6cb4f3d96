import { z } from "zod";
import { defineAction } from "@/core/connectors";
import { dataPath } from "../api";
import { fieldValuesInput, recordIdInput, sobjectInput } from "../names";

/** PATCH /sobjects/{sobject}/{id}: 204 No Content, so the output is made here. */
export const updateRecordAction = defineAction({
  id: "update_record",
  name: "Update record",
  description: "Change fields of a record by its id; fields left out keep their values.",
  input: z.object({ sobject: sobjectInput, id: recordIdInput, fields: fieldValuesInput }),
  output: z.object({ id: z.string(), updated: z.literal(true) }),
  request: (input) => ({ method: "PATCH", path: dataPath("sobjects", input.sobject, input.id), body: input.fields }),
  response: (_response, input) => ({ id: input.id, updated: true }),
});
