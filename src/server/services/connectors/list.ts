import { connectorRegistry } from "@/connectors";
import { describeConnector, type ConnectorDescription } from "@/core/connectors";
import type { ServiceContext } from "../context";

/** Computed once: the registry is fixed for the life of the process. */
let described: ConnectorDescription[] | undefined;

/** The installed connectors as the UI needs them: auth kinds with their form fields, actions with JSON Schema inputs. No secrets. */
export function listConnectors(_args: { ctx: ServiceContext }): ConnectorDescription[] {
  described ??= connectorRegistry.list().map(describeConnector);
  return described;
}
