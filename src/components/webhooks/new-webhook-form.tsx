"use client";

import { useMutation } from "@tanstack/react-query";
import { CircleAlertIcon } from "lucide-react";
import { useId, useState, type FormEvent } from "react";
import { SecretInput } from "@/components/connections/secret-input";
import { apiFieldError, isFieldError } from "@/components/forms/api-error";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { useOrg } from "@/components/shell/org-context";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { DialogClose, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { FieldError } from "@/components/ui/form-field-error";
import { Label } from "@/components/ui/label";
import { useTRPC } from "@/trpc/react";
import { EventsField } from "./events-field";
import { DEFAULT_HMAC_SETTINGS, hmacConfigInput, parseEvents, type HmacSettings } from "./hmac-settings";
import { HmacSettingsFields } from "./hmac-settings-fields";
import { SCHEME_INFO } from "./scheme-info";
import { SchemePicker } from "./scheme-picker";
import { TriggerSelect } from "./trigger-select";
import { useConnectorTriggers } from "./use-connector-triggers";
import type { WebhookConnectorTrigger, WebhookEndpointDetail, WebhookScheme } from "./webhook-types";

const FIELDS = ["name", "scheme", "config", "connectorTrigger", "events", "secret"];

/** What the dialog shows once the endpoint exists: the endpoint, and its secret this one time. */
export interface CreatedWebhook {
  endpoint: WebhookEndpointDetail;
  secret: string | null;
  pasted: boolean;
}

/** "GitHub event", "Stripe payment intent succeeded": a first name for an endpoint receiving `trigger`. */
function suggestedName(trigger: WebhookConnectorTrigger | null): string {
  if (!trigger) return "";
  return trigger.name.toLowerCase().startsWith(trigger.connectorName.toLowerCase()) ? trigger.name : `${trigger.connectorName} ${trigger.name.toLowerCase()}`;
}

/** The "New endpoint" form: name, sender (a connector trigger or any), signature scheme, settings, events, secret. */
export function NewWebhookForm({ onCreated }: { onCreated: (created: CreatedWebhook) => void }) {
  const { org } = useOrg();
  const trpc = useTRPC();
  const ids = useId();
  const triggers = useConnectorTriggers();
  const [name, setName] = useState("");
  const [trigger, setTrigger] = useState<WebhookConnectorTrigger | null>(null);
  const [scheme, setScheme] = useState<WebhookScheme>("standard_webhooks");
  const [hmac, setHmac] = useState<HmacSettings>(DEFAULT_HMAC_SETTINGS);
  const [events, setEvents] = useState("");
  const [secret, setSecret] = useState("");
  const info = SCHEME_INFO[scheme];
  const create = useMutation(trpc.webhook.create.mutationOptions({ onSuccess: (created) => onCreated({ ...created, pasted: secret.trim() !== "" }) }));
  const error = create.error;

  function chooseTrigger(next: WebhookConnectorTrigger | null) {
    setTrigger(next);
    if (next) setScheme(next.scheme);
    // A name not typed by the user follows the sender.
    if (name.trim() === "" || name === suggestedName(trigger)) setName(suggestedName(next));
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    create.mutate({
      orgSlug: org.slug,
      name,
      scheme,
      ...(scheme === "hmac_sha256" ? { config: hmacConfigInput(hmac) } : {}),
      ...(trigger ? { connectorTrigger: trigger.id } : {}),
      events: parseEvents(events),
      ...(info.pastable && secret.trim() !== "" ? { secret: secret.trim() } : {}),
    });
  }

  return (
    <form onSubmit={onSubmit} className="grid gap-5" noValidate>
      <DialogHeader>
        <DialogTitle>New webhook endpoint</DialogTitle>
        <DialogDescription>A unique URL that starts the workflows listening to it. You can change the name, events and limits later, but not how deliveries are signed.</DialogDescription>
      </DialogHeader>
      <TextField id={`${ids}-name`} label="Name" value={name} onChange={(e) => setName(e.target.value)} placeholder="e.g. GitHub issues" error={apiFieldError(error, "name")} autoFocus />
      <TriggerSelect id={`${ids}-trigger`} triggers={triggers.data ?? []} value={trigger?.id ?? null} onChange={chooseTrigger} loading={triggers.isPending} />
      <div className="grid gap-2">
        <Label id={`${ids}-scheme`}>Signature</Label>
        <SchemePicker value={scheme} onChange={setScheme} locked={trigger?.scheme} labelledBy={`${ids}-scheme`} />
        {trigger ? <p className="text-xs text-muted-foreground">{trigger.connectorName} signs its deliveries this way, so it is the only choice for this sender.</p> : null}
        <FieldError message={apiFieldError(error, "scheme")} />
      </div>
      {scheme === "hmac_sha256" ? <HmacSettingsFields idPrefix={`${ids}-hmac`} value={hmac} onChange={setHmac} error={apiFieldError(error, "config")} /> : null}
      {info.pastable ? (
        <div className="grid gap-2">
          <Label htmlFor={`${ids}-secret`}>{info.label} signing secret</Label>
          <SecretInput id={`${ids}-secret`} value={secret} onChange={(e) => setSecret(e.target.value)} placeholder={scheme === "stripe" ? "whsec_…" : "Leave empty to generate one"} aria-describedby={`${ids}-secret-hint`} />
          <p id={`${ids}-secret-hint`} className="text-xs text-muted-foreground">
            {scheme === "github" ? "Optional. " : ""}Paste it from {info.secretWhere}.{scheme === "github" ? " Left empty, Junction generates one for you to type into GitHub." : " Left empty, Junction generates one (useful for trying the endpoint with the sample curl first)."}
          </p>
          <FieldError message={apiFieldError(error, "secret")} />
        </div>
      ) : null}
      <EventsField id={`${ids}-events`} value={events} onChange={setEvents} suggestions={trigger?.events} error={apiFieldError(error, "events")} />
      {error && !isFieldError(error, FIELDS) ? (
        <Alert variant="destructive">
          <CircleAlertIcon aria-hidden="true" />
          <AlertDescription>{error.message}</AlertDescription>
        </Alert>
      ) : null}
      <DialogFooter>
        <DialogClose asChild>
          <Button type="button" variant="outline" disabled={create.isPending}>
            Cancel
          </Button>
        </DialogClose>
        <SubmitButton pending={create.isPending}>Create endpoint</SubmitButton>
      </DialogFooter>
    </form>
  );
}
