import { z } from "zod";
import { defineAction } from "@/core/connectors";
import { githubRequest } from "../github-request";
import { issueSchema } from "../schemas";

export const searchIssues = defineAction({
  id: "search_issues",
  name: "Search issues and pull requests",
  description: "Finds issues and pull requests with GitHub's search syntax (one page of at most 100 results; the search API is limited to 30 requests a minute).",
  input: z.object({
    q: z
      .string()
      .min(1, "write a search query")
      .max(256)
      .meta({ description: "Search terms and qualifiers, as in GitHub's search box", examples: ["repo:vercel/next.js is:issue is:open label:bug", "crash in:title author:octocat"] }),
    sort: z
      .enum(["comments", "reactions", "interactions", "created", "updated"])
      .optional()
      .meta({ description: "Sort by this instead of best match", examples: ["created"] }),
    order: z.enum(["desc", "asc"]).optional().meta({ description: "Sort order, with sort (desc by default)", examples: ["desc"] }),
    perPage: z.number().int().min(1).max(100).optional().meta({ description: "Results per page (30 by default, at most 100)", examples: [50] }),
    page: z.number().int().min(1).max(10).optional().meta({ description: "Which page of results (search returns at most 1,000 results)", examples: [2] }),
  }),
  output: z.looseObject({
    total_count: z.number(),
    // True when GitHub's search timed out and the results may be missing matches.
    incomplete_results: z.boolean(),
    items: z.array(issueSchema.extend({ score: z.number().optional() })),
  }),
  request: ({ q, sort, order, perPage, page }) => githubRequest("GET", "/search/issues", { query: { q, sort, order, per_page: perPage, page } }),
});
