import { z } from "zod";
import { ConnectorActionError, defineAction, defineConnector } from "@/core/connectors";
import { throwOnGraphqlErrors } from "./graphql-errors";

const queryInput = z.object({
  url: z.url("url must be the GraphQL endpoint's absolute http(s) URL").meta({ description: "The GraphQL endpoint", examples: ["https://api.example.com/graphql"] }),
  query: z.string().min(1, "write the query or mutation").meta({ description: "The query or mutation", examples: ["query Viewer { viewer { login } }"] }),
  variables: z.record(z.string(), z.unknown()).default({}).meta({ description: "Values of the query's $variables", examples: [{ first: 10 }] }),
  operationName: z.string().optional().meta({ description: "Which operation to run when the document has several" }),
  headers: z.record(z.string(), z.string()).default({}).meta({ description: "Extra request headers" }),
  timeoutMs: z.number().int().min(100).max(120_000).default(30_000).meta({ description: "Give up after this many milliseconds" }),
});

/** Any GraphQL API: one POST per query; an `errors` array in the answer fails the step with the server's messages. */
export const graphqlConnector = defineConnector({
  id: "graphql",
  name: "GraphQL",
  icon: "waypoints",
  categories: ["developer tools"],
  description: "Run a query or mutation against any GraphQL API.",
  auth: [{ type: "none" }, { type: "bearer" }, { type: "api_key" }, { type: "basic" }, { type: "custom_headers" }],
  actions: [
    defineAction({
      id: "query",
      name: "GraphQL query",
      description: "Run a query or mutation and return its data.",
      input: queryInput,
      output: z.object({ data: z.unknown(), extensions: z.unknown().optional() }),
      request: (input) => ({
        method: "POST",
        path: input.url,
        headers: { accept: "application/graphql-response+json, application/json", ...input.headers },
        body: { query: input.query, variables: input.variables, ...(input.operationName ? { operationName: input.operationName } : {}) },
        timeoutMs: input.timeoutMs,
      }),
      response: ({ body }, input) => {
        throwOnGraphqlErrors(input.url, body);
        if (typeof body !== "object" || body === null || !("data" in body)) {
          throw new ConnectorActionError(`The GraphQL API at ${new URL(input.url).host} answered without "data"; check that the URL is a GraphQL endpoint.`);
        }
        const { data, extensions } = body as { data: unknown; extensions?: unknown };
        return { data, ...(extensions !== undefined ? { extensions } : {}) };
      },
    }),
  ],
});
