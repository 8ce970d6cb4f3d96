/**
 * Reads a value at a simple JSON path: `paging.next.after`, `$.data[0].id`, `data[-1].id` (negative indexes
 * count from the end). Enough for "where is the next cursor / the list of items" in an API response;
 * anything richer belongs in a JSONata transform.
 */
export function readJsonPath(value: unknown, path: string): unknown {
  let current = value;
  for (const segment of parseJsonPath(path)) {
    if (Array.isArray(current) && /^-?\d+$/.test(segment)) {
      const index = Number(segment);
      current = current[index < 0 ? current.length + index : index];
    } else if (current !== null && typeof current === "object" && Object.hasOwn(current, segment)) {
      current = (current as Record<string, unknown>)[segment];
    } else {
      return undefined;
    }
  }
  return current;
}

export function parseJsonPath(path: string): string[] {
  const trimmed = path.trim().replace(/^\$\.?/, "");
  if (trimmed === "") return [];
  return trimmed
    .replace(/\[(-?\d+)\]/g, ".$1")
    .replace(/\[["']([^"']*)["']\]/g, ".$1")
    .split(".")
    .filter((segment) => segment !== "");
}
