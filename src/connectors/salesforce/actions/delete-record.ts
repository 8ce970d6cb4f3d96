import { z } from "zod";
import { defineAction } from "@/core/connectors";
import { dataPath } from "../api";
import { recordIdInput, sobjectInput } from "../names";

/** DELETE /sobjects/{sobject}/{id}: 204 No Content; the record goes to the Recycle Bin. */
export const deleteRecordAction = defineAction({
  id: "delete_record",
  name: "Delete record",
  description: "Delete a record by its id (it goes to the Recycle Bin for 15 days).",
  input: z.object({ sobject: sobjectInput, id: recordIdInput }),
  output: z.object({ id: z.string(), deleted: z.literal(true) }),
  request: (input) => ({ method: "DELETE", path: dataPath("sobjects", input.sobject, input.id) }),
  response: (_response, input) => ({ id: input.id, deleted: true }),
});
