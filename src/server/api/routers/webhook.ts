import { createWebhook, createWebhookInput } from "@/server/services/webhooks/create";
import { deleteWebhook } from "@/server/services/webhooks/delete";
import { getWebhook } from "@/server/services/webhooks/get";
import { getWebhookDelivery, webhookDeliveryInput } from "@/server/services/webhooks/get-delivery";
import { listWebhooks } from "@/server/services/webhooks/list";
import { listWebhookDeliveries, listWebhookDeliveriesInput } from "@/server/services/webhooks/list-deliveries";
import { replayWebhookDelivery } from "@/server/services/webhooks/replay-delivery";
import { rotateWebhookSecret, rotateWebhookSecretInput } from "@/server/services/webhooks/rotate-secret";
import { sendTestDelivery, sendTestDeliveryInput } from "@/server/services/webhooks/send-test-delivery";
import { updateWebhook, updateWebhookInput } from "@/server/services/webhooks/update";
import { listWebhookConnectorTriggers } from "@/server/services/webhooks/webhook-connector-triggers";
import { webhookEndpointIdInput } from "@/server/services/webhooks/webhook-inputs";
import { createTRPCRouter, orgProcedure } from "../trpc";

/** Webhook endpoints: a secret comes out once (create, rotateSecret) and only as a masked hint after that. */
export const webhookRouter = createTRPCRouter({
  list: orgProcedure("webhooks.read").query(({ ctx }) => listWebhooks({ ctx: ctx.service })),
  get: orgProcedure("webhooks.read")
    .input(webhookEndpointIdInput)
    .query(({ ctx, input }) => getWebhook({ ctx: ctx.service, input })),
  connectorTriggers: orgProcedure("webhooks.read").query(() => listWebhookConnectorTriggers()),
  create: orgProcedure("webhooks.manage")
    .input(createWebhookInput)
    .mutation(({ ctx, input }) => createWebhook({ ctx: ctx.service, input })),
  update: orgProcedure("webhooks.manage")
    .input(updateWebhookInput)
    .mutation(({ ctx, input }) => updateWebhook({ ctx: ctx.service, input })),
  rotateSecret: orgProcedure("webhooks.manage")
    .input(rotateWebhookSecretInput)
    .mutation(({ ctx, input }) => rotateWebhookSecret({ ctx: ctx.service, input })),
  delete: orgProcedure("webhooks.manage")
    .input(webhookEndpointIdInput)
    .mutation(({ ctx, input }) => deleteWebhook({ ctx: ctx.service, input })),
  deliveries: orgProcedure("webhooks.read")
    .input(listWebhookDeliveriesInput)
    .query(({ ctx, input }) => listWebhookDeliveries({ ctx: ctx.service, input })),
  delivery: orgProcedure("webhooks.read")
    .input(webhookDeliveryInput)
    .query(({ ctx, input }) => getWebhookDelivery({ ctx: ctx.service, input })),
  replayDelivery: orgProcedure("webhooks.manage")
    .input(webhookDeliveryInput)
    .mutation(({ ctx, input }) => replayWebhookDelivery({ ctx: ctx.service, input })),
  sendTest: orgProcedure("webhooks.manage")
    .input(sendTestDeliveryInput)
    .mutation(({ ctx, input }) => sendTestDelivery({ ctx: ctx.service, input })),
});
