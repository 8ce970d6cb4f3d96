import type { z } from "zod";
import type { ServiceContext } from "../context";
import { describeWebhooks } from "./describe-webhooks";
import { getWebhookInOrg } from "./get-webhook-in-org";
import { sampleCurlCommand } from "./sample-curl";
import { listWebhookConnectorTriggers } from "./webhook-connector-triggers";
import type { webhookEndpointIdInput } from "./webhook-inputs";

/** One endpoint as the list shows it, plus a curl command that sends it a correctly signed sample (secret not included). */
export async function getWebhook({ ctx, input }: { ctx: ServiceContext; input: z.infer<typeof webhookEndpointIdInput> }) {
  const row = await getWebhookInOrg(ctx, input.endpointId);
  const [endpoint] = await describeWebhooks(ctx, [row]);
  const trigger = endpoint!.connectorTrigger ? listWebhookConnectorTriggers().find((candidate) => candidate.id === endpoint!.connectorTrigger) : undefined;
  const sampleCurl = sampleCurlCommand({
    url: endpoint!.url,
    scheme: endpoint!.scheme,
    config: endpoint!.config ?? undefined,
    event: endpoint!.events[0] ?? trigger?.events[0],
  });
  return { ...endpoint!, sampleCurl };
}
