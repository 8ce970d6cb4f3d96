import { z } from "zod";
import { defineAction, type ActionRunTools } from "@/core/connectors";
import { needsPropertyTypes, propertiesInput, propertyTypesOf, toNotionProperties } from "../property-values";
import { notionIdInput, notionRequest, seg } from "../notion-request";
import { MAX_BLOCKS, paragraphBlocks } from "../rich-text";
import { pageSchema } from "../schemas";

const iconInput = z.string().min(1).optional().meta({ description: "An emoji to use as the page's icon", examples: ["🛒"] });
const emojiIcon = (emoji: string | undefined) => (emoji ? { icon: { type: "emoji", emoji } } : {});

/** Reads the property types (one GET) only when some value is plain and must be converted. */
async function resolveProperties(tools: ActionRunTools, values: Record<string, unknown>, typesPath: string, where: string) {
  if (!needsPropertyTypes(values)) return values;
  const { body } = await tools.request(notionRequest({ method: "GET", path: typesPath }));
  return toNotionProperties(values, propertyTypesOf(body), where);
}

export const getPage = defineAction({
  id: "get_page",
  name: "Get page",
  description: "Read a page and its property values (not its content blocks).",
  input: z.object({ pageId: notionIdInput("Page", "59833787-2cf9-4fdf-8782-e53db20768a5") }),
  output: pageSchema,
  request: (input) => notionRequest({ method: "GET", path: `/v1/pages/${seg(input.pageId)}` }),
});

export const createDatabaseItem = defineAction({
  id: "create_database_item",
  name: "Create database item",
  description: "Add a page (a row) to a database, with property values and optional text content.",
  input: z.object({
    databaseId: notionIdInput("Database", "d9824bdc-8445-4327-be8b-5b47500af6ce"),
    properties: propertiesInput,
    content: z
      .string()
      .optional()
      .refine((text) => text === undefined || paragraphBlocks(text).length <= MAX_BLOCKS, `Notion takes at most ${MAX_BLOCKS} paragraphs at once`)
      .meta({ description: "Text of the page's body; a blank line starts a new paragraph", examples: ["2 litres, semi-skimmed.\n\nFrom the corner shop."] }),
    icon: iconInput,
  }),
  output: pageSchema,
  run: async (input, tools) => {
    const properties = await resolveProperties(tools, input.properties, `/v1/databases/${seg(input.databaseId)}`, `The database ${input.databaseId}`);
    const children = input.content ? paragraphBlocks(input.content) : [];
    const body = { parent: { database_id: input.databaseId }, ...emojiIcon(input.icon), properties, ...(children.length ? { children } : {}) };
    return (await tools.request(notionRequest({ method: "POST", path: "/v1/pages", body }))).body;
  },
});

export const updatePage = defineAction({
  id: "update_page",
  name: "Update page",
  description: "Change a page's property values or icon, or archive (trash) it or bring it back.",
  input: z
    .object({
      pageId: notionIdInput("Page", "59833787-2cf9-4fdf-8782-e53db20768a5"),
      properties: propertiesInput.default({}),
      archived: z.boolean().optional().meta({ description: "true moves the page to the trash, false restores it", examples: [true] }),
      icon: iconInput,
    })
    .refine((input) => Object.keys(input.properties).length > 0 || input.archived !== undefined || input.icon !== undefined, {
      message: "give properties to change, an icon, or archived",
    }),
  output: pageSchema,
  run: async (input, tools) => {
    const path = `/v1/pages/${seg(input.pageId)}`;
    // A page's own properties carry their types, so plain values are converted from the page itself.
    const properties = await resolveProperties(tools, input.properties, path, `The page ${input.pageId}`);
    const body = { ...(Object.keys(properties).length ? { properties } : {}), ...(input.archived !== undefined ? { archived: input.archived } : {}), ...emojiIcon(input.icon) };
    return (await tools.request(notionRequest({ method: "PATCH", path, body }))).body;
  },
});
