import { z } from "zod";
import { defineAction, maxPagesInput } from "@/core/connectors";
import { definedFields, githubRequest, repoPath } from "../github-request";
import { issueNumberInput, labelNamesInput, loginsInput, ownerInput, perPageInput, repoInput } from "../inputs";
import { issueSchema } from "../schemas";

const milestoneInput = z.number().int().min(1).optional().meta({ description: "Number of the milestone to put the issue in", examples: [3] });

export const createIssue = defineAction({
  id: "create_issue",
  name: "Create issue",
  description: "Opens an issue in a repository. Labels, assignees and milestone need push access; GitHub silently drops them otherwise.",
  input: z.object({
    owner: ownerInput,
    repo: repoInput,
    title: z.string().min(1, "give the issue a title").max(256).meta({ description: "Title of the issue", examples: ["Login button does nothing on Safari 17"] }),
    body: z.string().optional().meta({ description: "Text of the issue, in GitHub Markdown", examples: ["Steps to reproduce:\n1. Open /login\n2. Click **Sign in**"] }),
    labels: labelNamesInput.optional(),
    assignees: loginsInput.optional(),
    milestone: milestoneInput,
  }),
  output: issueSchema,
  request: ({ owner, repo, ...fields }) => githubRequest("POST", repoPath(owner, repo, "issues"), { body: definedFields(fields) }),
});

export const getIssue = defineAction({
  id: "get_issue",
  name: "Get issue",
  description: "Reads one issue (or pull request, as an issue) by its number.",
  input: z.object({ owner: ownerInput, repo: repoInput, issueNumber: issueNumberInput }),
  output: issueSchema,
  request: ({ owner, repo, issueNumber }) => githubRequest("GET", repoPath(owner, repo, "issues", issueNumber)),
});

export const updateIssue = defineAction({
  id: "update_issue",
  name: "Update issue",
  description: "Changes an issue's title, body, state, labels or assignees; close it with state closed and a reason.",
  input: z
    .object({
      owner: ownerInput,
      repo: repoInput,
      issueNumber: issueNumberInput,
      title: z.string().min(1).max(256).optional().meta({ description: "New title", examples: ["Login button does nothing on Safari 17.2"] }),
      body: z.string().optional().meta({ description: "New text, in GitHub Markdown (replaces the old text)", examples: ["Fixed by #1350."] }),
      state: z.enum(["open", "closed"]).optional().meta({ description: "Open or close the issue", examples: ["closed"] }),
      stateReason: z.enum(["completed", "not_planned", "duplicate", "reopened"]).optional().meta({ description: "Why the state changed (with state)", examples: ["completed"] }),
      labels: labelNamesInput.optional().meta({ description: "Replaces all of the issue's labels with these names", examples: [["bug", "fixed"]] }),
      assignees: loginsInput.optional().meta({ description: "Replaces the assignees with these logins ([] removes them all)", examples: [["octocat"]] }),
      milestone: milestoneInput,
    })
    .refine((input) => [input.title, input.body, input.state, input.stateReason, input.labels, input.assignees, input.milestone].some((v) => v !== undefined), {
      message: "give at least one field to change (title, body, state, labels, assignees or milestone)",
    }),
  output: issueSchema,
  request: ({ owner, repo, issueNumber, stateReason, ...fields }) =>
    githubRequest("PATCH", repoPath(owner, repo, "issues", issueNumber), { body: definedFields({ ...fields, state_reason: stateReason }) }),
});

export const listIssues = defineAction({
  id: "list_issues",
  name: "List issues",
  description: "Lists a repository's issues, newest first, walking GitHub's pages. GitHub counts pull requests as issues; leave them out with excludePullRequests.",
  input: z.object({
    owner: ownerInput,
    repo: repoInput,
    state: z.enum(["open", "closed", "all"]).optional().meta({ description: "Which issues: open (GitHub's default), closed or all", examples: ["open"] }),
    labels: labelNamesInput.optional().meta({ description: "Only issues that have all of these labels", examples: [["bug"]] }),
    assignee: z.string().min(1).optional().meta({ description: "Only issues assigned to this login; `none` for unassigned, `*` for any", examples: ["octocat"] }),
    creator: z.string().min(1).optional().meta({ description: "Only issues opened by this login", examples: ["octocat"] }),
    sort: z.enum(["created", "updated", "comments"]).optional().meta({ description: "Sort by (created by default)", examples: ["updated"] }),
    direction: z.enum(["asc", "desc"]).optional().meta({ description: "Sort direction (desc by default)", examples: ["desc"] }),
    since: z.iso.datetime().optional().meta({ description: "Only issues updated at or after this time (ISO 8601)", examples: ["2024-05-01T00:00:00Z"] }),
    excludePullRequests: z.boolean().default(false).meta({ description: "Leave pull requests out of the list", examples: [true] }),
    perPage: perPageInput,
    maxPages: maxPagesInput,
  }),
  output: z.object({ issues: z.array(issueSchema), pages: z.number(), hasMore: z.boolean() }),
  pagination: true,
  request: (input) =>
    githubRequest("GET", repoPath(input.owner, input.repo, "issues"), {
      query: {
        state: input.state,
        labels: input.labels?.join(","),
        assignee: input.assignee,
        creator: input.creator,
        sort: input.sort,
        direction: input.direction,
        since: input.since,
        per_page: input.perPage,
      },
    }),
  pages: ({ items, pages, hasMore }, input) => ({
    issues: input.excludePullRequests ? items.filter((item) => !(typeof item === "object" && item !== null && "pull_request" in item)) : items,
    pages,
    hasMore,
  }),
});
