import { env } from "@/env";
import { createOutboundClient, type OutboundClient } from "./outbound-client";

const globalForHttp = globalThis as unknown as { __junctionOutbound?: OutboundClient };

/** The process-wide outbound client. Loopback/private hosts are reachable only if OUTBOUND_ALLOW_PRIVATE_HOSTS lists them. */
export function getOutboundClient(): OutboundClient {
  globalForHttp.__junctionOutbound ??= createOutboundClient({
    allowPrivateHosts: env.OUTBOUND_ALLOW_PRIVATE_HOSTS.split(",").map((h) => h.trim()).filter(Boolean),
  });
  return globalForHttp.__junctionOutbound;
}
