import type { ZodType } from "zod";
import { connectorRegistry } from "@/connectors";
import { EVENT_EMIT_ACTION } from "@/core/actions/event-emit";

export interface CatalogAction {
  id: string;
  label: string;
  description: string;
  inputSchema: ZodType;
  /** The action cannot run without a connection (its connector does not accept `none`). */
  requiresConnection?: boolean;
}

const CONNECTOR_ACTIONS: readonly CatalogAction[] = connectorRegistry.actions().map(({ id, connector, action }) => ({
  id,
  label: action.name,
  description: action.description,
  inputSchema: action.input,
  requiresConnection: !connector.connectionOptional,
}));

const ACTIONS: readonly CatalogAction[] = [...CONNECTOR_ACTIONS, EVENT_EMIT_ACTION];
const BY_ID = new Map(ACTIONS.map((a) => [a.id, a]));

/** The actions a workflow may use: the built-in ones and every registered connector's (`<connector>.<action>`). */
export const actionCatalog = {
  get: (id: string) => BY_ID.get(id),
  // "event" is the built-in event.emit's prefix, not a connector.
  hasConnector: (connectorId: string) => connectorId === "event" || connectorRegistry.get(connectorId) !== undefined,
  list: () => ACTIONS,
};
