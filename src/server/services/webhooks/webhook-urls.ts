import { env } from "@/env";

export interface WebhookUrls {
  /** Through the app: `APP_URL/api/hooks/{id}`. */
  url: string;
  /**
   * The lean listener's (`WEBHOOK_PORT`, `/hooks/{id}`), same intake and faster; on APP_URL's host, so it is reachable
   * only where that port is exposed. Null when the port is 0 (a free port picked at start, as in tests).
   */
  directUrl: string | null;
}

/** Where senders deliver to an endpoint. */
export function webhookUrls(endpointId: string, appUrl: string = env.APP_URL, webhookPort: number = env.WEBHOOK_PORT): WebhookUrls {
  const base = new URL(appUrl);
  const url = new URL(`api/hooks/${endpointId}`, base.href.endsWith("/") ? base.href : `${base.href}/`).href;
  if (!webhookPort) return { url, directUrl: null };
  const direct = new URL(`/hooks/${endpointId}`, base.origin);
  direct.port = String(webhookPort);
  return { url, directUrl: direct.href };
}
