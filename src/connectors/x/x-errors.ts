import { ConnectorActionError } from "@/core/connectors";

interface XProblem {
  title?: unknown;
  detail?: unknown;
  message?: unknown;
}

const MAX_LISTED = 3;

/** The problems of an X `errors` array, as one line: "Could not find user with username: [nobody]. (Not Found Error)". */
export function xProblemsText(errors: unknown): string | undefined {
  if (!Array.isArray(errors) || errors.length === 0) return undefined;
  const listed = (errors as XProblem[]).slice(0, MAX_LISTED).map((problem) => {
    const detail = typeof problem?.detail === "string" ? problem.detail : typeof problem?.message === "string" ? problem.message : JSON.stringify(problem);
    return typeof problem?.title === "string" ? `${detail} (${problem.title})` : detail;
  });
  const more = errors.length > MAX_LISTED ? ` … and ${errors.length - MAX_LISTED} more` : "";
  return `${listed.join("; ")}${more}`;
}

function field(body: unknown, key: string): unknown {
  return typeof body === "object" && body !== null ? (body as Record<string, unknown>)[key] : undefined;
}

/**
 * X answers 200 with an `errors` array and no `data` when the thing asked for is missing (an unknown user, a
 * deleted post, a suspended account): that is a failed step with X's own words, not an empty success. Errors
 * next to `data` are partial (an expansion that could not be filled) and are left in the output.
 */
export function throwOnXErrors(body: unknown, hint: string): void {
  if (field(body, "data") !== undefined) return;
  const problems = xProblemsText(field(body, "errors"));
  if (problems) throw new ConnectorActionError(`X answered with an error: ${problems}. ${hint}`);
}

/** An answer that must carry `data` (a lookup, a created post). */
export function requireXData(body: unknown, hint: string): unknown {
  throwOnXErrors(body, hint);
  if (field(body, "data") === undefined) throw new ConnectorActionError(`X answered without "data". ${hint}`);
  return body;
}
