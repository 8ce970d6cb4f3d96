import { z } from "zod";

const MAX_DEFINITION_BYTES = 512 * 1024;

export const workflowIdInput = z.object({ workflowId: z.uuid("Unknown workflow.") });

export const workflowNameSchema = z
  .string()
  .trim()
  .min(1, "Give the workflow a name.")
  .max(100, "Workflow names are at most 100 characters.");

export const definitionJsonSchema = z
  .record(z.string(), z.unknown(), "The definition must be a JSON object with nodes and edges.")
  .refine((value) => JSON.stringify(value).length <= MAX_DEFINITION_BYTES, "The definition is larger than 512 KiB.");

/** A new workflow starts with a manual trigger so it can be run and tested at once. */
export function starterDefinition() {
  return {
    version: 1,
    nodes: [{ id: "trigger", type: "trigger", name: "Manual trigger", trigger: { kind: "manual", samplePayload: {} } }],
    edges: [],
  };
}
