"use client";

import { useId } from "react";
import { toast } from "sonner";
import { useOrg } from "@/components/shell/org-context";
import { cn } from "@/components/ui/cn";
import { DisabledReason } from "@/components/ui/disabled-reason";
import { Label } from "@/components/ui/label";
import { Switch } from "@/components/ui/switch";
import { useUpdateWebhook } from "./use-update-webhook";

/** Turns deliveries to an endpoint on or off (off: senders get 410 and nothing is stored). */
export function EnabledSwitch({ endpoint, deniedReason, className }: { endpoint: { id: string; name: string; enabled: boolean }; deniedReason: string | null; className?: string }) {
  const { org } = useOrg();
  const id = useId();
  const update = useUpdateWebhook({ onError: (error) => toast.error(error.message) });
  const checked = update.isPending && update.variables?.enabled !== undefined ? update.variables.enabled : endpoint.enabled;

  function onChange(enabled: boolean) {
    update.mutate(
      { orgSlug: org.slug, endpointId: endpoint.id, enabled },
      { onSuccess: () => toast.success(enabled ? `“${endpoint.name}” accepts deliveries again.` : `“${endpoint.name}” is disabled: senders get 410 Gone and nothing starts.`) },
    );
  }

  return (
    <DisabledReason reason={deniedReason} className={className}>
      <div className={cn("flex items-center gap-2", !deniedReason && className)}>
        <Switch id={id} checked={checked} disabled={Boolean(deniedReason) || update.isPending} onCheckedChange={onChange} />
        <Label htmlFor={id} className="w-14 text-sm font-normal text-muted-foreground">
          {checked ? "Enabled" : "Disabled"}
        </Label>
      </div>
    </DisabledReason>
  );
}
