import { z } from "zod";

/**
 * Output shapes of the GitHub REST API: the fields a workflow usually reads are declared, every other field of
 * GitHub's answer passes through (loose objects), so a step keeps the API's full answer.
 */
export const githubUserSchema = z.looseObject({
  login: z.string(),
  id: z.number(),
  html_url: z.string().optional(),
  type: z.string().optional(),
});

export const labelSchema = z.looseObject({
  id: z.number(),
  name: z.string(),
  color: z.string().nullable().optional(),
  description: z.string().nullable().optional(),
  default: z.boolean().optional(),
});

export const issueSchema = z.looseObject({
  id: z.number(),
  node_id: z.string(),
  number: z.number(),
  title: z.string(),
  state: z.string(),
  state_reason: z.string().nullable().optional(),
  html_url: z.string(),
  url: z.string(),
  body: z.string().nullable().optional(),
  user: githubUserSchema.nullable(),
  // GitHub documents labels as either names or label objects.
  labels: z.array(z.union([z.string(), labelSchema])),
  assignees: z.array(githubUserSchema).nullable().optional(),
  comments: z.number(),
  created_at: z.string(),
  updated_at: z.string(),
  closed_at: z.string().nullable(),
  pull_request: z.looseObject({ url: z.string() }).optional(),
});

export const issueCommentSchema = z.looseObject({
  id: z.number(),
  node_id: z.string(),
  body: z.string().optional(),
  html_url: z.string(),
  issue_url: z.string(),
  user: githubUserSchema.nullable(),
  created_at: z.string(),
  updated_at: z.string(),
});

export const repositorySchema = z.looseObject({
  id: z.number(),
  node_id: z.string(),
  name: z.string(),
  full_name: z.string(),
  private: z.boolean(),
  owner: githubUserSchema,
  html_url: z.string(),
  description: z.string().nullable(),
  fork: z.boolean(),
  default_branch: z.string(),
  visibility: z.string().optional(),
  archived: z.boolean().optional(),
  open_issues_count: z.number().optional(),
  stargazers_count: z.number().optional(),
  created_at: z.string().nullable().optional(),
  pushed_at: z.string().nullable().optional(),
});

export const fileContentSchema = z.looseObject({
  type: z.string(),
  name: z.string(),
  path: z.string(),
  sha: z.string(),
  size: z.number(),
  html_url: z.string().nullable(),
  download_url: z.string().nullable(),
});

export const commitSummarySchema = z.looseObject({
  sha: z.string(),
  html_url: z.string().optional(),
  message: z.string().optional(),
});
