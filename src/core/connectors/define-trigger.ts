import type { ZodType } from "zod";
import type { ActionRunTools, ConnectorRequest, ConnectorResponse } from "./connector-request";

/** The signature schemes webhook intake knows how to verify (ARCHITECTURE §7). */
export const WEBHOOK_SIGNATURE_SCHEMES = ["standard_webhooks", "github", "stripe", "slack", "hmac_sha256", "none"] as const;
export type WebhookSignatureScheme = (typeof WEBHOOK_SIGNATURE_SCHEMES)[number];

interface TriggerBase {
  id: string;
  name: string;
  description: string;
  /** Shape of one event/item handed to the workflow. */
  output: ZodType;
}

/** The provider calls us: verified with `signatureScheme`, then kept when its event is one of `events`. */
export interface WebhookTrigger extends TriggerBase {
  kind: "webhook";
  signatureScheme: WebhookSignatureScheme;
  /** Event names this trigger listens for (e.g. `issues.opened`); empty means every event. */
  events: readonly string[];
  /** Reads the event name from a delivery (e.g. GitHub's `x-github-event` + `action`). */
  eventOf(delivery: { headers: Record<string, string>; body: unknown }): string | undefined;
}

interface PollingTriggerBase extends TriggerBase {
  kind: "polling";
  intervalMs: number;
  /**
   * What each workflow sets for this trigger (a spreadsheet, a repository, a table): validated at publish, handed
   * parsed to `request` / `poll`. Describe each field with `.meta({ description, examples })` for the form.
   */
  input?: ZodType;
  /** A stable id per item, so an item seen twice starts one run. */
  dedupeKey(item: unknown): string;
}

/** We call the provider on a schedule: `request` from the stored cursor, new items deduplicated by `dedupeKey`. */
export interface RequestPollingTrigger extends PollingTriggerBase {
  request(cursor: string | undefined, input: Record<string, unknown>): ConnectorRequest;
  /**
   * The items of one answer, oldest first. `cursor` is the one the request was made from (undefined on the first
   * poll), for APIs that cannot filter by it and answer with recent items every time (Notion's search).
   */
  items(response: ConnectorResponse, cursor?: string): unknown[];
  /** The cursor to store after this answer (unchanged when undefined). */
  nextCursor(response: ConnectorResponse, previous: string | undefined): string | undefined;
  poll?: undefined;
}

/** A poll that is not one HTTP request (another protocol, several calls): the items and the next cursor. */
export interface RunPollingTrigger extends PollingTriggerBase {
  poll(cursor: string | undefined, input: Record<string, unknown>, tools: ActionRunTools): Promise<{ items: unknown[]; nextCursor?: string }>;
  request?: undefined;
}

export type PollingTrigger = RequestPollingTrigger | RunPollingTrigger;

export type TriggerDefinition = WebhookTrigger | PollingTrigger;

export function defineTrigger<T extends TriggerDefinition>(trigger: T): T {
  if (!/^[a-zA-Z0-9_-]{1,64}$/.test(trigger.id)) throw new Error(`Trigger id "${trigger.id}" must be letters, digits, '_' or '-' (at most 64).`);
  if (trigger.kind === "polling" && !(trigger.intervalMs >= 60_000)) throw new Error(`Polling trigger "${trigger.id}" must poll at most once a minute.`);
  return Object.freeze(trigger);
}
