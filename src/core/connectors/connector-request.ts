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

/** What a `run` action may do: requests through the engine's outbound path, credential added for it. */
export interface ActionRunTools {
  request(request: ConnectorRequest): Promise<ConnectorResponse>;
}
