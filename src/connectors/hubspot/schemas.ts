import { z } from "zod";

/** One value of a HubSpot property; HubSpot stores every value as a string and accepts numbers and booleans too. */
const propertyValue = z.union([z.string(), z.number(), z.boolean()]);

export const propertiesInput = z.record(z.string().min(1), propertyValue).meta({
  description: "HubSpot properties by internal name (Settings → Properties shows each property's internal name)",
  examples: [{ lifecyclestage: "lead", jobtitle: "Head of Operations", hs_lead_status: "NEW" }],
});

export const propertyNamesInput = z
  .array(z.string().min(1))
  .max(100)
  .optional()
  .meta({
    description: "Properties to return, by internal name; without it HubSpot returns its default set (email, firstname, lastname, createdate, lastmodifieddate)",
    examples: [["email", "firstname", "lastname", "phone", "company", "lifecyclestage"]],
  });

export const contactIdInput = z.string().min(1, "give the contact's id (or its email with idProperty \"email\")").meta({
  description: "The contact's record id (hs_object_id), or the value of the unique property named in idProperty",
  examples: ["85412367501", "ada@example.com"],
});

export const idPropertyInput = z.string().min(1).optional().meta({
  description: "Look the contact up by this unique property instead of its record id, e.g. email",
  examples: ["email"],
});

/**
 * A CRM object as HubSpot v3 returns it (contacts, deals): property values are strings or null. Other fields
 * (associations, propertiesWithHistory) are kept.
 */
export const crmObjectSchema = z.looseObject({
  id: z.string(),
  properties: z.record(z.string(), z.string().nullable()),
  createdAt: z.string(),
  updatedAt: z.string(),
  archived: z.boolean().optional(),
});

export type CrmObject = z.output<typeof crmObjectSchema>;

/** Comma-separated, as HubSpot's GET endpoints take `properties` and `associations`. */
export function commaList(values: readonly string[] | undefined): string | undefined {
  return values && values.length > 0 ? values.join(",") : undefined;
}
