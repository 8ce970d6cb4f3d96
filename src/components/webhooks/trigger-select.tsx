"use client";

import { InlineCode } from "@/components/connections/inline-code";
import { Label } from "@/components/ui/label";
import { Select, SelectContent, SelectGroup, SelectItem, SelectLabel, SelectSeparator, SelectTrigger, SelectValue } from "@/components/ui/select";
import type { WebhookConnectorTrigger } from "./webhook-types";

const ANY = "__any__";

/** "Who sends": any sender, or one of the connectors' webhook triggers (which fixes the scheme and reads its events). */
export function TriggerSelect({
  id,
  triggers,
  value,
  onChange,
  loading,
}: {
  id: string;
  triggers: readonly WebhookConnectorTrigger[];
  value: string | null;
  onChange: (trigger: WebhookConnectorTrigger | null) => void;
  loading: boolean;
}) {
  const connectors = [...new Set(triggers.map((trigger) => trigger.connectorName))];
  const chosen = triggers.find((trigger) => trigger.id === value);
  return (
    <div className="grid gap-2">
      <Label htmlFor={id}>Sender</Label>
      <Select value={value ?? ANY} onValueChange={(next) => onChange(triggers.find((trigger) => trigger.id === next) ?? null)} disabled={loading}>
        <SelectTrigger id={id} className="w-full" aria-describedby={`${id}-hint`}>
          <SelectValue placeholder={loading ? "Loading connectors…" : "Any sender"} />
        </SelectTrigger>
        <SelectContent>
          <SelectItem value={ANY}>Any sender (your own service, another tool)</SelectItem>
          {connectors.map((connector) => (
            <SelectGroup key={connector}>
              <SelectSeparator />
              <SelectLabel>{connector}</SelectLabel>
              {triggers
                .filter((trigger) => trigger.connectorName === connector)
                .map((trigger) => (
                  <SelectItem key={trigger.id} value={trigger.id}>
                    {trigger.name} <span className="font-mono text-xs text-muted-foreground">{trigger.id}</span>
                  </SelectItem>
                ))}
            </SelectGroup>
          ))}
        </SelectContent>
      </Select>
      <p id={`${id}-hint`} className="line-clamp-3 text-xs/relaxed text-muted-foreground">
        {chosen ? <InlineCode text={chosen.description} /> : "A connector trigger reads the provider's event names (issues.opened, payment_intent.succeeded) and fixes how deliveries are signed."}
      </p>
    </div>
  );
}
