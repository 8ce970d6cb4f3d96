import { z } from "zod";
import { EdgeSchema } from "./edges";
import { NodeSchema } from "./nodes";
import { RetryPolicySchema } from "./retry-policy";
import { TimezoneSchema } from "./schedule-fields";

export * from "./nodes";
export * from "./edges";
export * from "./retry-policy";

export const WorkflowSettingsSchema = z.object({
  /** The default for action nodes that do not set their own. */
  retry: RetryPolicySchema.optional(),
  timezone: TimezoneSchema.optional(),
});

/** A workflow as stored in a published version. Graph rules (one trigger, no cycles…) are checked by `validateWorkflow`. */
export const WorkflowDefinitionSchema = z.object({
  version: z.literal(1),
  nodes: z.array(NodeSchema).max(500, { message: "A workflow holds at most 500 nodes; split it into sub-workflows." }),
  edges: z.array(EdgeSchema).max(2_000),
  settings: WorkflowSettingsSchema.optional(),
});

export type WorkflowDefinition = z.infer<typeof WorkflowDefinitionSchema>;
/** The definition as written, before defaults (maxItems, input) are filled in. */
export type WorkflowDefinitionInput = z.input<typeof WorkflowDefinitionSchema>;
export type WorkflowSettings = z.infer<typeof WorkflowSettingsSchema>;
