import { z } from "zod";
import { httpRequestInputSchema } from "@/core/actions/http-request";
import { defineAction, defineConnector } from "@/core/connectors";

const httpResponseSchema = z.object({
  status: z.number().int(),
  headers: z.record(z.string(), z.string()),
  body: z.unknown(),
});

/**
 * Any REST API. Without a connection it is the built-in `http.request` as it always was; with one, the
 * connection's credential (any auth kind) is injected by the outbound path and redacted from the step log.
 */
export const httpConnector = defineConnector({
  id: "http",
  name: "HTTP",
  icon: "globe",
  categories: ["developer tools"],
  description: "Call any REST API, optionally with a connection's credential.",
  auth: [
    { type: "none" },
    { type: "api_key" },
    { type: "bearer" },
    { type: "basic" },
    { type: "custom_headers" },
  ],
  actions: [
    defineAction({
      id: "request",
      name: "HTTP request",
      description: "Call any REST API.",
      input: httpRequestInputSchema,
      output: httpResponseSchema,
      request: (input) => ({ method: input.method, path: input.url, query: input.query, headers: input.headers, body: input.body, timeoutMs: input.timeoutMs }),
      response: ({ status, headers, body }) => ({ status, headers, body }),
    }),
  ],
});
