import { ZodError } from "zod";
import { ConnectorActionError, type ConnectorDefinition, type PollingTrigger } from "@/core/connectors";
import type { ConnectorSession } from "@/server/connectors/connector-session";
import { sessionTools } from "@/server/connectors/execute-connector-action";
import { pollItemKey } from "./poll-item-key";

export interface PolledItem {
  /** SHA-256 hex of the trigger's dedupe key. */
  key: string;
  /** The item parsed with the trigger's output schema: the run's `trigger` payload. */
  payload: unknown;
}

export interface PollAnswer {
  /** Oldest first, each key once. */
  items: PolledItem[];
  /** The cursor to store (the previous one when the trigger gives none). */
  nextCursor: string | undefined;
}

/**
 * One poll of the trigger over a session: its request and how it reads the answer, or its own `poll` (another
 * protocol, several calls). The items are parsed with the output schema (a changed API fails the poll with a clear
 * message rather than starting runs with something unexpected), keyed by their dedupe key, oldest first.
 */
export async function pollTrigger(
  connector: ConnectorDefinition,
  trigger: PollingTrigger,
  session: ConnectorSession,
  cursor: string | undefined,
  rawInput: unknown,
): Promise<PollAnswer> {
  const input = triggerInputOf(connector, trigger, rawInput);
  if (trigger.poll) {
    // A poll's side effects are reads; its idempotency key only has to be stable for one cursor.
    const tools = sessionTools(session, { idempotencyKey: `poll:${connector.id}.${trigger.id}:${cursor ?? "start"}` });
    const { items, nextCursor } = await trigger.poll(cursor, input, tools);
    return readPollAnswer(connector, trigger, items, nextCursor ?? cursor);
  }
  const response = await session.request(trigger.request(cursor, input));
  const raw = withinTrigger(connector, trigger, () => trigger.items(response, cursor));
  return readPollAnswer(connector, trigger, raw, withinTrigger(connector, trigger, () => trigger.nextCursor(response, cursor)) ?? cursor);
}

/** The node's `trigger.input`, parsed with the trigger's schema (publish checked it; a changed connector may not agree). */
function triggerInputOf(connector: ConnectorDefinition, trigger: PollingTrigger, raw: unknown): Record<string, unknown> {
  if (!trigger.input) return {};
  const parsed = trigger.input.safeParse(raw ?? {});
  if (!parsed.success) {
    const problems = parsed.error.issues.slice(0, 3).map((issue) => `${issue.path.join(".") || "input"}: ${issue.message}`).join("; ");
    throw new ConnectorActionError(`The "${trigger.name}" trigger of ${connector.name} needs other settings now (${problems}); fix the trigger's input and publish the workflow again.`);
  }
  return parsed.data as Record<string, unknown>;
}

/** Parses and keys the items of one answer. Pure: no database, no network. */
export function readPollAnswer(connector: ConnectorDefinition, trigger: PollingTrigger, raw: unknown[], nextCursor: string | undefined): PollAnswer {
  const name = `${connector.id}.${trigger.id}`;
  const items: PolledItem[] = [];
  const keys = new Set<string>();
  raw.forEach((item, index) => {
    const parsed = trigger.output.safeParse(item);
    if (!parsed.success) {
      const problems = parsed.error.issues.slice(0, 3).map((issue) => `${issue.path.join(".") || "item"}: ${issue.message}`).join("; ");
      throw new ConnectorActionError(`${connector.name} answered, but item ${index + 1} is not in the shape "${name}" expects (${problems}). The API may have changed; check the connector.`);
    }
    const key = pollItemKey(String(withinTrigger(connector, trigger, () => trigger.dedupeKey(parsed.data))));
    if (keys.has(key)) return;
    keys.add(key);
    items.push({ key, payload: parsed.data });
  });
  return { items, nextCursor };
}

/** The trigger's messages are meant for people as they are; anything else thrown by its code is named as a failed read. */
function withinTrigger<T>(connector: ConnectorDefinition, trigger: PollingTrigger, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof ConnectorActionError) throw error;
    const detail =
      error instanceof ZodError
        ? error.issues.slice(0, 3).map((issue) => `${issue.path.join(".") || "answer"}: ${issue.message}`).join("; ")
        : error instanceof Error
          ? error.message
          : String(error);
    throw new ConnectorActionError(`${connector.name} answered, but the "${trigger.name}" trigger could not read the answer (${detail}). The API may have changed; check the connector.`);
  }
}
