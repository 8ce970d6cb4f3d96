import { createConnectorRegistry, type ConnectorDefinition } from "@/core/connectors";
import { githubConnector } from "./github";
import { gmailConnector } from "./gmail";
import { googleSheetsConnector } from "./google-sheets";
import { graphqlConnector } from "./graphql";
import { httpConnector } from "./http";
import { hubspotConnector } from "./hubspot";
import { notionConnector } from "./notion";
import { postgresqlConnector } from "./postgresql";
import { salesforceConnector } from "./salesforce";
import { slackConnector } from "./slack";
import { stripeConnector } from "./stripe";
import { xConnector } from "./x";

/**
 * The built-in connectors. Adding one is a folder in src/connectors/<id>/ exporting `defineConnector({...})`
 * and one line here.
 */
export const BUILT_IN_CONNECTORS: readonly ConnectorDefinition[] = [
  httpConnector,
  graphqlConnector,
  githubConnector,
  slackConnector,
  gmailConnector,
  googleSheetsConnector,
  hubspotConnector,
  notionConnector,
  xConnector,
  stripeConnector,
  salesforceConnector,
  postgresqlConnector,
];

export const connectorRegistry = createConnectorRegistry(BUILT_IN_CONNECTORS);
