import type { PaginationStyleInput } from "@/core/http/pagination-style";
import { createGuardedAgent } from "./guarded-agent";
import { httpRequest, type HttpCallLog, type OutboundRequest } from "./http-request";
import { paginate, type PaginateOptions } from "./paginate";
import { resolveAllowedAddress, type HostResolver } from "./ssrf-guard";

const DEFAULT_MAX_RESPONSE_BYTES = 5 * 1024 * 1024;

export interface OutboundClientOptions {
  /** Hosts allowed to resolve to loopback/private addresses (OUTBOUND_ALLOW_PRIVATE_HOSTS). Empty in production. */
  allowPrivateHosts?: Iterable<string>;
  maxResponseBytes?: number;
  /** DNS resolution for the SSRF guard; the system resolver by default. */
  resolveHost?: HostResolver;
  /** Waits between retries (Retry-After, backoff); real timers by default. */
  sleep?: (ms: number) => Promise<unknown>;
  random?: () => number;
}

/** The one outbound HTTP path. Every connector and HTTP action call goes through a client made here. */
export function createOutboundClient(options: OutboundClientOptions = {}) {
  const policy = {
    allowPrivateHosts: new Set([...(options.allowPrivateHosts ?? [])].map((h) => h.toLowerCase())),
    resolveHost: options.resolveHost,
  };
  const agent = createGuardedAgent(policy);
  const maxResponseBytes = options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
  const context = (onCall?: (log: HttpCallLog) => void) => ({ agent, policy, maxResponseBytes, onCall, sleep: options.sleep, random: options.random });
  const client = {
    request(request: OutboundRequest, onCall?: (log: HttpCallLog) => void) {
      return httpRequest(request, context(onCall));
    },
    /** Pages of a listing, one request each through this client; see `paginate`. */
    paginate(request: OutboundRequest, style: PaginationStyleInput, paginateOptions: PaginateOptions = {}) {
      return paginate(client, request, style, paginateOptions);
    },
    /**
     * For protocols other than HTTP (a PostgreSQL connection): the address to connect to for `host`, refused by the
     * same SSRF rules as every HTTP call. Connect to the address returned, so DNS cannot change it in between.
     */
    resolveDestination(host: string) {
      return resolveAllowedAddress(host, policy);
    },
    close: () => agent.close(),
  };
  return client;
}

export type OutboundClient = ReturnType<typeof createOutboundClient>;
