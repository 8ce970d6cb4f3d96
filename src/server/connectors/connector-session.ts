import { PaginationStyleSchema, type PaginationStyleInput } from "@/core/http/pagination-style";
import { ConnectorActionError, queryStrings, resolveRequestUrl, type ConnectorDefinition, type ConnectorPage, type ConnectorRequest, type ConnectorResponse, type PaginateRequestOptions } from "@/core/connectors";
import type { HttpCallLog, OutboundRequest, OutboundResponse } from "@/server/http/http-request";
import type { OutboundAuth } from "@/server/http/outbound-auth";
import { paginate } from "@/server/http/paginate";
import { isUnauthorized } from "@/server/oauth/refresh-on-401";
import { getOutboundClient } from "@/server/http/shared-outbound-client";

/** Where a session's credential comes from: fixed, or an OAuth2 token that can be refreshed once after a 401. */
export interface CredentialSource {
  current(): Promise<OutboundAuth>;
  /** A fresh credential after the API refused `rejected` with a 401, or undefined when there is none to get. */
  afterUnauthorized?(rejected: OutboundAuth): Promise<OutboundAuth | undefined>;
}

export const fixedCredential = (auth: OutboundAuth): CredentialSource => ({ current: async () => auth });

export interface ConnectorSessionOptions {
  connector: ConnectorDefinition;
  credential: CredentialSource;
  /** The connection's base URL (see connectionBaseUrl); undefined for connectors that take full URLs. */
  baseUrl: string | undefined;
  onCall: (log: HttpCallLog) => void;
  /** Waits for (or refuses) a slot of the connection's rate limit before each request. */
  beforeRequest?: () => Promise<void>;
  /** The connection's stored values, for connectors that speak another protocol (empty for OAuth2 connections). */
  values?: Readonly<Record<string, string>>;
}

export interface ConnectorSession {
  request(request: ConnectorRequest): Promise<ConnectorResponse>;
  connectionValues(): Readonly<Record<string, string>>;
  resolveDestination(host: string): Promise<{ address: string; family: number }>;
  paginate(request: ConnectorRequest, options?: PaginateRequestOptions & { defaultPagination?: PaginationStyleInput }): AsyncGenerator<ConnectorPage, void, undefined>;
}

export const DEFAULT_ACTION_MAX_PAGES = 10;

/**
 * How a connector's requests go out: joined to the base URL (which they may not leave), the credential injected
 * by the shared outbound client (SSRF guard, redacted call log, credentials scrubbed from errors), the rate limit
 * respected, one refresh-and-retry after a 401 for OAuth2, and no other retries — the step's retry policy
 * retries durably, each attempt in the step log. Shared by action steps, triggers and the connection test.
 */
export function createConnectorSession(options: ConnectorSessionOptions): ConnectorSession {
  const { connector } = options;
  // With a base URL the connector is one service: errors say "GitHub answered 401"; otherwise they name the host.
  const service = connector.baseUrl || connector.connectionBaseUrl ? connector.name : undefined;

  async function send(outbound: OutboundRequest): Promise<OutboundResponse> {
    const attempt = async (auth: OutboundAuth) => {
      await options.beforeRequest?.();
      return getOutboundClient().request({ ...outbound, auth, retry: false, ...(service ? { service } : {}) }, options.onCall);
    };
    const auth = await options.credential.current();
    try {
      return await attempt(auth);
    } catch (error) {
      if (!isUnauthorized(error) || !options.credential.afterUnauthorized) throw error;
      const fresh = await options.credential.afterUnauthorized(auth);
      if (!fresh) throw error;
      return attempt(fresh);
    }
  }

  const toOutbound = (req: ConnectorRequest): OutboundRequest => ({
    method: req.method,
    url: resolveRequestUrl(options.baseUrl, req),
    query: queryStrings(req.query),
    headers: req.headers ?? {},
    body: req.body,
    ...(req.timeoutMs ? { timeoutMs: req.timeoutMs } : {}),
  });
  const toResponse = (response: OutboundResponse): ConnectorResponse => ({ status: response.status, headers: response.headers, body: response.body });

  return {
    request: async (req) => toResponse(await send(toOutbound(req))),
    connectionValues: () => options.values ?? {},
    resolveDestination: (host) => getOutboundClient().resolveDestination(host),
    async *paginate(req, paginateOptions = {}) {
      const style = paginateOptions.pagination ?? paginateOptions.defaultPagination ?? connector.pagination;
      if (!style) throw new ConnectorActionError(`${connector.name} declares no pagination style, so this listing cannot be walked page by page.`);
      const parsed = PaginationStyleSchema.parse(style);
      const pages = paginate({ request: (outbound) => send(outbound) }, toOutbound(req), parsed, { maxPages: paginateOptions.maxPages ?? DEFAULT_ACTION_MAX_PAGES });
      for await (const page of pages) yield { number: page.number, items: page.items, response: toResponse(page.response), hasMore: page.hasMore };
    },
  };
}
