import * as oauth from "oauth4webapi";
import { fetch as undiciFetch, type Agent } from "undici";
import { env } from "@/env";
import { createGuardedAgent } from "@/server/http/guarded-agent";
import { assertAllowedUrl, type DestinationPolicy } from "@/server/http/ssrf-guard";

const TOKEN_REQUEST_TIMEOUT_MS = 15_000;

interface OAuthHttp {
  policy: DestinationPolicy;
  agent: Agent;
}

const globalForOAuth = globalThis as unknown as { __junctionOAuthHttp?: OAuthHttp };

function oauthHttp(): OAuthHttp {
  if (!globalForOAuth.__junctionOAuthHttp) {
    const policy = { allowPrivateHosts: new Set(env.OUTBOUND_ALLOW_PRIVATE_HOSTS.split(",").map((h) => h.trim().toLowerCase()).filter(Boolean)) };
    globalForOAuth.__junctionOAuthHttp = { policy, agent: createGuardedAgent(policy) };
  }
  return globalForOAuth.__junctionOAuthHttp;
}

/**
 * Options for every oauth4webapi call: requests go through the SSRF guard (the URL checked first, then the address
 * actually dialled), no redirects are followed, and each is bounded by a timeout, since a refresh holds a row lock.
 * Plain http is allowed only for hosts OUTBOUND_ALLOW_PRIVATE_HOSTS lists (tests, self-hosting).
 */
export function oauthRequestOptions(endpoint: string) {
  const { policy, agent } = oauthHttp();
  return {
    signal: () => AbortSignal.timeout(TOKEN_REQUEST_TIMEOUT_MS),
    [oauth.allowInsecureRequests]: policy.allowPrivateHosts.has(new URL(endpoint).hostname.toLowerCase()),
    [oauth.customFetch]: async (url: string, options: oauth.CustomFetchOptions<"POST" | "GET", URLSearchParams | undefined>) => {
      assertAllowedUrl(new URL(url), policy);
      const response = await undiciFetch(url, {
        method: options.method,
        headers: options.headers,
        body: options.body,
        signal: options.signal,
        redirect: "manual",
        dispatcher: agent,
      });
      return response as unknown as Response;
    },
  };
}
