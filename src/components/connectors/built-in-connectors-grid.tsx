import { authKindLabel } from "@/components/connections/auth-kinds";
import type { ConnectorInfo } from "@/components/connections/connection-types";
import { ConnectorIcon } from "@/components/connections/connector-icon";
import { Badge } from "@/components/ui/badge";
import { ConnectorDetailsButton } from "./connector-details-button";

/** Every connector Junction ships with: what it does, how it signs in, how many actions and triggers it has. */
export function BuiltInConnectorsGrid({ connectors }: { connectors: readonly ConnectorInfo[] }) {
  return (
    <ul className="grid grid-cols-1 gap-3 sm:grid-cols-2 xl:grid-cols-3" aria-label="Built-in connectors">
      {connectors.map((connector) => (
        <li key={connector.id} className="flex gap-3 rounded-lg border bg-card p-4">
          <ConnectorIcon icon={connector.icon} />
          <div className="flex min-w-0 flex-1 flex-col gap-1.5">
            <div className="flex flex-wrap items-baseline gap-x-2">
              <h3 className="font-medium">{connector.name}</h3>
              <code className="text-xs text-muted-foreground">{connector.id}</code>
            </div>
            {connector.description ? <p className="line-clamp-2 text-sm text-muted-foreground">{connector.description}</p> : null}
            <div className="flex flex-wrap gap-1.5">
              <Badge variant="secondary">
                {connector.actions.length} {connector.actions.length === 1 ? "action" : "actions"}
              </Badge>
              {connector.triggers.length > 0 ? (
                <Badge variant="secondary">
                  {connector.triggers.length} {connector.triggers.length === 1 ? "trigger" : "triggers"}
                </Badge>
              ) : null}
              {connector.auth
                .filter((auth) => auth.type !== "none")
                .map((auth) => (
                  <Badge key={auth.type} variant="outline">
                    {authKindLabel(auth.type)}
                  </Badge>
                ))}
            </div>
            <div className="mt-auto pt-1.5">
              <ConnectorDetailsButton connectorId={connector.id} connectorName={connector.name} />
            </div>
          </div>
        </li>
      ))}
    </ul>
  );
}
