import { describe, expect, it } from "vitest";
import { describeCron } from "./describe-cron";

describe("describeCron", () => {
  it.each([
    ["* * * * *", "Every minute"],
    ["*/15 * * * *", "Every 15 minutes"],
    ["5 * * * *", "Every hour at :05"],
    ["30 */6 * * *", "Every 6 hours at :30"],
    ["0 9 * * *", "Every day at 09:00"],
    ["0 9,17 * * *", "Every day at 09:00 and 17:00"],
    ["0 9 * * 1-5", "Every weekday at 09:00"],
    ["30 8 * * 1", "Every Monday at 08:30"],
    ["0 7 * * 1,3,5", "Every Monday, Wednesday and Friday at 07:00"],
    ["0 10 * * 0,6", "Every Saturday and Sunday at 10:00"],
    ["0 10 * * 7", "Every Sunday at 10:00"],
    ["0 9 * * 2-4", "Every day from Tuesday to Thursday at 09:00"],
    ["0 0 1 * *", "On the 1st of every month at 00:00"],
    ["0 12 1,15 * *", "On the 1st and 15th of every month at 12:00"],
    ["0 9 25 12 *", "Every year on December 25 at 09:00"],
    ["*/10 9-17 * * 1-5", "Every 10 minutes from 09:00 to 17:59 on weekdays"],
    ["*/5 * * * 6,0", "Every 5 minutes on weekends"],
    ["15 * 2 * *", "Every hour at :15 on the 2nd of every month"],
  ])("%s → %s", (pattern, words) => {
    expect(describeCron(pattern)).toBe(words);
  });

  it.each(["0 9 * * MON", "0 9 L * *", "5-10 * * * *", "0 9 1 * 1", "0 9 * *", "*/7,3 * * * *"])("leaves %s to the pattern itself", (pattern) => {
    expect(describeCron(pattern)).toBeNull();
  });
});
