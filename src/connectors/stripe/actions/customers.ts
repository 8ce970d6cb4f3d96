import { z } from "zod";
import { ConnectorActionError, defineAction, maxPagesInput } from "@/core/connectors";
import { customerSchema, listingOf } from "../schemas";
import { expandQuery, formPost, idempotencyKeyInput, listLimitInput, metadataInput, stripeId, unixSecondsInput } from "../stripe-request";

const customerId = stripeId("cus", "customerId").meta({ description: "The customer's id", examples: ["cus_NffrFeUfNV2Hib"] });

export const createCustomer = defineAction({
  id: "create_customer",
  name: "Create customer",
  description: "Create a customer to charge, invoice or subscribe later.",
  input: z.object({
    email: z.email().optional().meta({ description: "The customer's email address (receipts and invoices go there)", examples: ["jenny.rosen@example.com"] }),
    name: z.string().max(256).optional().meta({ description: "Full name or business name", examples: ["Jenny Rosen"] }),
    phone: z.string().max(20).optional().meta({ description: "Phone number", examples: ["+14155552671"] }),
    description: z.string().max(350).optional().meta({ description: "A note shown in the Dashboard", examples: ["Signed up from the pricing page"] }),
    metadata: metadataInput,
    idempotencyKey: idempotencyKeyInput,
  }),
  output: customerSchema,
  request: ({ idempotencyKey, ...fields }, context) => formPost("/v1/customers", fields, idempotencyKey ?? context.idempotencyKey),
});

export const getCustomer = defineAction({
  id: "get_customer",
  name: "Get customer",
  description: "Retrieve a customer by id.",
  input: z.object({
    customerId,
    expand: z
      .array(z.string().min(1))
      .optional()
      .meta({ description: "Related objects to include in full instead of by id", examples: [["invoice_settings.default_payment_method", "subscriptions"]] }),
  }),
  output: customerSchema,
  request: (input) => ({ method: "GET", path: `/v1/customers/${encodeURIComponent(input.customerId)}`, query: expandQuery(input.expand) }),
  response: ({ body }, input) => {
    // Stripe answers 200 for a deleted customer, with only { id, object, deleted: true } left of it.
    if ((body as { deleted?: unknown } | null)?.deleted === true) {
      throw new ConnectorActionError(`Stripe customer ${input.customerId} has been deleted; it can no longer be read or charged. Check the customer id in the step's input.`);
    }
    return body;
  },
});

export const listCustomers = defineAction({
  id: "list_customers",
  name: "List customers",
  description: "Customers, newest first, optionally only those with one email address or created after a time.",
  input: z.object({
    email: z.string().trim().max(512).optional().meta({ description: "Only customers with exactly this email (case-sensitive)", examples: ["jenny.rosen@example.com"] }),
    createdAfter: unixSecondsInput("Only customers created at or after this time"),
    limit: listLimitInput,
    maxPages: maxPagesInput,
  }),
  output: listingOf(customerSchema),
  pagination: true,
  request: (input) => ({ method: "GET", path: "/v1/customers", query: { email: input.email, "created[gte]": input.createdAfter, limit: input.limit } }),
});
