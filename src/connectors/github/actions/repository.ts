import { z } from "zod";
import { defineAction } from "@/core/connectors";
import { fileFromContents } from "../github-errors";
import { contentsPath, definedFields, githubRequest, repoPath } from "../github-request";
import { filePathInput, normalizeFilePath, ownerInput, refInput, repoInput } from "../inputs";
import { commitSummarySchema, fileContentSchema, repositorySchema } from "../schemas";

export const getRepository = defineAction({
  id: "get_repository",
  name: "Get repository",
  description: "Reads a repository: description, visibility, default branch, counts and owner.",
  input: z.object({ owner: ownerInput, repo: repoInput }),
  output: repositorySchema,
  request: ({ owner, repo }) => githubRequest("GET", repoPath(owner, repo)),
});

export const getFile = defineAction({
  id: "get_file",
  name: "Get file",
  description: "Reads a file of a repository (up to 1 MB): its text and its sha, which updating the file needs.",
  input: z.object({ owner: ownerInput, repo: repoInput, path: filePathInput, ref: refInput }),
  output: fileContentSchema.extend({
    content: z.string().meta({ description: "The file's bytes, base64-encoded" }),
    text: z.string().meta({ description: "The file read as UTF-8 text" }),
  }),
  request: ({ owner, repo, path, ref }) => githubRequest("GET", contentsPath(owner, repo, path), { query: { ref } }),
  response: ({ body }, { path }) => fileFromContents(body, normalizeFilePath(path)),
});

const personInput = z.object({
  name: z.string().min(1).meta({ description: "Name shown on the commit", examples: ["Junction Bot"] }),
  email: z.email().meta({ description: "Email shown on the commit", examples: ["bot@example.com"] }),
});

export const createOrUpdateFile = defineAction({
  id: "create_or_update_file",
  name: "Create or update file",
  description: "Commits a file to a branch: creates it, or replaces it when you give the sha of its current version (from Get file).",
  input: z.object({
    owner: ownerInput,
    repo: repoInput,
    path: filePathInput,
    message: z.string().min(1, "write a commit message").meta({ description: "Commit message", examples: ["docs: update the changelog for v2.4.1"] }),
    content: z.string().meta({ description: "The file's new content (text, or base64 with contentEncoding base64)", examples: ["# Changelog\n\n## 2.4.1\n- Fix login on Safari\n"] }),
    contentEncoding: z.enum(["utf8", "base64"]).default("utf8").meta({ description: "How content is written: plain UTF-8 text, or base64 for binary files", examples: ["utf8"] }),
    sha: z
      .string()
      .regex(/^[0-9a-f]{40}(?:[0-9a-f]{24})?$/i, "sha is the 40-character blob sha from Get file")
      .optional()
      .meta({ description: "Needed to update an existing file: the blob sha of its current version (Get file's sha)", examples: ["95b966ae1c166bd92f8ae7d1c313e738c731dfc3"] }),
    branch: z.string().min(1).optional().meta({ description: "Branch to commit to; the repository's default branch when empty", examples: ["main"] }),
    committer: personInput.optional().meta({ description: "Who commits; the connection's user when empty", examples: [{ name: "Junction Bot", email: "bot@example.com" }] }),
  }),
  output: z.looseObject({ content: fileContentSchema.nullable(), commit: commitSummarySchema }),
  request: ({ owner, repo, path, message, content, contentEncoding, sha, branch, committer }) =>
    githubRequest("PUT", contentsPath(owner, repo, path), {
      body: definedFields({
        message,
        content: contentEncoding === "base64" ? content.replace(/\s+/g, "") : Buffer.from(content, "utf8").toString("base64"),
        sha,
        branch,
        committer,
      }),
    }),
});
