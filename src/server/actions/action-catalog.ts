import type { ZodType } from "zod";
import { EVENT_EMIT_ACTION } from "@/core/actions/event-emit";
import { HTTP_REQUEST_ACTION } from "@/core/actions/http-request";

export interface CatalogAction {
  id: string;
  label: string;
  description: string;
  inputSchema: ZodType;
}

const ACTIONS: readonly CatalogAction[] = [HTTP_REQUEST_ACTION, EVENT_EMIT_ACTION];
const BY_ID = new Map(ACTIONS.map((a) => [a.id, a]));

/** The actions a workflow may use. Connectors (a later issue) add theirs here. */
export const actionCatalog = {
  get: (id: string) => BY_ID.get(id),
  list: () => ACTIONS,
};
