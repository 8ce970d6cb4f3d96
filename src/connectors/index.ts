import { createConnectorRegistry, type ConnectorDefinition } from "@/core/connectors";
import { graphqlConnector } from "./graphql";
import { httpConnector } from "./http";

/**
 * The built-in connectors. Adding one is a folder in src/connectors/<id>/ exporting `defineConnector({...})`
 * and one line here.
 */
export const BUILT_IN_CONNECTORS: readonly ConnectorDefinition[] = [
  httpConnector,
  graphqlConnector,
];

export const connectorRegistry = createConnectorRegistry(BUILT_IN_CONNECTORS);
