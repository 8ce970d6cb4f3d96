import type { ZodType } from "zod";

/** What validation needs to know about an action; the server builds it from the connector registry. */
export interface ActionDescription {
  label: string;
  inputSchema: ZodType;
}

export interface ActionCatalog {
  get(actionId: string): ActionDescription | undefined;
}
