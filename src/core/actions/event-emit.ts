import { z } from "zod";
import { EventNameSchema } from "@/core/events/workflow-event";

export const MAX_EVENT_DATA_BYTES = 256 * 1024;

/** Input of the built-in "event.emit" action: starts this organization's workflows whose trigger listens for `event`. */
export const eventEmitInputSchema = z.object({
  event: EventNameSchema.describe('Event name, e.g. "order.created"'),
  data: z
    .record(z.string(), z.json(), { error: "data must be a JSON object, e.g. { \"orderId\": \"o_1\" }." })
    .default({})
    .refine((data) => JSON.stringify(data).length <= MAX_EVENT_DATA_BYTES, { message: `data is larger than ${MAX_EVENT_DATA_BYTES / 1024} KiB; send an id and let the receiving workflow fetch the rest.` })
    .describe("The event's payload, available to the started workflows as trigger.data"),
});
export type EventEmitInput = z.infer<typeof eventEmitInputSchema>;

export const EVENT_EMIT_ACTION = {
  id: "event.emit",
  label: "Emit event",
  description: "Start the workflows of this organization whose event trigger listens for this event.",
  inputSchema: eventEmitInputSchema,
} as const;
