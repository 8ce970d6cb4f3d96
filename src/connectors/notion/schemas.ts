import { z } from "zod";

const userRef = z.looseObject({ object: z.literal("user"), id: z.string() });
const parent = z.looseObject({ type: z.string() });

/** A page as Notion returns it; each property holds `{ id, type, <type>: value }`. */
export const pageSchema = z.looseObject({
  object: z.literal("page"),
  id: z.string(),
  created_time: z.string(),
  last_edited_time: z.string(),
  created_by: userRef.optional(),
  last_edited_by: userRef.optional(),
  archived: z.boolean(),
  parent,
  properties: z.record(z.string(), z.looseObject({ id: z.string(), type: z.string() })),
  url: z.string(),
});

export const databaseSchema = z.looseObject({
  object: z.literal("database"),
  id: z.string(),
  created_time: z.string(),
  last_edited_time: z.string(),
  title: z.array(z.looseObject({ plain_text: z.string() })),
  archived: z.boolean(),
  parent,
  properties: z.record(z.string(), z.looseObject({ id: z.string(), name: z.string(), type: z.string() })),
  url: z.string(),
});

export const pageOrDatabaseSchema = z.discriminatedUnion("object", [pageSchema, databaseSchema]);
export type PageOrDatabase = z.output<typeof pageOrDatabaseSchema>;

export const blockSchema = z.looseObject({
  object: z.literal("block"),
  id: z.string(),
  type: z.string(),
  has_children: z.boolean(),
  created_time: z.string(),
  last_edited_time: z.string(),
  archived: z.boolean(),
});

/** One answer of a Notion list endpoint. */
export const listSchema = <T extends z.ZodType>(item: T) =>
  z.looseObject({ object: z.literal("list"), results: z.array(item), next_cursor: z.string().nullable(), has_more: z.boolean() });

/** The items of every page a listing action walked. */
export const collectedSchema = <T extends z.ZodType>(item: T) =>
  z.object({
    results: z.array(item),
    pages: z.number().int().meta({ description: "API pages fetched" }),
    hasMore: z.boolean().meta({ description: "Notion has more results than maxPages let through" }),
  });

export const pageSizeInput = z.number().int().min(1).max(100).default(100).meta({ description: "Results per API page (Notion allows at most 100)", examples: [100] });
