"use client";

import { SearchIcon } from "lucide-react";
import { useId, useMemo, useState } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import type { DescribedAction } from "./action-input-form";
import { ACTION_SEARCH_THRESHOLD, ACTIONS_PAGE_SIZE, searchActions } from "./action-search";
import { ConnectorActionItem } from "./connector-action-item";
import type { NodeConnectionState } from "./node-connection-select";

/**
 * A connector's actions: searchable past ten, listed fifty at a time, one open at a time with its input form. What
 * was typed into an action's form is kept while the sheet is open, so closing and reopening the action loses nothing.
 */
export function ConnectorActionsList({
  connectorName,
  actions,
  connection,
}: {
  connectorName: string;
  actions: readonly DescribedAction[];
  connection: NodeConnectionState;
}) {
  const baseId = useId();
  const [query, setQuery] = useState("");
  const [limit, setLimit] = useState(ACTIONS_PAGE_SIZE);
  // A connector with one action (HTTP, GraphQL) opens it at once.
  const [expanded, setExpanded] = useState<string | null>(actions.length === 1 ? actions[0]!.id : null);
  const [drafts, setDrafts] = useState<Readonly<Record<string, Record<string, string> | undefined>>>({});
  const indexOf = useMemo(() => new Map(actions.map((action, index) => [action.id, index])), [actions]);
  const searchable = actions.length > ACTION_SEARCH_THRESHOLD;
  const matching = useMemo(() => (searchable ? searchActions(actions, query) : actions), [actions, query, searchable]);
  const shown = matching.slice(0, limit);
  const rest = matching.length - shown.length;

  if (actions.length === 0) {
    return <p className="rounded-lg border border-dashed px-4 py-8 text-center text-sm text-muted-foreground">This connector has no actions.</p>;
  }

  return (
    <div className="grid gap-3">
      {searchable ? (
        <div className="grid gap-1.5">
          <div className="relative">
            <label htmlFor={`${baseId}-search`} className="sr-only">
              Search actions
            </label>
            <SearchIcon aria-hidden="true" className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-muted-foreground" />
            <Input
              id={`${baseId}-search`}
              type="search"
              placeholder={`Search ${actions.length.toLocaleString("en-US")} actions by name, id or description`}
              autoComplete="off"
              value={query}
              onChange={(event) => {
                setQuery(event.target.value);
                setLimit(ACTIONS_PAGE_SIZE);
              }}
              className="pl-9"
            />
          </div>
          <p className="text-xs text-muted-foreground" aria-live="polite">
            {query.trim()
              ? `${matching.length.toLocaleString("en-US")} of ${actions.length.toLocaleString("en-US")} actions match.`
              : `${actions.length.toLocaleString("en-US")} actions.`}
          </p>
        </div>
      ) : null}
      {matching.length === 0 ? (
        <p className="rounded-lg border border-dashed px-4 py-8 text-center text-sm text-muted-foreground">No action matches “{query.trim()}”.</p>
      ) : (
        <ul className="grid gap-2" aria-label={`${connectorName} actions`}>
          {shown.map((action) => (
            <ConnectorActionItem
              key={action.id}
              idPrefix={`${baseId}-a${indexOf.get(action.id) ?? 0}`}
              connectorName={connectorName}
              action={action}
              expanded={expanded === action.id}
              onToggle={() => setExpanded((current) => (current === action.id ? null : action.id))}
              values={drafts[action.id]}
              onValuesChange={(values) => setDrafts((current) => ({ ...current, [action.id]: values }))}
              connection={connection}
            />
          ))}
        </ul>
      )}
      {rest > 0 ? (
        <Button type="button" variant="outline" className="justify-self-center" onClick={() => setLimit((current) => current + ACTIONS_PAGE_SIZE)}>
          Show {Math.min(rest, ACTIONS_PAGE_SIZE).toLocaleString("en-US")} more ({rest.toLocaleString("en-US")} not shown)
        </Button>
      ) : null}
    </div>
  );
}
