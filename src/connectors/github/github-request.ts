import type { ConnectorRequest } from "@/core/connectors";
import { normalizeFilePath } from "./inputs";

/** GitHub asks every REST call to name the media type and the API version it was written against. */
export const GITHUB_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  accept: "application/vnd.github+json",
  "x-github-api-version": "2022-11-28",
});

/** A request to the GitHub REST API with GitHub's headers; `query` values left undefined are not sent. */
export function githubRequest(method: ConnectorRequest["method"], path: string, options: Pick<ConnectorRequest, "query" | "body"> = {}): ConnectorRequest {
  return {
    method,
    path,
    headers: { ...GITHUB_HEADERS },
    ...(options.query ? { query: options.query } : {}),
    ...(options.body !== undefined ? { body: options.body } : {}),
  };
}

/** `/repos/{owner}/{repo}` followed by `rest`, every segment encoded so an input cannot add or change one. */
export function repoPath(owner: string, repo: string, ...rest: (string | number)[]): string {
  return ["", "repos", owner, repo, ...rest.map(String)].map((segment, index) => (index === 0 ? "" : encodeURIComponent(segment))).join("/");
}

/** A file path inside a repository (`docs/README.md`): each segment encoded, the slashes between them kept. */
export function contentsPath(owner: string, repo: string, filePath: string): string {
  return `${repoPath(owner, repo, "contents")}/${normalizeFilePath(filePath).split("/").map(encodeURIComponent).join("/")}`;
}

/** Drops the keys whose value is undefined, so a JSON body carries only the fields the user gave. */
export function definedFields<T extends Record<string, unknown>>(fields: T): Partial<T> {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as Partial<T>;
}
