"use client";

import { CircleAlertIcon, LockIcon } from "lucide-react";
import { useId, useState, type FormEvent } from "react";
import { toast } from "sonner";
import { apiFieldError, isFieldError } from "@/components/forms/api-error";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { useOrg } from "@/components/shell/org-context";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { EventsField } from "./events-field";
import { hmacConfigInput, hmacSettingsOf, parseEvents, type HmacSettings } from "./hmac-settings";
import { HmacSettingsFields } from "./hmac-settings-fields";
import { useConnectorTriggers } from "./use-connector-triggers";
import { useUpdateWebhook } from "./use-update-webhook";
import type { WebhookEndpointDetail } from "./webhook-types";

const FIELDS = ["name", "events", "rateLimitPerMinute", "config"];

/** Name, events, rate limit and (generic HMAC) signature settings of an endpoint; read-only, with the reason, for viewers. */
export function WebhookSettingsForm({ endpoint, deniedReason }: { endpoint: WebhookEndpointDetail; deniedReason: string | null }) {
  const { org } = useOrg();
  const ids = useId();
  const triggers = useConnectorTriggers();
  const trigger = triggers.data?.find((candidate) => candidate.id === endpoint.connectorTrigger);
  const [name, setName] = useState(endpoint.name);
  const [events, setEvents] = useState(endpoint.events.join(", "));
  const [limit, setLimit] = useState(String(endpoint.rateLimitPerMinute));
  const [hmac, setHmac] = useState<HmacSettings>(hmacSettingsOf(endpoint.config));
  const save = useUpdateWebhook({ onSuccess: () => toast.success("Settings saved. Intake uses them within seconds.") });
  const disabled = Boolean(deniedReason);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    save.mutate({
      orgSlug: org.slug,
      endpointId: endpoint.id,
      name,
      events: parseEvents(events),
      rateLimitPerMinute: Number(limit),
      ...(endpoint.scheme === "hmac_sha256" ? { config: hmacConfigInput(hmac) } : {}),
    });
  }

  return (
    <form onSubmit={onSubmit} className="grid gap-5" noValidate>
      {deniedReason ? (
        <p className="flex items-start gap-2 rounded-md border bg-muted/40 px-3 py-2 text-sm text-muted-foreground">
          <LockIcon aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
          {deniedReason}
        </p>
      ) : null}
      <fieldset disabled={disabled} className="grid gap-5">
        <TextField id={`${ids}-name`} label="Name" value={name} onChange={(e) => setName(e.target.value)} error={apiFieldError(save.error, "name")} />
        <EventsField id={`${ids}-events`} value={events} onChange={setEvents} suggestions={trigger?.events} error={apiFieldError(save.error, "events")} disabled={disabled} />
        <TextField
          id={`${ids}-limit`}
          label="Deliveries per minute"
          type="number"
          inputMode="numeric"
          min={1}
          value={limit}
          onChange={(e) => setLimit(e.target.value)}
          hint="Above it the sender gets 429 with Retry-After and the delivery is not stored. Counted in each process."
          error={apiFieldError(save.error, "rateLimitPerMinute")}
          className="max-w-xs"
        />
        {endpoint.scheme === "hmac_sha256" ? <HmacSettingsFields idPrefix={`${ids}-hmac`} value={hmac} onChange={setHmac} error={apiFieldError(save.error, "config")} disabled={disabled} /> : null}
      </fieldset>
      {save.error && !isFieldError(save.error, FIELDS) ? (
        <Alert variant="destructive">
          <CircleAlertIcon aria-hidden="true" />
          <AlertDescription>{save.error.message}</AlertDescription>
        </Alert>
      ) : null}
      <div className="flex justify-end">
        <SubmitButton pending={save.isPending} disabled={disabled}>
          Save settings
        </SubmitButton>
      </div>
    </form>
  );
}
