import { z } from "zod";
import { defineAction } from "@/core/connectors";
import { crmObjectSchema, propertiesInput } from "../schemas";

/** HubSpot-defined association type 3: deal → contact (the reverse direction, contact → deal, is 4). */
const DEAL_TO_CONTACT = { associationCategory: "HUBSPOT_DEFINED", associationTypeId: 3 } as const;

export const createDeal = defineAction({
  id: "create_deal",
  name: "Create deal",
  description: "Create a deal in a pipeline stage, optionally associated with a contact.",
  input: z.object({
    dealname: z.string().min(1, "give the deal a name").meta({ description: "The deal's name", examples: ["Analytical Engines – annual plan"] }),
    dealstage: z.string().min(1).meta({ description: "Internal id of the pipeline stage (Settings → Objects → Deals → Pipelines)", examples: ["appointmentscheduled", "qualifiedtobuy"] }),
    pipeline: z.string().min(1).default("default").meta({ description: "Internal id of the pipeline", examples: ["default"] }),
    amount: z.union([z.number(), z.string().regex(/^-?\d+(\.\d+)?$/, "amount must be a number")]).optional().meta({ description: "The deal's value", examples: [12500] }),
    closedate: z.string().min(1).optional().meta({ description: "Expected close date (ISO 8601)", examples: ["2026-03-31T12:00:00.000Z"] }),
    hubspot_owner_id: z.string().min(1).optional().meta({ description: "Owner's id (Settings → Users & Teams)", examples: ["31415926"] }),
    contactId: z.string().regex(/^\d+$/, "contactId must be a contact's numeric record id").optional().meta({ description: "Record id of a contact to associate the deal with", examples: ["85412367501"] }),
    properties: propertiesInput.default({}),
  }),
  output: crmObjectSchema,
  request: ({ contactId, properties, ...named }) => ({
    method: "POST",
    path: "/crm/v3/objects/deals",
    body: {
      properties: { ...properties, ...Object.fromEntries(Object.entries(named).filter(([, value]) => value !== undefined)) },
      ...(contactId ? { associations: [{ to: { id: contactId }, types: [DEAL_TO_CONTACT] }] } : {}),
    },
  }),
});
