"use client";

import { useConnectorTriggers } from "./use-connector-triggers";
import { useWebhooksManageReason } from "./webhook-permission";
import { WebhookRow } from "./webhook-row";
import type { WebhookEndpoint } from "./webhook-types";

/** The organization's endpoints, by name. */
export function WebhooksList({ endpoints, highlightId, onOpen }: { endpoints: readonly WebhookEndpoint[]; highlightId: string | null; onOpen: (id: string) => void }) {
  const denied = useWebhooksManageReason();
  const triggers = useConnectorTriggers();
  return (
    <ul aria-label="Webhook endpoints" className="divide-y overflow-hidden rounded-xl border bg-card shadow-sm">
      {endpoints.map((endpoint) => (
        <WebhookRow
          key={endpoint.id}
          endpoint={endpoint}
          trigger={triggers.data?.find((trigger) => trigger.id === endpoint.connectorTrigger)}
          highlighted={endpoint.id === highlightId}
          deniedReason={denied}
          onOpen={() => onOpen(endpoint.id)}
        />
      ))}
    </ul>
  );
}
