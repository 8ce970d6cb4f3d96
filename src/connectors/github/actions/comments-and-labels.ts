import { z } from "zod";
import { defineAction } from "@/core/connectors";
import { definedFields, githubRequest, repoPath } from "../github-request";
import { issueNumberInput, labelNamesInput, ownerInput, repoInput } from "../inputs";
import { issueCommentSchema, labelSchema } from "../schemas";

export const createIssueComment = defineAction({
  id: "create_issue_comment",
  name: "Comment on issue",
  description: "Adds a comment to an issue or a pull request's conversation.",
  input: z.object({
    owner: ownerInput,
    repo: repoInput,
    issueNumber: issueNumberInput,
    body: z.string().min(1, "write the comment").max(65_536).meta({ description: "The comment, in GitHub Markdown", examples: ["Thanks for the report! A fix ships in **v2.4.1**."] }),
  }),
  output: issueCommentSchema,
  request: ({ owner, repo, issueNumber, body }) => githubRequest("POST", repoPath(owner, repo, "issues", issueNumber, "comments"), { body: { body } }),
});

export const addLabels = defineAction({
  id: "add_labels",
  name: "Add labels to issue",
  description: "Adds labels to an issue or pull request, keeping the ones it has; returns all of its labels.",
  input: z.object({
    owner: ownerInput,
    repo: repoInput,
    issueNumber: issueNumberInput,
    labels: labelNamesInput.min(1, "give at least one label"),
  }),
  output: z.array(labelSchema),
  request: ({ owner, repo, issueNumber, labels }) => githubRequest("POST", repoPath(owner, repo, "issues", issueNumber, "labels"), { body: { labels } }),
});

export const createLabel = defineAction({
  id: "create_label",
  name: "Create label",
  description: "Creates a label in a repository.",
  input: z.object({
    owner: ownerInput,
    repo: repoInput,
    name: z.string().min(1).max(50).meta({ description: "Label name (emoji shortcodes such as :bug: work)", examples: ["needs triage"] }),
    // GitHub validates the color itself (and answers 422 with the field), so any text passes here.
    color: z.string().min(1).meta({ description: "Six-digit hex color, with or without the leading #", examples: ["d73a4a", "#0e8a16"] }),
    description: z.string().max(100).optional().meta({ description: "Short description (at most 100 characters)", examples: ["Something isn't working"] }),
  }),
  output: labelSchema,
  request: ({ owner, repo, name, color, description }) =>
    githubRequest("POST", repoPath(owner, repo, "labels"), { body: definedFields({ name, color: color.replace(/^#/, ""), description }) }),
});
