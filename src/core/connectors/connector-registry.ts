import type { ActionDefinition } from "./define-action";
import type { ConnectorDefinition } from "./define-connector";

export interface ResolvedAction {
  connector: ConnectorDefinition;
  action: ActionDefinition;
  /** `<connector>.<action>`, as workflow nodes name it. */
  id: string;
}

export interface ConnectorRegistry {
  list(): readonly ConnectorDefinition[];
  get(connectorId: string): ConnectorDefinition | undefined;
  /** Resolves `<connector>.<action>`; undefined for an unknown connector or action. */
  findAction(actionId: string): ResolvedAction | undefined;
  actions(): readonly ResolvedAction[];
}

/** The registry over an explicit list of connectors; a duplicate id is a mistake caught at load time. */
export function createConnectorRegistry(connectors: readonly ConnectorDefinition[]): ConnectorRegistry {
  const byId = new Map<string, ConnectorDefinition>();
  for (const connector of connectors) {
    if (byId.has(connector.id)) throw new Error(`Two connectors have the id "${connector.id}".`);
    byId.set(connector.id, connector);
  }
  const actions = connectors.flatMap((connector) => connector.actions.map((action) => ({ connector, action, id: `${connector.id}.${action.id}` })));
  const actionsById = new Map(actions.map((resolved) => [resolved.id, resolved]));
  return {
    list: () => connectors,
    get: (id) => byId.get(id),
    findAction: (id) => actionsById.get(id),
    actions: () => actions,
  };
}
