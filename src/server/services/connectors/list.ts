import { connectorRegistry } from "@/connectors";
import { describeConnector, type ConnectorDefinition, type ConnectorDescription } from "@/core/connectors";
import { listCustomConnectors } from "@/server/connectors/org-connectors";
import type { ServiceContext } from "../context";

/** Computed once: the registry is fixed for the life of the process. */
let described: ConnectorDescription[] | undefined;
// A compiled custom connector is cached per version, so its description (JSON Schemas of every action) is too.
const customDescriptions = new WeakMap<ConnectorDefinition, ConnectorDescription>();

function describeCustom(connector: ConnectorDefinition): ConnectorDescription {
  let description = customDescriptions.get(connector);
  if (!description) customDescriptions.set(connector, (description = describeConnector(connector)));
  return description;
}

/**
 * The connectors an org can use, as the UI needs them: the built-in ones, then the org's custom ones (`custom: true`);
 * auth kinds with their form fields, actions with JSON Schema inputs. No secrets.
 */
export async function listConnectors({ ctx }: { ctx: ServiceContext }): Promise<(ConnectorDescription & { custom: boolean })[]> {
  described ??= connectorRegistry.list().map(describeConnector);
  const custom = await listCustomConnectors(ctx.db, ctx.org.id);
  return [...described.map((c) => ({ ...c, custom: false })), ...custom.map((c) => ({ ...describeCustom(c), custom: true }))];
}
