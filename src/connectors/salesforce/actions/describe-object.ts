import { z } from "zod";
import { defineAction } from "@/core/connectors";
import { dataPath } from "../api";
import { sobjectInput } from "../names";

const fieldSchema = z.looseObject({
  name: z.string(),
  label: z.string(),
  type: z.string(),
  nillable: z.boolean().optional(),
  updateable: z.boolean().optional(),
  externalId: z.boolean().optional(),
});

/** GET /sobjects/{sobject}/describe: the object's fields, their types and which may be set. */
export const describeObjectAction = defineAction({
  id: "describe_object",
  name: "Describe object",
  description: "List an object's fields (API names, labels, types), e.g. to find the names to query or set.",
  input: z.object({ sobject: sobjectInput }),
  output: z.looseObject({ name: z.string(), label: z.string(), fields: z.array(fieldSchema) }),
  request: (input) => ({ method: "GET", path: dataPath("sobjects", input.sobject, "describe") }),
});
