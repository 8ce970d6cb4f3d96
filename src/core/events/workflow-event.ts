import { z } from "zod";

/** Name prefixes the engine keeps for its own events (run requests, approvals, function failures). */
export const RESERVED_EVENT_PREFIXES = ["inngest/", "workflow/"] as const;

/**
 * How many hops a chain of events may take: a workflow started by an event that a workflow started by an
 * event emitted… A chain longer than this is refused, so two workflows that trigger each other stop.
 */
export const MAX_EVENT_CHAIN_DEPTH = 10;

/** The reserved prefix a name starts with (case-insensitively), if any. */
export function reservedEventPrefix(name: string): string | undefined {
  const lower = name.toLowerCase();
  return RESERVED_EVENT_PREFIXES.find((prefix) => lower.startsWith(prefix));
}

/** An event name such as "order.created" or "shop/order.created". */
export const EventNameSchema = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.:/-]{0,127}$/, {
    message: 'Name the event with letters, digits and "." "_" "-" "/" ":" (at most 128 characters), e.g. "order.created".',
  })
  .refine((name) => reservedEventPrefix(name) === undefined, {
    error: (issue) => `"${String(issue.input)}" starts with "${reservedEventPrefix(String(issue.input))}", which the engine reserves for its own events; pick another name, e.g. "order.created".`,
  });
