import { z } from "zod";
import type { ServiceContext } from "../context";
import { checkDefinition, definitionSchema } from "./custom-connector-inputs";

export const validateCustomConnectorInput = z.object({ definition: definitionSchema });

/** Every issue of a definition, each with the field it is about, for the editor to point at; nothing is stored. */
export function validateCustomConnector({ input }: { ctx: ServiceContext; input: z.infer<typeof validateCustomConnectorInput> }) {
  const result = checkDefinition(input.definition, "custom-preview");
  return result.ok ? { ok: true as const, issues: [], actionCount: result.connector.actions.length } : { ok: false as const, issues: result.issues, actionCount: 0 };
}
