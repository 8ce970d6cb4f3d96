"use client";

import { useQueryClient } from "@tanstack/react-query";
import { PlusIcon, ShieldOffIcon } from "lucide-react";
import { useState } from "react";
import { useOrg } from "@/components/shell/org-context";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { DisabledReason } from "@/components/ui/disabled-reason";
import { useTRPC } from "@/trpc/react";
import { NewWebhookForm, type CreatedWebhook } from "./new-webhook-form";
import { SCHEME_INFO } from "./scheme-info";
import { SecretOnce } from "./secret-once";
import { useWebhooksManageReason } from "./webhook-permission";
import { WebhookTriggerSnippet } from "./webhook-trigger-snippet";
import { WebhookUrl } from "./webhook-url";

/** Where the secret goes, in the warning shown with it. */
function secretDestination(created: CreatedWebhook): string {
  const { scheme } = created.endpoint;
  if (scheme === "github") return "the Secret field of the webhook in GitHub";
  if (scheme === "standard_webhooks" || scheme === "hmac_sha256") return "the sender's webhook settings (it signs every delivery with it)";
  return `the sender's settings (${SCHEME_INFO[scheme].label})`;
}

/** The endpoint just made: its URL(s), the trigger a workflow names it with and, this one time, its secret. */
function CreatedPanel({ created, onDone, onOpenDetails }: { created: CreatedWebhook; onDone: () => void; onOpenDetails: () => void }) {
  const { endpoint, secret } = created;
  return (
    <div className="grid gap-5">
      <DialogHeader>
        <DialogTitle>“{endpoint.name}” is ready</DialogTitle>
        <DialogDescription>Give the sender this URL{secret ? " and the secret below" : ""}, then start a workflow from it with the trigger below.</DialogDescription>
      </DialogHeader>
      <div className="grid gap-1.5">
        <p className="text-sm font-medium">URL</p>
        <WebhookUrl url={endpoint.url} />
        {endpoint.directUrl ? (
          <p className="text-xs text-muted-foreground">
            Also served, faster, at <code className="font-mono break-all">{endpoint.directUrl}</code> where that port is reachable.
          </p>
        ) : null}
      </div>
      {secret ? (
        <SecretOnce secret={secret} pasted={created.pasted} where={secretDestination(created)} />
      ) : (
        <Alert className="border-amber-500/40 bg-amber-50 text-amber-900 dark:bg-amber-950/40 dark:text-amber-200">
          <ShieldOffIcon aria-hidden="true" />
          <AlertTitle>The URL is the secret</AlertTitle>
          <AlertDescription className="text-amber-900/90 dark:text-amber-200/90">
            Deliveries are not signed, so anyone who has this URL can start your workflows. Share it only with the sender; if it leaks, delete the endpoint and create a new one.
          </AlertDescription>
        </Alert>
      )}
      <div className="grid gap-1.5">
        <p className="text-sm font-medium">Workflow trigger</p>
        <WebhookTriggerSnippet endpointId={endpoint.id} />
        <p className="text-xs text-muted-foreground">
          In the workflow&apos;s definition, paste it as the <code className="font-mono">trigger</code> of its trigger node, then publish. It stays on the endpoint&apos;s details for later.
        </p>
      </div>
      <DialogFooter>
        <Button type="button" variant="outline" onClick={onOpenDetails}>
          Open details
        </Button>
        <Button type="button" onClick={onDone}>
          {secret && !created.pasted ? "I've copied the secret" : "Done"}
        </Button>
      </DialogFooter>
    </div>
  );
}

/** Opens the "New endpoint" dialog; disabled, with the reason, for roles that cannot manage webhooks. */
export function NewWebhookButton({ onClick }: { onClick: () => void }) {
  const denied = useWebhooksManageReason();
  const button = (
    <Button disabled={Boolean(denied)} onClick={onClick}>
      <PlusIcon aria-hidden="true" />
      New endpoint
    </Button>
  );
  return denied ? <DisabledReason reason={denied}>{button}</DisabledReason> : button;
}

/**
 * "New endpoint": the form, then the URL and the secret, shown once. Rendered once by the page (not inside the empty
 * state or the header, which swap when the first endpoint appears), so the secret is not lost with them; closing the
 * dialog forgets it.
 */
export function NewWebhookDialog({
  open,
  onOpenChange,
  onCreated,
  onOpenDetails,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onCreated: (id: string) => void;
  onOpenDetails: (id: string) => void;
}) {
  const { org } = useOrg();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [created, setCreated] = useState<CreatedWebhook | null>(null);

  function change(next: boolean) {
    onOpenChange(next);
    // The secret lives only in this dialog's state: gone once it closes.
    if (!next) setCreated(null);
  }

  async function handleCreated(result: CreatedWebhook) {
    setCreated(result);
    onCreated(result.endpoint.id);
    queryClient.setQueryData(trpc.webhook.get.queryKey({ orgSlug: org.slug, endpointId: result.endpoint.id }), result.endpoint);
    await queryClient.invalidateQueries({ queryKey: trpc.webhook.list.queryKey({ orgSlug: org.slug }) });
  }

  return (
    <Dialog open={open} onOpenChange={change}>
      <DialogContent
        className="max-h-[calc(100dvh-2rem)] overflow-y-auto sm:max-w-2xl"
        // A click outside must not throw away a secret that has not been copied yet.
        onInteractOutside={(event) => {
          if (created?.secret) event.preventDefault();
        }}
      >
        {created ? (
          <CreatedPanel
            created={created}
            onDone={() => change(false)}
            onOpenDetails={() => {
              change(false);
              onOpenDetails(created.endpoint.id);
            }}
          />
        ) : open ? (
          <NewWebhookForm onCreated={(result) => void handleCreated(result)} />
        ) : null}
      </DialogContent>
    </Dialog>
  );
}
