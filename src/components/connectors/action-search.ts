/** How many actions the details sheet lists at first, and adds per "Show more": imported connectors have thousands. */
export const ACTIONS_PAGE_SIZE = 50;

/** A connector has this many actions before the details sheet offers a search. */
export const ACTION_SEARCH_THRESHOLD = 10;

/**
 * The actions matching a search: every word of the query appears in the action's name, id or description (any case).
 * Actions whose name matches come first, in their own order.
 */
export function searchActions<T extends { id: string; name: string; description: string }>(actions: readonly T[], query: string): readonly T[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return actions;
  const inName: T[] = [];
  const elsewhere: T[] = [];
  for (const action of actions) {
    const name = `${action.name} ${action.id}`.toLowerCase();
    const haystack = `${name} ${action.description.toLowerCase()}`;
    if (!words.every((word) => haystack.includes(word))) continue;
    (words.every((word) => name.includes(word)) ? inName : elsewhere).push(action);
  }
  return [...inName, ...elsewhere];
}
