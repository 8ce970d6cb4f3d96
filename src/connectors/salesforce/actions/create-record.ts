import { z } from "zod";
import { defineAction } from "@/core/connectors";
import { dataPath } from "../api";
import { fieldValuesInput, sobjectInput } from "../names";
import { throwUnlessSaved } from "../salesforce-errors";
import { saveResultSchema } from "../schemas";

/** POST /sobjects/{sobject}: 201 with `{ id, success, errors }`. */
export const createRecordAction = defineAction({
  id: "create_record",
  name: "Create record",
  description: "Create a record of any object (Account, Contact, Lead, a custom object…).",
  input: z.object({ sobject: sobjectInput, fields: fieldValuesInput }),
  output: saveResultSchema,
  request: (input) => ({ method: "POST", path: dataPath("sobjects", input.sobject), body: input.fields }),
  response: ({ body }) => {
    // An answer of another shape is left to the output schema, which fails the step with its own message.
    const result = saveResultSchema.safeParse(body);
    if (result.success) throwUnlessSaved("create", result.data);
    return body;
  },
});
