import type { ZodType } from "zod";

/** What validation needs to know about an action; the server builds it from the connector registry. */
export interface ActionDescription {
  label: string;
  inputSchema: ZodType;
  /** The action cannot run without a connection (`connectionId` on the node). */
  requiresConnection?: boolean;
}

/** What validation needs to know about a connector trigger (`<connector>.<trigger>`). */
export interface TriggerDescription {
  label: string;
  /** Only polling triggers can start a workflow from a trigger node; webhook ones arrive through a webhook endpoint. */
  kind: "polling" | "webhook";
  /** A polling trigger's own interval: a node may poll less often, never more. */
  intervalMs?: number;
  /** The trigger cannot poll without a connection (`connectionId` on the node). */
  requiresConnection?: boolean;
  /** What a node sets for this trigger (`trigger.input`), when the trigger takes anything. */
  inputSchema?: ZodType;
}

export interface ActionCatalog {
  get(actionId: string): ActionDescription | undefined;
  /** Whether a connector of that id is installed, to tell "no such connector" from "no such action". */
  hasConnector?(connectorId: string): boolean;
  /** A connector trigger by `<connector>.<trigger>`; connector trigger nodes are not checked when absent. */
  getTrigger?(triggerId: string): TriggerDescription | undefined;
  /** Whether the org has a webhook endpoint of that id; webhook trigger nodes are not checked when absent. */
  hasWebhookEndpoint?(endpointId: string): boolean;
}
