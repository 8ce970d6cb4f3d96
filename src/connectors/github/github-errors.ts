import { z } from "zod";
import { ConnectorActionError } from "@/core/connectors";
import { fileContentSchema } from "./schemas";

const contentsAnswer = fileContentSchema.extend({ content: z.string().optional(), encoding: z.string().optional() });

export type GithubFile = z.output<typeof contentsAnswer> & { text: string };

/**
 * GitHub's contents API answers 200 for what is not a readable file: a directory (a list), a symlink or submodule,
 * or a file over 1 MB (`encoding: "none"`, empty content). Each becomes a message saying what to do instead.
 */
export function fileFromContents(body: unknown, path: string): GithubFile {
  if (Array.isArray(body)) {
    throw new ConnectorActionError(`"${path}" is a directory in the repository, not a file; give the path of a file inside it (e.g. ${path}/README.md).`);
  }
  const parsed = contentsAnswer.safeParse(body);
  if (!parsed.success) throw new ConnectorActionError(`GitHub answered for "${path}", but not with a file's contents; check the path.`);
  const file = parsed.data;
  if (file.type !== "file") {
    throw new ConnectorActionError(`"${path}" is a ${file.type} in the repository, not a file; give the path of a regular file.`);
  }
  if (file.encoding !== "base64" || file.content === undefined) {
    throw new ConnectorActionError(
      `"${path}" is ${file.size} bytes, too large for GitHub's contents API to send (it sends files up to 1 MB); download it from ${file.download_url ?? "its raw URL"} instead.`,
    );
  }
  // GitHub wraps the base64 text at 60 characters; Buffer ignores the line breaks.
  return { ...file, text: Buffer.from(file.content, "base64").toString("utf8") };
}
