import type { z } from "zod";
import type { ServiceContext } from "../context";
import type { customConnectorIdInput } from "./custom-connector-inputs";
import { getCustomConnectorInOrg } from "./get-custom-connector-in-org";

/** One custom connector with its JSON definition, for the editor. */
export async function getCustomConnector({ ctx, input }: { ctx: ServiceContext; input: z.infer<typeof customConnectorIdInput> }) {
  const row = await getCustomConnectorInOrg(ctx, input.customConnectorId);
  return { id: row.id, connectorId: row.connectorId, name: row.name, source: row.source, definition: row.definition as Record<string, unknown>, updatedAt: row.updatedAt };
}
