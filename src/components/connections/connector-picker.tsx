"use client";

import { SearchIcon } from "lucide-react";
import { useId, useState } from "react";
import { Badge } from "@/components/ui/badge";
import { Input } from "@/components/ui/input";
import type { ConnectorInfo } from "./connection-types";
import { ConnectorIcon } from "./connector-icon";

function matches(connector: ConnectorInfo, query: string): boolean {
  if (!query) return true;
  const haystack = [connector.name, connector.id, connector.description ?? "", ...connector.categories].join(" ").toLowerCase();
  return query
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => haystack.includes(word));
}

/** Step 1 of "New connection": a searchable grid of the connectors that store credentials. */
export function ConnectorPicker({ connectors, onPick }: { connectors: readonly ConnectorInfo[]; onPick: (connector: ConnectorInfo) => void }) {
  const id = useId();
  const [query, setQuery] = useState("");
  const shown = connectors.filter((connector) => matches(connector, query.trim()));

  return (
    <div className="grid min-h-0 gap-3">
      <div className="relative">
        <label htmlFor={`${id}-search`} className="sr-only">
          Search connectors
        </label>
        <SearchIcon aria-hidden="true" className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-muted-foreground" />
        <Input
          id={`${id}-search`}
          type="search"
          placeholder="Search apps: GitHub, email, payments…"
          autoComplete="off"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          className="pl-9"
          autoFocus
        />
      </div>
      <p className="sr-only" aria-live="polite">
        {shown.length === 1 ? "1 connector" : `${shown.length} connectors`}
      </p>
      {/* A fixed height, so the dialog does not jump while the list is filtered. */}
      {shown.length === 0 ? (
        <p className="flex h-[min(26rem,55vh)] items-start justify-center rounded-lg border border-dashed px-4 pt-10 text-center text-sm text-muted-foreground">
          No connector matches “{query.trim()}”. For any other REST API, use the HTTP connector.
        </p>
      ) : (
        <ul
          aria-label="Connectors"
          className="-mx-1 grid h-[min(26rem,55vh)] auto-rows-min grid-cols-1 gap-2 overflow-y-auto px-1 py-1 sm:grid-cols-2"
        >
          {shown.map((connector) => (
            <li key={connector.id} className="min-w-0">
              <button
                type="button"
                onClick={() => onPick(connector)}
                className="flex h-full w-full min-w-0 items-start gap-3 rounded-lg border bg-card p-3 text-left transition-colors outline-none hover:border-foreground/20 hover:bg-accent/50 focus-visible:border-ring focus-visible:ring-[3px] focus-visible:ring-ring/50"
              >
                <ConnectorIcon icon={connector.icon} size="sm" />
                <span className="grid min-w-0 flex-1 gap-0.5">
                  <span className="flex min-w-0 items-center gap-2">
                    <span className="truncate text-sm font-medium">{connector.name}</span>
                    {connector.custom ? (
                      <Badge variant="outline" className="px-1.5 text-[10px] text-muted-foreground">
                        Custom
                      </Badge>
                    ) : null}
                  </span>
                  <span className="line-clamp-2 text-xs text-muted-foreground">
                    {connector.description ?? connector.categories.join(", ")}
                  </span>
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
