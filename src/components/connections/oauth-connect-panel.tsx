import { ExternalLinkIcon, InfoIcon } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import type { AuthOption, ConnectorInfo } from "./connection-types";

/** What signing in with OAuth2 will do: where the user goes, which access is asked for, and that they come back here. */
export function OAuthConnectPanel({ connector, option }: { connector: ConnectorInfo; option: AuthOption }) {
  if (option.oauthGrant === "client_credentials") {
    return (
      <div className="flex gap-3 rounded-lg border bg-muted/40 p-3 text-sm">
        <InfoIcon aria-hidden="true" className="mt-0.5 size-4 shrink-0 text-muted-foreground" />
        <p className="text-muted-foreground">
          {connector.name} connects with your organization&apos;s OAuth app (the client-credentials grant), without a
          sign-in. That kind of connection can&apos;t be created from this page yet.
        </p>
      </div>
    );
  }
  const scopes = option.scopes ?? [];
  return (
    <div className="grid gap-2 rounded-lg border bg-muted/40 p-3 text-sm">
      <p className="flex gap-2">
        <ExternalLinkIcon aria-hidden="true" className="mt-0.5 size-4 shrink-0 text-muted-foreground" />
        <span>
          You&apos;ll go to {connector.name} to sign in and approve access, then come back here. Nothing to copy or
          paste; Junction keeps the tokens up to date.
        </span>
      </p>
      {scopes.length > 0 ? (
        <div className="grid gap-1.5 pl-6">
          <span className="text-xs text-muted-foreground">Access asked for</span>
          <ul aria-label="Access asked for" className="flex flex-wrap gap-1">
            {scopes.map((scope) => (
              <li key={scope}>
                <Badge variant="outline" className="max-w-full truncate font-mono text-[11px] font-normal">
                  {scope}
                </Badge>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
