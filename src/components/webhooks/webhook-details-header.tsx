"use client";

import { RefreshCwIcon, TriangleAlertIcon } from "lucide-react";
import { useState, type ReactNode } from "react";
import { LocalDate, RelativeTime } from "@/components/format/time";
import { Button } from "@/components/ui/button";
import { DisabledReason } from "@/components/ui/disabled-reason";
import { SheetDescription, SheetTitle } from "@/components/ui/sheet";
import { EnabledSwitch } from "./enabled-switch";
import { RotateSecretDialog } from "./rotate-secret-dialog";
import { SCHEME_INFO } from "./scheme-info";
import { SchemeBadge } from "./scheme-badge";
import { useWebhooksManageReason } from "./webhook-permission";
import { WebhookTriggerSnippet } from "./webhook-trigger-snippet";
import type { WebhookEndpointDetail } from "./webhook-types";
import { WebhookUrl } from "./webhook-url";

/**
 * The secret as far as anyone may see it again: its masked hint, when it was set, and a rotation's overlap. A secret
 * set before hints were stored has none (it is not opened to make one); rotating it stores one.
 */
function SecretFacts({ endpoint }: { endpoint: WebhookEndpointDetail }) {
  const secret = endpoint.secret;
  if (!secret) return <span className="text-muted-foreground">None — the URL is the secret.</span>;
  // A short secret's hint is the mask alone: nothing to read out.
  const tail = secret.hint?.replace(/^[•]+/, "") ?? "";
  return (
    <span className="grid gap-0.5">
      <span className="flex flex-wrap items-center gap-x-2">
        <code className="font-mono text-xs" aria-label={tail ? `Secret ending ${tail}` : "Secret hidden"}>
          {secret.hint ?? "••••"}
        </code>
        <span className="text-xs text-muted-foreground">
          {secret.rotatedAt ? (
            <>
              rotated <RelativeTime date={secret.rotatedAt} />
            </>
          ) : (
            <>
              set <RelativeTime date={endpoint.createdAt} />
            </>
          )}
        </span>
      </span>
      {secret.previousValidUntil ? (
        <span className="text-xs text-amber-700 dark:text-amber-400">
          The previous secret is still accepted until <LocalDate date={secret.previousValidUntil} style="datetime" />.
        </span>
      ) : null}
      {secret.hint === null ? <span className="text-xs text-muted-foreground">No hint is stored for this secret; rotate it to see the last characters of the new one.</span> : null}
    </span>
  );
}

/**
 * The sheet's header: what the endpoint is, where senders deliver, the trigger a workflow names it with, its secret,
 * and the actions that change it.
 */
export function WebhookDetailsHeader({ endpoint }: { endpoint: WebhookEndpointDetail }) {
  const denied = useWebhooksManageReason();
  const [rotating, setRotating] = useState(false);
  const guard = (button: ReactNode) => (denied ? <DisabledReason reason={denied}>{button}</DisabledReason> : button);

  return (
    <div className="grid gap-3 border-b p-6 pr-12">
      <div className="grid min-w-0 gap-1">
        <div className="flex min-w-0 flex-wrap items-center gap-2">
          <SheetTitle className="text-lg">{endpoint.name}</SheetTitle>
          <SchemeBadge scheme={endpoint.scheme} />
          <EnabledSwitch endpoint={endpoint} deniedReason={denied} className="ml-auto" />
        </div>
        <SheetDescription className="line-clamp-2 text-sm/relaxed">{SCHEME_INFO[endpoint.scheme].explanation}</SheetDescription>
      </div>
      {endpoint.lastRejection ? (
        <p className="flex items-start gap-1.5 rounded-md border border-amber-500/30 bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:bg-amber-950/40 dark:text-amber-200">
          <TriangleAlertIcon aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
          <span className="min-w-0 break-words">
            Last refused request <RelativeTime date={endpoint.lastRejection.at} />: {endpoint.lastRejection.reason}
          </span>
        </p>
      ) : null}
      <dl className="grid grid-cols-1 gap-x-4 gap-y-3 text-sm sm:grid-cols-[7rem_1fr]">
        <dt className="text-muted-foreground sm:pt-1">URL</dt>
        <dd className="grid min-w-0 gap-1.5">
          <WebhookUrl url={endpoint.url} />
          {endpoint.directUrl ? (
            <details className="text-xs text-muted-foreground">
              <summary className="cursor-pointer select-none">Faster direct URL (the lean listener, where its port is reachable)</summary>
              <WebhookUrl url={endpoint.directUrl} label="Copy" className="mt-1.5" />
            </details>
          ) : null}
        </dd>
        <dt className="text-muted-foreground sm:pt-1">Workflow trigger</dt>
        <dd className="grid min-w-0 gap-1">
          <WebhookTriggerSnippet endpointId={endpoint.id} />
          <p className="text-xs text-muted-foreground">
            A trigger node&apos;s <code className="font-mono">trigger</code>; add <code className="font-mono">&quot;filter&quot;</code> (JSONata) to take only some deliveries.
          </p>
        </dd>
        <dt className="text-muted-foreground">Secret</dt>
        <dd className="flex flex-wrap items-start justify-between gap-2">
          <SecretFacts endpoint={endpoint} />
          {endpoint.secret
            ? guard(
                <Button type="button" variant="outline" size="sm" disabled={Boolean(denied)} onClick={() => setRotating(true)}>
                  <RefreshCwIcon aria-hidden="true" />
                  Rotate secret
                </Button>,
              )
            : null}
        </dd>
        <dt className="text-muted-foreground">Limit</dt>
        <dd>{endpoint.rateLimitPerMinute.toLocaleString("en-US")} deliveries a minute; more get 429 with Retry-After.</dd>
      </dl>
      <RotateSecretDialog endpoint={endpoint} open={rotating} onOpenChange={setRotating} />
    </div>
  );
}
