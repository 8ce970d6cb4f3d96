import { ZodError } from "zod";
import { ConnectorActionError, type ConnectorDefinition, type ConnectorResponse, type PollingTrigger } from "@/core/connectors";
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
 * Reads one answer with the trigger's own functions: its items (each parsed with the output schema, so a changed API
 * fails the poll with a clear message rather than starting runs with something unexpected), their dedupe keys and
 * the next cursor. Pure: no database, no network.
 */
export function readPollAnswer(connector: ConnectorDefinition, trigger: PollingTrigger, response: ConnectorResponse, cursor: string | undefined): PollAnswer {
  const name = `${connector.id}.${trigger.id}`;
  const raw = withinTrigger(connector, trigger, () => trigger.items(response, cursor));
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
  const nextCursor = withinTrigger(connector, trigger, () => trigger.nextCursor(response, cursor)) ?? cursor;
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
