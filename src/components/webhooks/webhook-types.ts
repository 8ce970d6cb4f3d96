import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@/server/api/root";

type Outputs = inferRouterOutputs<AppRouter>;

/** An endpoint as the list returns it: URLs, masked secret hint (never the secret), workflows, last day's deliveries. */
export type WebhookEndpoint = Outputs["webhook"]["list"][number];
/** One endpoint with its sample curl command. */
export type WebhookEndpointDetail = Outputs["webhook"]["get"];
export type WebhookScheme = WebhookEndpoint["scheme"];
export type WebhookConnectorTrigger = Outputs["webhook"]["connectorTriggers"][number];
export type WebhookDeliverySummary = Outputs["webhook"]["deliveries"]["items"][number];
export type WebhookDelivery = Outputs["webhook"]["delivery"];
export type WebhookDeliveryStatus = WebhookDeliverySummary["status"];
