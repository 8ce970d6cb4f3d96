import { z } from "zod";

export const HTTP_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD"] as const;

/** Input of the built-in "http.request" action: any REST call, made through the outbound HTTP path. */
export const httpRequestInputSchema = z.object({
  method: z.enum(HTTP_METHODS).default("GET").describe("HTTP method"),
  url: z.url("url must be an absolute http(s) URL, e.g. https://api.example.com/items").describe("Full URL to call"),
  headers: z.record(z.string(), z.string()).default({}).describe("Extra request headers"),
  query: z.record(z.string(), z.string()).default({}).describe("Query string parameters"),
  body: z.unknown().optional().describe("JSON body (objects and arrays are sent as application/json)"),
  timeoutMs: z.number().int().min(100).max(120_000).default(30_000).describe("Give up after this many milliseconds"),
});
export type HttpRequestInput = z.infer<typeof httpRequestInputSchema>;

export const HTTP_REQUEST_ACTION = {
  id: "http.request",
  label: "HTTP request",
  description: "Call any REST API.",
  inputSchema: httpRequestInputSchema,
} as const;
