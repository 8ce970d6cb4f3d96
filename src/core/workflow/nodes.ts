import { z } from "zod";
import { DurationSchema } from "./duration";
import { RetryPolicySchema } from "./retry-policy";
import { CronSchema, TimezoneSchema } from "./schedule-fields";

/**
 * Node ids are referenced from expressions as `steps.<id>`, so they are JSONata-friendly names:
 * a hyphen would read as subtraction (`steps.fetch-user`), and ":" separates loop indexes in step ids.
 */
export const NodeIdSchema = z
  .string()
  .regex(/^[A-Za-z_][A-Za-z0-9_]{0,63}$/, {
    message: 'Use a letter or "_" followed by up to 63 letters, digits or "_" (e.g. "fetch_user"); hyphens would break `steps.<id>` in expressions.',
  });

/** A JSONata expression, checked to compile by `validateWorkflow`. */
const ExpressionSchema = z.string().min(1, { message: "Write a JSONata expression; it cannot be empty." });
const JsonSchema = z.json();

const nodeBase = {
  id: NodeIdSchema,
  name: z.string().trim().min(1, { message: "Give the node a name." }).max(120),
  position: z.object({ x: z.number(), y: z.number() }).optional(),
};

/** A connector trigger polls at least once a day. */
export const MAX_POLL_INTERVAL_MINUTES = 24 * 60;

export const TriggerConfigSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("manual"), samplePayload: JsonSchema.optional() }),
  z.object({ kind: z.literal("schedule"), cron: CronSchema, timezone: TimezoneSchema }),
  /** `filter` is a JSONata boolean over the event; events for which it is not true do not start the run. */
  z.object({ kind: z.literal("event"), event: z.string().min(1), filter: ExpressionSchema.optional() }),
  /**
   * Deliveries to the org's webhook endpoint `endpointId` (the endpoint's own `events` list applies first); `filter` is a
   * JSONata boolean over `{ body, headers, event }`, and deliveries for which it is not true start nothing.
   */
  z.object({ kind: z.literal("webhook"), endpointId: z.string().min(1).optional(), filter: ExpressionSchema.optional() }),
  /**
   * A connector's polling trigger (`<connector>.<trigger>`): the engine polls the API over `connectionId` and starts a
   * run per new item. `intervalMinutes` slows it below the trigger's own interval (never faster).
   */
  z.object({
    kind: z.literal("connector"),
    trigger: z.string().regex(/^[a-z0-9][a-z0-9_-]*\.[a-zA-Z0-9_-]{1,64}$/, { message: 'Name the trigger as "<connector>.<trigger>", e.g. "gmail.new_email".' }),
    connectionId: z.string().min(1).optional(),
    intervalMinutes: z.number().int().min(1).max(MAX_POLL_INTERVAL_MINUTES).optional(),
    /** What the trigger polls (a spreadsheet, a repository), for triggers that take it. */
    input: z.record(z.string(), JsonSchema).optional(),
  }),
]);

export const TriggerNodeSchema = z.object({ ...nodeBase, type: z.literal("trigger"), trigger: TriggerConfigSchema });

export const ActionNodeSchema = z.object({
  ...nodeBase,
  type: z.literal("action"),
  /** "http.request" or "<connector>.<action>". */
  action: z.string().regex(/^[a-z0-9][a-z0-9_-]*\.[a-zA-Z0-9_.-]+$/, { message: 'Name the action as "<connector>.<action>", e.g. "http.request".' }),
  connectionId: z.string().min(1).optional(),
  /** The action's input; any string may hold `{{ }}` templates rendered over the run state. */
  input: JsonSchema.default({}),
  retry: RetryPolicySchema.optional(),
});

export const TransformNodeSchema = z.object({ ...nodeBase, type: z.literal("transform"), expression: ExpressionSchema });

/** Outgoing edges carry `branch: "true"` or `branch: "false"`. */
export const ConditionNodeSchema = z.object({ ...nodeBase, type: z.literal("condition"), expression: ExpressionSchema });

/** Outgoing edges carry a case id or "default"; the first case whose expression is true wins. */
export const SwitchNodeSchema = z.object({
  ...nodeBase,
  type: z.literal("switch"),
  cases: z
    .array(
      z.object({
        id: z
          .string()
          .regex(/^[A-Za-z0-9_-]{1,64}$/, { message: 'Use letters, digits, "_" or "-" for a case id.' })
          .refine((id) => id !== "default", { message: '"default" is the fallback branch; give the case another id.' }),
        expression: ExpressionSchema,
      }),
    )
    .min(1, { message: "Add at least one case; a switch without cases always takes the default branch." }),
});

export const MAX_LOOP_ITEMS = 1000;

/**
 * A for-each. The body is a sub-graph: `body` names its first node (no edge from the loop to it is
 * drawn), the body continues along ordinary edges, and it ends at edges of `kind: "loop"` pointing
 * back at the loop node — the only edges allowed to close a cycle. The loop's ordinary outgoing
 * edges (`branch` absent or "done") are followed once, after every item has been processed.
 * Body nodes are entered only from the loop: no edge from outside the body may point into it.
 */
export const LoopNodeSchema = z.object({
  ...nodeBase,
  type: z.literal("loop"),
  /** JSONata giving the items; a single value counts as one item and no match as none. */
  items: ExpressionSchema,
  maxItems: z.number().int().min(1).max(MAX_LOOP_ITEMS).default(100),
  body: NodeIdSchema,
});

export const DelayNodeSchema = z.object({
  ...nodeBase,
  type: z.literal("delay"),
  delay: z.discriminatedUnion("mode", [
    z.object({ mode: z.literal("duration"), duration: DurationSchema }),
    /** JSONata giving an ISO 8601 date-time or epoch milliseconds. */
    z.object({ mode: z.literal("until"), at: ExpressionSchema }),
  ]),
});

export const WaitNodeSchema = z.object({
  ...nodeBase,
  type: z.literal("wait"),
  wait: z.discriminatedUnion("kind", [
    z.object({
      kind: z.literal("event"),
      event: z.string().min(1),
      /** A field path such as "data.orderId": the awaited event must carry the trigger payload's value at that path. */
      match: z.string().regex(/^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*$/, { message: 'Use a dotted field path such as "data.orderId".' }).optional(),
      timeout: DurationSchema,
    }),
    z.object({ kind: z.literal("approval"), timeout: DurationSchema, approvers: z.array(z.string().min(1)).optional() }),
  ]),
});

export const SubworkflowNodeSchema = z.object({
  ...nodeBase,
  type: z.literal("subworkflow"),
  workflowId: z.string().min(1),
  input: JsonSchema.default({}),
});

export const StopNodeSchema = z.object({
  ...nodeBase,
  type: z.literal("stop"),
  status: z.enum(["succeeded", "failed"]),
  /** May hold `{{ }}` templates. */
  message: z.string().max(2_000).optional(),
});

export const NodeSchema = z.discriminatedUnion("type", [
  TriggerNodeSchema,
  ActionNodeSchema,
  TransformNodeSchema,
  ConditionNodeSchema,
  SwitchNodeSchema,
  LoopNodeSchema,
  DelayNodeSchema,
  WaitNodeSchema,
  SubworkflowNodeSchema,
  StopNodeSchema,
]);

export type WorkflowNode = z.infer<typeof NodeSchema>;
export type NodeType = WorkflowNode["type"];
export type NodeOfType<T extends NodeType> = Extract<WorkflowNode, { type: T }>;
export type TriggerNode = NodeOfType<"trigger">;
export type ActionNode = NodeOfType<"action">;
export type LoopNode = NodeOfType<"loop">;
export const NODE_TYPES = NodeSchema.options.map((option) => option.shape.type.value);
