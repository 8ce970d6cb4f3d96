import { z } from "zod";
import { defineAction } from "@/core/connectors";
import { commaList, contactIdInput, crmObjectSchema, idPropertyInput, propertiesInput, propertyNamesInput } from "../schemas";

const CONTACTS_PATH = "/crm/v3/objects/contacts";

const optionalText = (description: string, example: string) => z.string().min(1).optional().meta({ description, examples: [example] });

export const createContact = defineAction({
  id: "create_contact",
  name: "Create contact",
  description: "Create a contact. HubSpot refuses (409) an email that another contact already has.",
  input: z
    .object({
      email: z.email("email must be an email address").optional().meta({ description: "The contact's email (unique in HubSpot)", examples: ["ada@example.com"] }),
      firstname: optionalText("First name", "Ada"),
      lastname: optionalText("Last name", "Lovelace"),
      phone: optionalText("Phone number", "+44 20 7946 0958"),
      company: optionalText("Company name (a text property, not an association)", "Analytical Engines Ltd"),
      properties: propertiesInput.default({}),
    })
    .refine((input) => input.email || input.firstname || input.lastname || input.phone || input.company || Object.keys(input.properties).length > 0, {
      message: "give at least one property of the contact (an email, a name, or properties)",
    }),
  output: crmObjectSchema,
  request: ({ properties, ...named }) => ({
    method: "POST",
    path: CONTACTS_PATH,
    // The named fields are HubSpot properties too; they win over the same name in `properties`.
    body: { properties: { ...properties, ...Object.fromEntries(Object.entries(named).filter(([, value]) => value !== undefined)) } },
  }),
});

export const updateContact = defineAction({
  id: "update_contact",
  name: "Update contact",
  description: "Change properties of a contact, found by record id or by a unique property such as email.",
  input: z.object({
    contactId: contactIdInput,
    idProperty: idPropertyInput,
    properties: propertiesInput.refine((properties) => Object.keys(properties).length > 0, "give at least one property to change"),
  }),
  output: crmObjectSchema,
  request: (input) => ({
    method: "PATCH",
    path: `${CONTACTS_PATH}/${encodeURIComponent(input.contactId)}`,
    query: { idProperty: input.idProperty },
    body: { properties: input.properties },
  }),
});

export const getContact = defineAction({
  id: "get_contact",
  name: "Get contact",
  description: "Read one contact with the properties (and associations) you name.",
  input: z.object({
    contactId: contactIdInput,
    idProperty: idPropertyInput,
    properties: propertyNamesInput,
    associations: z
      .array(z.string().min(1))
      .optional()
      .meta({ description: "Object types whose associated record ids to include", examples: [["deals", "companies"]] }),
  }),
  output: crmObjectSchema,
  request: (input) => ({
    method: "GET",
    path: `${CONTACTS_PATH}/${encodeURIComponent(input.contactId)}`,
    query: { properties: commaList(input.properties), associations: commaList(input.associations), idProperty: input.idProperty },
  }),
});
