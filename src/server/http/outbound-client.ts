import { createGuardedAgent } from "./guarded-agent";
import { httpRequest, type HttpCallLog, type OutboundRequest } from "./http-request";

const DEFAULT_MAX_RESPONSE_BYTES = 5 * 1024 * 1024;

export interface OutboundClientOptions {
  /** Hosts allowed to resolve to loopback/private addresses (OUTBOUND_ALLOW_PRIVATE_HOSTS). Empty in production. */
  allowPrivateHosts?: Iterable<string>;
  maxResponseBytes?: number;
}

/** The one outbound HTTP path. Every connector and HTTP action call goes through a client made here. */
export function createOutboundClient(options: OutboundClientOptions = {}) {
  const policy = { allowPrivateHosts: new Set([...(options.allowPrivateHosts ?? [])].map((h) => h.toLowerCase())) };
  const agent = createGuardedAgent(policy);
  const maxResponseBytes = options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
  return {
    request(request: OutboundRequest, onCall?: (log: HttpCallLog) => void) {
      return httpRequest(request, { agent, policy, maxResponseBytes, onCall });
    },
    close: () => agent.close(),
  };
}

export type OutboundClient = ReturnType<typeof createOutboundClient>;
