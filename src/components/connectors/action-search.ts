/** How many actions the details sheet lists at first, and adds per "Show more": imported connectors have thousands. */
export const ACTIONS_PAGE_SIZE = 50;

/** A connector has this many actions before the details sheet offers a search. */
export const ACTION_SEARCH_THRESHOLD = 10;

/**
 * The actions matching a search: every word of the query appears in the action's name, id or description (any case).
 * Best first: the query as a phrase in the name, then every word in the name or id (shorter names first: "Create an
 * issue" before "Create issue field for an organization"), then matches in the description only, in their own order.
 */
export function searchActions<T extends { id: string; name: string; description: string }>(actions: readonly T[], query: string): readonly T[] {
  const phrase = query.trim().toLowerCase().replace(/\s+/g, " ");
  const words = phrase.split(" ").filter(Boolean);
  if (words.length === 0) return actions;
  const tiers: [T[], T[], T[]] = [[], [], []];
  for (const action of actions) {
    const name = action.name.toLowerCase();
    const title = `${name} ${action.id.toLowerCase()}`;
    if (!words.every((word) => title.includes(word) || action.description.toLowerCase().includes(word))) continue;
    tiers[name.includes(phrase) ? 0 : words.every((word) => title.includes(word)) ? 1 : 2].push(action);
  }
  const byNameLength = (a: T, b: T) => a.name.length - b.name.length;
  return [...tiers[0].sort(byNameLength), ...tiers[1].sort(byNameLength), ...tiers[2]];
}
