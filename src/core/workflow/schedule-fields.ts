import { Cron } from "croner";
import { z } from "zod";

/** Whether the runtime knows an IANA time zone; Intl throws a RangeError for unknown ones. */
export function isValidTimezone(timezone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: timezone });
    return true;
  } catch {
    return false;
  }
}

/** Why a cron pattern is unusable for a schedule, or undefined when it is fine. */
export function cronProblem(pattern: string): string | undefined {
  // Schedules are ticked once a minute, so a seconds field would promise precision we do not have.
  if (pattern.trim().split(/\s+/).length !== 5) {
    return `Cron pattern "${pattern}" must have exactly five fields (minute hour day-of-month month day-of-week), e.g. "0 9 * * 1-5".`;
  }
  try {
    new Cron(pattern, { paused: true }).stop();
    return undefined;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return `Cron pattern "${pattern}" is invalid (${reason}); use five fields such as "*/15 * * * *".`;
  }
}

export const TimezoneSchema = z.string().refine(isValidTimezone, {
  error: (issue) => `"${String(issue.input)}" is not a known IANA time zone; use a name such as "Europe/Paris" or "UTC".`,
});

export const CronSchema = z.string().superRefine((pattern, ctx) => {
  const problem = cronProblem(pattern);
  if (problem) ctx.addIssue({ code: "custom", message: problem });
});
