import { z } from "zod";
import { defineAction } from "@/core/connectors";
import { dataPath } from "../api";
import { fieldNameInput, recordIdInput, sobjectInput } from "../names";
import { recordSchema } from "../schemas";

/** GET /sobjects/{sobject}/{id}?fields=…: every field, or the ones named. */
export const getRecordAction = defineAction({
  id: "get_record",
  name: "Get record",
  description: "Read one record by its id, with all its fields or only the ones named.",
  input: z.object({
    sobject: sobjectInput,
    id: recordIdInput,
    fields: z
      .array(fieldNameInput("A field API name", ["Name"]))
      .default([])
      .meta({ description: "Fields to return (all fields when empty)", examples: [["Name", "Industry", "AnnualRevenue"]] }),
  }),
  output: recordSchema,
  request: (input) => ({
    method: "GET",
    path: dataPath("sobjects", input.sobject, input.id),
    ...(input.fields.length > 0 ? { query: { fields: input.fields.join(",") } } : {}),
  }),
});
