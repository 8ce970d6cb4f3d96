import { z } from "zod";

/**
 * A connection between two nodes. `branch` selects which outcome of a condition ("true"/"false"),
 * switch (a case id or "default") or loop ("done", optional) the edge belongs to. `kind: "loop"`
 * marks the edge that closes a loop body back onto its loop node.
 */
export const EdgeSchema = z.object({
  id: z.string().min(1).max(128),
  source: z.string().min(1),
  target: z.string().min(1),
  branch: z.string().min(1).optional(),
  kind: z.literal("loop").optional(),
});

export type Edge = z.infer<typeof EdgeSchema>;

export const LOOP_DONE_BRANCH = "done";
export const DEFAULT_BRANCH = "default";
