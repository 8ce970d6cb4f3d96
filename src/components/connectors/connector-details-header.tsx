import { authKindLabel, authOptionTitle } from "@/components/connections/auth-kinds";
import type { ConnectorInfo } from "@/components/connections/connection-types";
import { ConnectorIcon } from "@/components/connections/connector-icon";
import { Badge } from "@/components/ui/badge";
import { SheetDescription, SheetTitle } from "@/components/ui/sheet";

const TEST_KINDS: Readonly<Record<ConnectorInfo["test"], string>> = {
  request: "A request to the API with the connection's credentials.",
  check: "Its own check of the credentials (no plain HTTP request).",
  url: "A GET of a URL you give, since the connector calls full URLs.",
  none: "None: check a connection by running a workflow with it.",
};

/** The sheet's header: who the connector is, how a connection signs in and how one is tested. */
export function ConnectorDetailsHeader({ connector }: { connector: ConnectorInfo }) {
  return (
    <div className="grid gap-4 border-b p-6 pr-12">
      <div className="flex min-w-0 items-start gap-3">
        <ConnectorIcon icon={connector.icon} />
        <div className="grid min-w-0 gap-0.5">
          <div className="flex min-w-0 flex-wrap items-center gap-x-2 gap-y-1">
            <SheetTitle className="text-lg">{connector.name}</SheetTitle>
            {connector.custom ? <Badge variant="outline">Custom</Badge> : null}
          </div>
          <code className="truncate text-xs text-muted-foreground">{connector.id}</code>
        </div>
      </div>
      <SheetDescription className="text-sm/relaxed">
        {connector.description ?? `What ${connector.name} offers your workflows: its actions, triggers and how it connects.`}
      </SheetDescription>
      <dl className="grid grid-cols-1 gap-x-4 gap-y-2 text-sm sm:grid-cols-[8rem_1fr]">
        <dt className="text-muted-foreground">Sign in with</dt>
        <dd className="flex flex-wrap gap-1.5">
          {connector.auth.length === 0 ? (
            <span>Nothing to set up</span>
          ) : (
            connector.auth.map((option) => (
              <Badge key={option.type} variant={option.type === "none" ? "secondary" : "outline"} title={option.scopes?.length ? `Scopes: ${option.scopes.join(", ")}` : undefined}>
                {option.type === "none" ? authKindLabel(option.type) : authOptionTitle(connector, option)}
              </Badge>
            ))
          )}
        </dd>
        <dt className="text-muted-foreground">Connection test</dt>
        <dd>{TEST_KINDS[connector.test]}</dd>
        {connector.baseUrl ? (
          <>
            <dt className="text-muted-foreground">API</dt>
            <dd className="min-w-0 truncate font-mono text-xs leading-5">{connector.baseUrl}</dd>
          </>
        ) : null}
      </dl>
    </div>
  );
}
