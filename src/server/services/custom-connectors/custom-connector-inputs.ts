import { z } from "zod";
import { compileDeclarativeConnector, type ConnectorDefinition, type ConnectorDefinitionIssue } from "@/core/connectors";
import { invalid } from "@/core/errors/domain-errors";

/** Large enough for an imported API of a thousand operations (GitHub's is ~3 MB as a connector). */
const MAX_DEFINITION_CHARS = 20 * 1024 * 1024;

export const customConnectorIdInput = z.object({ customConnectorId: z.uuid("Unknown custom connector.") });

export const definitionSchema = z
  .record(z.string(), z.unknown(), { error: "The connector definition must be a JSON object." })
  .refine((value) => JSON.stringify(value).length <= MAX_DEFINITION_CHARS, "The connector definition is larger than 20 MB.");

/** Compiles a definition as the runtime will (under the connector id it is stored with), or returns its issues. */
export function checkDefinition(definition: Record<string, unknown>, connectorId: string): { ok: true; connector: ConnectorDefinition } | { ok: false; issues: ConnectorDefinitionIssue[] } {
  return compileDeclarativeConnector({ ...definition, id: connectorId });
}

/** An INVALID error naming the first issue's field, with the first few issues in the message. */
export function definitionInvalid(issues: readonly ConnectorDefinitionIssue[]) {
  const shown = issues.slice(0, 3).map((issue) => `${issue.field}: ${issue.message}`).join("; ");
  const more = issues.length > 3 ? ` (and ${issues.length - 3} more)` : "";
  return invalid(`The connector definition is not valid — ${shown}${more}.`, issues[0]?.field);
}
