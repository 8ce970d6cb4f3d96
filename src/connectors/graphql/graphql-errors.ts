import { ConnectorActionError } from "@/core/connectors";

interface GraphQLError {
  message?: unknown;
  path?: unknown;
}

const MAX_LISTED = 5;

/**
 * A GraphQL server reports failures in an `errors` array, often with HTTP 200: that is a failed step, with the
 * server's own messages (and where they apply), not a success holding an error.
 */
export function graphqlErrorsMessage(host: string, errors: unknown): string | undefined {
  if (!Array.isArray(errors) || errors.length === 0) return undefined;
  const listed = (errors as GraphQLError[]).slice(0, MAX_LISTED).map((error) => {
    const message = typeof error?.message === "string" ? error.message : JSON.stringify(error);
    const path = Array.isArray(error?.path) ? ` (at ${error.path.join(".")})` : "";
    return `${message}${path}`;
  });
  const more = errors.length > MAX_LISTED ? ` … and ${errors.length - MAX_LISTED} more` : "";
  return `The GraphQL API at ${host} answered with ${errors.length === 1 ? "an error" : `${errors.length} errors`}: ${listed.join("; ")}${more}. Check the query and its variables.`;
}

export function throwOnGraphqlErrors(url: string, body: unknown): void {
  const errors = typeof body === "object" && body !== null ? (body as { errors?: unknown }).errors : undefined;
  const message = graphqlErrorsMessage(new URL(url).host, errors);
  if (message) throw new ConnectorActionError(message);
}
