import { z } from "zod";

// "." and ".." would be resolved away by URL parsing even when encoded, moving the request to another path.
const notDotSegment = (value: string) => value !== "." && value !== "..";

export const ownerInput = z
  .string()
  .trim()
  .min(1, "give the account or organization that owns the repository")
  .max(100)
  // Enterprise managed users have logins such as octocat_acme, hence the underscore.
  .regex(/^[A-Za-z0-9_-]+$/, "an owner is a GitHub user or organization name: letters, digits, '-' or '_' (without /repo)")
  .meta({ description: "The user or organization that owns the repository (the part before the / in owner/repo)", examples: ["octocat", "vercel"] });

export const repoInput = z
  .string()
  .trim()
  .min(1, "give the repository name")
  .max(100)
  .regex(/^[A-Za-z0-9._-]+$/, "a repository name has letters, digits, '.', '-' or '_' (without the owner/)")
  .refine(notDotSegment, "a repository cannot be named '.' or '..'")
  .meta({ description: "The repository name, without the owner (the part after the / in owner/repo)", examples: ["hello-world", "next.js"] });

export const issueNumberInput = z
  .number()
  .int()
  .min(1)
  .meta({ description: "The issue (or pull request) number shown after # on GitHub", examples: [1347] });

export const perPageInput = z.number().int().min(1).max(100).default(100).meta({ description: "Results per page (GitHub allows at most 100)", examples: [100] });

export const labelNamesInput = z
  .array(z.string().min(1).max(50))
  .meta({ description: "Label names; GitHub creates a label that does not exist yet in the repository", examples: [["bug", "needs triage"]] });

export const loginsInput = z.array(z.string().min(1).max(39)).meta({ description: "GitHub logins of the people to assign (at most 10)", examples: [["octocat"]] });

/** `/docs/README.md` → `docs/README.md`: GitHub's contents paths start at the repository's root, without a slash. */
export const normalizeFilePath = (path: string) => path.replace(/^\/+/, "");

export const filePathInput = z
  .string()
  .trim()
  .min(1, "give the file's path in the repository")
  .refine((path) => normalizeFilePath(path).split("/").every((segment) => segment !== "" && notDotSegment(segment)), "a file path has no empty, '.' or '..' segments (e.g. docs/README.md)")
  .meta({ description: "Path of the file inside the repository, from its root", examples: ["docs/README.md", "CHANGELOG.md"] });

export const refInput = z
  .string()
  .min(1)
  .optional()
  .meta({ description: "Branch, tag or commit SHA to read from; the repository's default branch when empty", examples: ["main", "v1.2.0"] });
