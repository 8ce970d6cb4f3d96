import { z } from "zod";
import { defineTrigger } from "@/core/connectors";
import { githubRequest, repoPath } from "./github-request";
import { ownerInput, repoInput } from "./inputs";
import { issueSchema } from "./schemas";

export const newIssueInput = z.object({
  owner: ownerInput,
  repo: repoInput,
  includePullRequests: z.boolean().default(false).meta({ description: "Also start a run for each new pull request (GitHub lists them among issues)", examples: [false] }),
});

/** Issues asked for per page; a poll that finds a whole page newer than its cursor reads up to MAX_PAGES of them. */
const PER_PAGE = 50;
const MAX_PAGES = 4;

interface Listed {
  item: unknown;
  createdMs: number;
  createdAt: string;
  id: number;
  isPullRequest: boolean;
}

/** The fields the poll sorts and filters by; anything else about the item is left to the output schema. */
function listed(item: unknown): Listed {
  const fields = (typeof item === "object" && item !== null ? item : {}) as { created_at?: unknown; id?: unknown; pull_request?: unknown };
  const createdAt = typeof fields.created_at === "string" ? fields.created_at : "";
  return { item, createdAt, createdMs: Date.parse(createdAt), id: typeof fields.id === "number" ? fields.id : 0, isPullRequest: fields.pull_request != null };
}

/** The cursor is the `created_at` of the newest issue seen (GitHub's ISO 8601, to the second). */
function cursorMs(cursor: string | undefined): number | undefined {
  const ms = cursor === undefined ? Number.NaN : Date.parse(cursor);
  return Number.isNaN(ms) ? undefined : ms;
}

/**
 * New issues in a repository, oldest first: GitHub's issue list sorted by creation, newest first, read until an issue
 * older than the cursor (at most MAX_PAGES pages of PER_PAGE). Issues created in the cursor's second are given again
 * — GitHub's timestamps have whole seconds, so one created just after the last poll in the same second would
 * otherwise be skipped — and dropped by the runtime, which has seen their ids. The first poll's issues are the
 * baseline (no run). A `poll` rather than `request`/`items`: leaving pull requests out depends on the input.
 */
export const newIssue = defineTrigger({
  id: "new_issue",
  name: "New issue",
  description: "Starts a run for each issue opened in a repository (checked every minute); pull requests too when asked.",
  kind: "polling",
  // GitHub allows 5,000 requests an hour per token; one or two a minute per watched repository is far below.
  intervalMs: 60_000,
  input: newIssueInput,
  output: issueSchema,
  async poll(cursor, rawInput, tools) {
    const input = newIssueInput.parse(rawInput);
    const since = cursorMs(cursor);
    const request = githubRequest("GET", repoPath(input.owner, input.repo, "issues"), { query: { state: "all", sort: "created", direction: "desc", per_page: PER_PAGE } });
    const seen: Listed[] = [];
    for await (const page of tools.paginate(request, { maxPages: since === undefined ? 1 : MAX_PAGES })) {
      const issues = page.items.map(listed);
      seen.push(...issues);
      if (since === undefined || issues.some((issue) => !(issue.createdMs >= since))) break;
    }
    const fresh = seen
      .filter((issue) => (since === undefined || issue.createdMs >= since) && (input.includePullRequests || !issue.isPullRequest))
      .sort((a, b) => a.createdMs - b.createdMs || a.id - b.id);
    // Pull requests move the cursor too: they are in the same list, left out or not.
    const newestMs = Math.max(since ?? Number.NEGATIVE_INFINITY, ...seen.map((issue) => issue.createdMs).filter(Number.isFinite));
    const newest = seen.find((issue) => issue.createdMs === newestMs);
    return { items: fresh.map((issue) => issue.item), nextCursor: newest?.createdAt ?? cursor };
  },
  dedupeKey: (item) => String(issueSchema.parse(item).id),
});
