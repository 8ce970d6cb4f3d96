/**
 * A five-field cron pattern in words, for the common shapes ("Every weekday at 09:00", "Every 15 minutes"), or
 * null when the pattern is too unusual to say simply — callers then show the pattern itself. Times are 24-hour
 * wall-clock times in the schedule's own time zone.
 */
export function describeCron(pattern: string): string | null {
  const fields = pattern.trim().split(/\s+/);
  if (fields.length !== 5) return null;
  const [minute, hour, dayOfMonth, month, dayOfWeek] = fields as [string, string, string, string, string];
  const time = describeTime(minute, hour);
  const days = describeDays(dayOfMonth, month, dayOfWeek);
  if (!time || !days) return null;
  if (time.kind === "at") {
    switch (days.kind) {
      case "daily":
        return `Every day ${time.text}`;
      case "weekly":
        return `Every ${days.singular} ${time.text}`;
      case "monthly":
        return `On ${days.text} of every month ${time.text}`;
      case "yearly":
        return `Every year on ${days.text} ${time.text}`;
    }
  }
  const every = capitalize(time.text);
  switch (days.kind) {
    case "daily":
      return every;
    case "weekly":
      return `${every} on ${days.plural}`;
    case "monthly":
      return `${every} on ${days.text} of every month`;
    case "yearly":
      return `${every} on ${days.text} every year`;
  }
}

type Time = { kind: "at" | "every"; text: string };
type Days =
  | { kind: "daily" }
  | { kind: "weekly"; singular: string; plural: string }
  | { kind: "monthly"; text: string }
  | { kind: "yearly"; text: string };

const DAY_NAMES = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

function describeTime(minute: string, hour: string): Time | null {
  const minuteValue = number(minute, 0, 59);
  const minuteStep = step(minute, 59);
  if (hour === "*") {
    if (minute === "*") return { kind: "every", text: "every minute" };
    if (minuteStep !== null) return { kind: "every", text: minuteStep === 1 ? "every minute" : `every ${minuteStep} minutes` };
    if (minuteValue !== null) return { kind: "every", text: `every hour at :${pad(minuteValue)}` };
    return null;
  }
  const hourStep = step(hour, 23);
  if (hourStep !== null && minuteValue !== null) {
    return { kind: "every", text: hourStep === 1 ? `every hour at :${pad(minuteValue)}` : `every ${hourStep} hours at :${pad(minuteValue)}` };
  }
  const hours = list(hour, 0, 23);
  if (hours && minuteValue !== null) return { kind: "at", text: `at ${joinWords(hours.map((h) => `${pad(h)}:${pad(minuteValue)}`))}` };
  const hourRange = range(hour, 0, 23);
  if (hourRange && (minute === "*" || minuteStep !== null)) {
    const every = minute === "*" || minuteStep === 1 ? "every minute" : `every ${minuteStep} minutes`;
    return { kind: "every", text: `${every} from ${pad(hourRange[0])}:00 to ${pad(hourRange[1])}:59` };
  }
  return null;
}

function describeDays(dayOfMonth: string, month: string, dayOfWeek: string): Days | null {
  if (dayOfMonth === "*" && month === "*") {
    if (dayOfWeek === "*") return { kind: "daily" };
    return describeWeekdays(dayOfWeek);
  }
  if (dayOfWeek !== "*") return null;
  const days = list(dayOfMonth, 1, 31);
  if (!days) return null;
  const ordinals = joinWords(days.map(ordinal));
  if (month === "*") return { kind: "monthly", text: `the ${ordinals}` };
  const monthValue = number(month, 1, 12);
  if (monthValue === null || days.length !== 1) return null;
  return { kind: "yearly", text: `${MONTH_NAMES[monthValue - 1]} ${days[0]}` };
}

function describeWeekdays(field: string): Days | null {
  const normalized = field.replaceAll("7", "0");
  if (normalized === "1-5") return { kind: "weekly", singular: "weekday", plural: "weekdays" };
  if (normalized === "0,6" || normalized === "6,0" || normalized === "6-0") return { kind: "weekly", singular: "Saturday and Sunday", plural: "weekends" };
  const span = range(normalized, 0, 6);
  if (span) {
    const text = `${DAY_NAMES[span[0]]} to ${DAY_NAMES[span[1]]}`;
    return { kind: "weekly", singular: `day from ${text}`, plural: text };
  }
  const days = list(normalized, 0, 6);
  if (!days) return null;
  const text = joinWords(days.map((day) => DAY_NAMES[day]!));
  return { kind: "weekly", singular: text, plural: text };
}

/** A plain number within bounds, else null. */
function number(field: string, min: number, max: number): number | null {
  if (!/^\d{1,2}$/.test(field)) return null;
  const value = Number(field);
  return value >= min && value <= max ? value : null;
}

/** The N of "*\/N" (or "0/N"), else null. */
function step(field: string, max: number): number | null {
  const match = /^(?:\*|0)\/(\d{1,2})$/.exec(field);
  if (!match) return null;
  const value = Number(match[1]);
  return value >= 1 && value <= max ? value : null;
}

/** "a-b" with a < b, else null. */
function range(field: string, min: number, max: number): [number, number] | null {
  const match = /^(\d{1,2})-(\d{1,2})$/.exec(field);
  if (!match) return null;
  const [from, to] = [Number(match[1]), Number(match[2])];
  return from >= min && to <= max && from < to ? [from, to] : null;
}

/** "a" or "a,b,c" of plain numbers within bounds, ascending and distinct, else null. */
function list(field: string, min: number, max: number): number[] | null {
  const values = field.split(",").map((part) => number(part, min, max));
  if (values.some((value) => value === null)) return null;
  const numbers = values as number[];
  return numbers.every((value, index) => index === 0 || value > numbers[index - 1]!) ? numbers : null;
}

function joinWords(words: string[]): string {
  if (words.length <= 1) return words.join("");
  return `${words.slice(0, -1).join(", ")} and ${words.at(-1)}`;
}

function ordinal(day: number): string {
  const suffix = day % 10 === 1 && day !== 11 ? "st" : day % 10 === 2 && day !== 12 ? "nd" : day % 10 === 3 && day !== 13 ? "rd" : "th";
  return `${day}${suffix}`;
}

const pad = (value: number) => String(value).padStart(2, "0");
const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
