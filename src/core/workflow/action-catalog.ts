import type { ZodType } from "zod";

/** What validation needs to know about an action; the server builds it from the connector registry. */
export interface ActionDescription {
  label: string;
  inputSchema: ZodType;
  /** The action cannot run without a connection (`connectionId` on the node). */
  requiresConnection?: boolean;
}

export interface ActionCatalog {
  get(actionId: string): ActionDescription | undefined;
  /** Whether a connector of that id is installed, to tell "no such connector" from "no such action". */
  hasConnector?(connectorId: string): boolean;
}
