import { eq } from "drizzle-orm";
import type { ZodType } from "zod";
import { connectorRegistry } from "@/connectors";
import { EVENT_EMIT_ACTION } from "@/core/actions/event-emit";
import type { ConnectorDefinition, ResolvedAction, TriggerDefinition } from "@/core/connectors";
import type { ActionCatalog, TriggerDescription } from "@/core/workflow/action-catalog";
import { listCustomConnectors } from "@/server/connectors/org-connectors";
import { webhookEndpoints } from "@/server/db/schema/webhooks";
import type { DbOrTx } from "@/server/db/types";

export interface CatalogAction {
  id: string;
  label: string;
  description: string;
  inputSchema: ZodType;
  /** The action cannot run without a connection (its connector does not accept `none`). */
  requiresConnection?: boolean;
}

const catalogAction = ({ id, connector, action }: ResolvedAction): CatalogAction => ({
  id,
  label: action.name,
  description: action.description,
  inputSchema: action.input,
  requiresConnection: !connector.connectionOptional,
});

const CONNECTOR_ACTIONS: readonly CatalogAction[] = connectorRegistry.actions().map(catalogAction);

const triggerDescription = (connector: ConnectorDefinition, trigger: TriggerDefinition): TriggerDescription => ({
  label: trigger.name,
  kind: trigger.kind,
  ...(trigger.kind === "polling" ? { intervalMs: trigger.intervalMs, ...(trigger.input ? { inputSchema: trigger.input } : {}) } : {}),
  requiresConnection: !connector.connectionOptional,
});

/** Each connector's triggers by `<connector>.<trigger>`, as trigger nodes name them. */
const triggersById = (connectors: readonly ConnectorDefinition[]) =>
  new Map<string, TriggerDescription>(connectors.flatMap((connector) => connector.triggers.map((trigger) => [`${connector.id}.${trigger.id}`, triggerDescription(connector, trigger)])));

const TRIGGERS = triggersById(connectorRegistry.list());

const ACTIONS: readonly CatalogAction[] = [...CONNECTOR_ACTIONS, EVENT_EMIT_ACTION];
const BY_ID = new Map(ACTIONS.map((a) => [a.id, a]));

/** The actions a workflow may use: the built-in ones and every registered connector's (`<connector>.<action>`). */
export const actionCatalog = {
  get: (id: string) => BY_ID.get(id),
  // "event" is the built-in event.emit's prefix, not a connector.
  hasConnector: (connectorId: string) => connectorId === "event" || connectorRegistry.get(connectorId) !== undefined,
  getTrigger: (id: string) => TRIGGERS.get(id),
  list: () => ACTIONS,
};

/** The catalog plus the organization's own custom connectors, for validating that org's workflows. */
export function catalogWith(custom: readonly ConnectorDefinition[]): ActionCatalog {
  if (custom.length === 0) return actionCatalog;
  const byId = new Map(custom.flatMap((connector) => connector.actions.map((action) => catalogAction({ connector, action, id: `${connector.id}.${action.id}` }))).map((a) => [a.id, a]));
  const connectorIds = new Set(custom.map((c) => c.id));
  const triggers = triggersById(custom);
  return {
    get: (id) => actionCatalog.get(id) ?? byId.get(id),
    hasConnector: (connectorId) => actionCatalog.hasConnector(connectorId) || connectorIds.has(connectorId),
    getTrigger: (id) => actionCatalog.getTrigger(id) ?? triggers.get(id),
  };
}

/** The org's catalog: built-in and custom connectors, and the org's own webhook endpoints for webhook trigger nodes. */
export async function orgActionCatalog(db: DbOrTx, orgId: string): Promise<ActionCatalog> {
  const catalog = catalogWith(await listCustomConnectors(db, orgId));
  const endpoints = await db.select({ id: webhookEndpoints.id }).from(webhookEndpoints).where(eq(webhookEndpoints.orgId, orgId));
  const endpointIds = new Set(endpoints.map((endpoint) => endpoint.id));
  return { ...catalog, hasWebhookEndpoint: (endpointId) => endpointIds.has(endpointId) };
}
