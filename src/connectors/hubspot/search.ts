import { z } from "zod";
import type { PaginationStyleInput } from "@/core/http/pagination-style";
import { propertyNamesInput } from "./schemas";

export const CONTACTS_SEARCH_PATH = "/crm/v3/objects/contacts/search";

/** The search endpoint takes its cursor in the JSON body (`after`), not in the query like the GET listings. */
export const SEARCH_PAGINATION: PaginationStyleInput = { type: "cursor", cursorPath: "paging.next.after", cursorParam: "after", cursorIn: "body", itemsPath: "results" };

const OPERATORS = ["EQ", "NEQ", "LT", "LTE", "GT", "GTE", "BETWEEN", "IN", "NOT_IN", "HAS_PROPERTY", "NOT_HAS_PROPERTY", "CONTAINS_TOKEN", "NOT_CONTAINS_TOKEN"] as const;
const scalar = z.union([z.string(), z.number(), z.boolean()]);

const filterSchema = z
  .object({
    propertyName: z.string().min(1).meta({ description: "Internal name of the property to compare", examples: ["lifecyclestage"] }),
    operator: z.enum(OPERATORS).meta({ description: "How to compare; dates compare as millisecond timestamps", examples: ["EQ"] }),
    value: scalar.optional().meta({ description: "The value to compare with (all operators but IN, NOT_IN and the HAS_PROPERTY ones)", examples: ["lead"] }),
    highValue: scalar.optional().meta({ description: "Upper bound of BETWEEN", examples: ["1767225600000"] }),
    values: z.array(scalar).optional().meta({ description: "The values of IN / NOT_IN", examples: [["lead", "subscriber"]] }),
  })
  .superRefine((filter, ctx) => {
    const needs = (field: "value" | "highValue" | "values") => {
      if (filter[field] === undefined) ctx.addIssue({ code: "custom", path: [field], message: `${filter.operator} on ${filter.propertyName} needs "${field}"` });
    };
    if (filter.operator === "IN" || filter.operator === "NOT_IN") needs("values");
    else if (filter.operator === "BETWEEN") {
      needs("value");
      needs("highValue");
    }
    else if (filter.operator !== "HAS_PROPERTY" && filter.operator !== "NOT_HAS_PROPERTY") needs("value");
  });

export const searchInputFields = {
  query: z.string().min(1).optional().meta({ description: "Free text searched in the default text properties (name, email, phone, company)", examples: ["lovelace"] }),
  filterGroups: z
    .array(z.object({ filters: z.array(filterSchema).min(1).max(6).meta({ description: "Filters that must all match (at most 6)" }) }))
    .max(5, "HubSpot takes at most 5 filter groups")
    .default([])
    .meta({
      description: "A contact matches when every filter of at least one group matches (at most 5 groups, 18 filters in all)",
      examples: [[{ filters: [{ propertyName: "lifecyclestage", operator: "EQ", value: "lead" }, { propertyName: "createdate", operator: "GTE", value: "1735689600000" }] }]],
    }),
  sorts: z
    .array(z.object({ propertyName: z.string().min(1), direction: z.enum(["ASCENDING", "DESCENDING"]) }))
    .max(1, "HubSpot sorts a search by one property only")
    .default([])
    .meta({ description: "Sort by one property", examples: [[{ propertyName: "createdate", direction: "DESCENDING" }]] }),
  properties: propertyNamesInput,
  limit: z.number().int().min(1).max(200).default(100).meta({ description: "Contacts per page (HubSpot allows at most 200)", examples: [100] }),
};

type SearchFields = z.output<z.ZodObject<typeof searchInputFields>>;

/** The JSON body of a contacts search (its first page; the paginator adds `after`). */
export function searchBody(input: SearchFields): Record<string, unknown> {
  return {
    filterGroups: input.filterGroups,
    sorts: input.sorts,
    ...(input.query ? { query: input.query } : {}),
    ...(input.properties ? { properties: input.properties } : {}),
    limit: input.limit,
  };
}
