import { z } from "zod";

/** `attributes` Salesforce puts on every record (aggregate rows have no url). */
export const recordAttributes = z.looseObject({ type: z.string(), url: z.string().optional() });

/** One record as the REST API returns it: its attributes plus the fields asked for, all kept. */
export const recordSchema = z.looseObject({ attributes: recordAttributes.optional(), Id: z.string().optional() });

/** One entry of a save result's `errors`, and of the array an error answer carries. */
export const salesforceErrorSchema = z.looseObject({
  message: z.string(),
  errorCode: z.string().optional(),
  statusCode: z.string().optional(),
  fields: z.array(z.string()).optional(),
});

/** The answer of a create (201) or an upsert (201 created / 200 updated). */
export const saveResultSchema = z.looseObject({
  id: z.string(),
  success: z.boolean(),
  errors: z.array(salesforceErrorSchema),
  created: z.boolean().optional(),
});

/** One page of a SOQL query. */
export const queryPageSchema = z.looseObject({
  totalSize: z.number().int(),
  done: z.boolean(),
  records: z.array(recordSchema),
  nextRecordsUrl: z.string().optional(),
});
