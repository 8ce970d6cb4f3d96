import { z } from "zod";
import { RUN_STATUSES } from "@/server/db/schema/runs";

export const runIdInput = z.object({ runId: z.uuid("Unknown run.") });

export const listRunsInput = z.object({
  status: z.array(z.enum(RUN_STATUSES)).max(RUN_STATUSES.length).optional(),
  workflowId: z.uuid().optional(),
  cursor: z.string().max(100).nullish(),
  limit: z.number().int().min(1).max(100).default(30),
});

export const startRunInput = z.object({
  workflowId: z.uuid("Unknown workflow."),
  payload: z.unknown().refine((p) => JSON.stringify(p ?? null).length <= 256 * 1024, "The payload is larger than 256 KiB."),
});

export const deadLetterFilterInput = z.object({ workflowId: z.uuid().optional() });
