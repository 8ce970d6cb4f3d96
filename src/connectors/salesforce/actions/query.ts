import { z } from "zod";
import { ConnectorActionError, defineAction, maxPagesInput } from "@/core/connectors";
import { dataPath } from "../api";
import { queryPageSchema, recordSchema } from "../schemas";

const input = z.object({
  soql: z
    .string()
    .trim()
    .min(1, "write the SOQL query")
    .refine((soql) => /^select\s/i.test(soql), { error: "a SOQL query starts with SELECT (e.g. SELECT Id, Name FROM Account); searches with FIND are SOSL, which this action does not run" })
    .meta({ description: "The SOQL query, run as written", examples: ["SELECT Id, Name, Industry FROM Account WHERE CreatedDate = LAST_N_DAYS:7 ORDER BY CreatedDate DESC"] }),
  includeDeleted: z.boolean().default(false).meta({ description: "Also return deleted (in the Recycle Bin) and archived records (queryAll)", examples: [false] }),
  batchSize: z.number().int().min(200).max(2000).optional().meta({ description: "Records per page (200–2000); Salesforce may return fewer", examples: [500] }),
  maxPages: maxPagesInput,
});

const output = z.object({
  records: z.array(recordSchema),
  totalSize: z.number().int().meta({ description: "How many records match, all pages together" }),
  done: z.boolean().meta({ description: "false when maxPages stopped the walk before the last page" }),
  pages: z.number().int(),
});

/** SOQL through /query (or /queryAll), following `nextRecordsUrl` page by page up to `maxPages`. */
export const queryAction = defineAction({
  id: "query",
  name: "Run SOQL query",
  description: "Run a SOQL query and return the matching records, walking the result pages.",
  input,
  output,
  async run(input, tools) {
    const request = {
      method: "GET" as const,
      path: dataPath(input.includeDeleted ? "queryAll" : "query"),
      query: { q: input.soql },
      ...(input.batchSize ? { headers: { "sforce-query-options": `batchSize=${input.batchSize}` } } : {}),
    };
    const records: unknown[] = [];
    let totalSize = 0;
    let pages = 0;
    let done = true;
    for await (const page of tools.paginate(request, { maxPages: input.maxPages })) {
      const body = queryPageSchema.safeParse(page.response.body);
      if (!body.success) throw new ConnectorActionError(`Salesforce answered page ${page.number} of the query without a records list; check that the instance URL points at a Salesforce org.`);
      if (page.number === 1) totalSize = body.data.totalSize;
      records.push(...body.data.records);
      pages = page.number;
      done = !page.hasMore;
    }
    return { records, totalSize, done, pages };
  },
});
