import { z } from "zod";
import { importOpenApi, OpenApiImportError } from "@/core/connectors/openapi";
import { invalid } from "@/core/errors/domain-errors";
import type { ServiceContext } from "../context";
import { createCustomConnector } from "./create";

/** GitHub's full description is 12 MB of JSON; leave room for larger ones. */
const MAX_DOCUMENT_CHARS = 30 * 1024 * 1024;

export const importOpenApiInput = z.object({
  document: z.string().min(1, "Paste or upload an OpenAPI document (JSON or YAML).").max(MAX_DOCUMENT_CHARS, "The document is larger than 30 MB."),
  /** Replaces the document's name (info.title). */
  name: z.string().trim().min(1).max(100).optional(),
  /** The API's absolute URL, when the document's servers are relative or absent. */
  baseUrl: z.url({ protocol: /^https?$/, error: "The base URL must be an absolute http(s) URL." }).optional(),
});

/**
 * Turns an OpenAPI 3.0/3.1 document into a custom connector (one action per operation, security schemes → auth) and
 * stores it. Returns what was made and the importer's warnings (operations or parameters it had to leave out).
 */
export async function importOpenApiConnector({ ctx, input }: { ctx: ServiceContext; input: z.infer<typeof importOpenApiInput> }) {
  let imported: ReturnType<typeof importOpenApi>;
  try {
    imported = importOpenApi(input.document, { ...(input.name ? { name: input.name } : {}), ...(input.baseUrl ? { baseUrl: input.baseUrl } : {}) });
  } catch (error) {
    if (error instanceof OpenApiImportError) throw invalid(`The OpenAPI document could not be imported: ${error.message}`, "document");
    throw error;
  }
  const created = await createCustomConnector({ ctx, input: { definition: imported.document as Record<string, unknown> } }, "openapi");
  return { ...created, warnings: imported.warnings };
}
