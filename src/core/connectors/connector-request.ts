import type { PaginationStyleInput } from "@/core/http/pagination-style";

export const CONNECTOR_HTTP_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD"] as const;
export type ConnectorHttpMethod = (typeof CONNECTOR_HTTP_METHODS)[number];

/**
 * A request an action asks for, before the engine adds the base URL and the connection's credential.
 * `path` is joined to the connector's base URL; a connector without one (the generic HTTP connector) gives a full URL.
 */
export interface ConnectorRequest {
  method: ConnectorHttpMethod;
  path: string;
  query?: Record<string, string | number | boolean | undefined>;
  headers?: Record<string, string>;
  body?: unknown;
  timeoutMs?: number;
}

export interface ConnectorResponse {
  status: number;
  headers: Record<string, string>;
  body: unknown;
}

/** One page of a listing. */
export interface ConnectorPage {
  /** 1 for the first page. */
  number: number;
  items: unknown[];
  response: ConnectorResponse;
  /** The API offers another page (also true on the last page given when `maxPages` stopped the walk). */
  hasMore: boolean;
}

export interface PaginateRequestOptions {
  /** How this listing pages; the action's or else the connector's style by default. */
  pagination?: PaginationStyleInput;
  /** Stop after this many pages (default 10). */
  maxPages?: number;
}

/** Where an action runs: what stays the same when its step is retried. */
export interface ActionContext {
  /**
   * The same for every attempt of one step of one run (run id + step id), different for every other step or run
   * (a replay is a new run). Send it where the API takes an idempotency key, so a retried create makes nothing twice.
   */
  idempotencyKey: string;
}

/** What a `run` action may do: requests through the engine's outbound path, credential added for it. */
export interface ActionRunTools extends ActionContext {
  request(request: ConnectorRequest): Promise<ConnectorResponse>;
  /** Walks a listing lazily, page by page, each page one request like `request` (break to stop early). */
  paginate(request: ConnectorRequest, options?: PaginateRequestOptions): AsyncGenerator<ConnectorPage, void, undefined>;
  /**
   * For built-in connectors that speak another protocol than HTTP (PostgreSQL): the connection's stored values.
   * Never put them in an output or an error message.
   */
  connectionValues(): Readonly<Record<string, string>>;
  /** The address to connect to for `host`, after the SSRF guard (private, loopback, metadata… refused). */
  resolveDestination(host: string): Promise<{ address: string; family: number }>;
}

/** What a paginated request action's pages are gathered into before `response` / the output schema see them. */
export interface CollectedPages {
  items: unknown[];
  pages: number;
  hasMore: boolean;
}
