import { z } from "zod";
import { defineAction, maxPagesInput, type CollectedPages } from "@/core/connectors";
import { commaList, crmObjectSchema, propertyNamesInput } from "../schemas";
import { CONTACTS_SEARCH_PATH, SEARCH_PAGINATION, searchInputFields, searchBody } from "../search";

const contactsPageOutput = z.object({
  contacts: z.array(crmObjectSchema),
  pages: z.number().int().meta({ description: "Pages fetched" }),
  hasMore: z.boolean().meta({ description: "HubSpot has more contacts than maxPages let through" }),
});

export const listContacts = defineAction({
  id: "list_contacts",
  name: "List contacts",
  description: "List contacts page by page (oldest first), up to maxPages pages.",
  input: z.object({
    limit: z.number().int().min(1).max(100).default(100).meta({ description: "Contacts per page (HubSpot allows at most 100)", examples: [100] }),
    properties: propertyNamesInput,
    archived: z.boolean().default(false).meta({ description: "List archived (deleted) contacts instead", examples: [false] }),
    maxPages: maxPagesInput,
  }),
  output: contactsPageOutput,
  pagination: true,
  request: (input) => ({
    method: "GET",
    path: "/crm/v3/objects/contacts",
    query: { limit: input.limit, properties: commaList(input.properties), archived: input.archived },
  }),
  pages: ({ items, pages, hasMore }: CollectedPages) => ({ contacts: items, pages, hasMore }),
});

export const searchContacts = defineAction({
  id: "search_contacts",
  name: "Search contacts",
  description: "Find contacts by filters (AND within a group, OR between groups) and/or free text, walking the result pages.",
  input: z.object({ ...searchInputFields, maxPages: maxPagesInput }),
  output: contactsPageOutput.extend({ total: z.number().int().optional().meta({ description: "How many contacts match in all" }) }),
  // A run action: the output also carries HubSpot's `total`, which only the first answer's body holds.
  run: async (input, tools) => {
    const result = { total: undefined as number | undefined, contacts: [] as unknown[], pages: 0, hasMore: false };
    const request = { method: "POST" as const, path: CONTACTS_SEARCH_PATH, body: searchBody(input) };
    for await (const page of tools.paginate(request, { pagination: SEARCH_PAGINATION, maxPages: input.maxPages })) {
      if (page.number === 1) result.total = totalOf(page.response.body);
      result.contacts.push(...page.items);
      result.pages = page.number;
      result.hasMore = page.hasMore;
    }
    return result;
  },
});

function totalOf(body: unknown): number | undefined {
  const total = typeof body === "object" && body !== null ? (body as { total?: unknown }).total : undefined;
  return typeof total === "number" ? total : undefined;
}
