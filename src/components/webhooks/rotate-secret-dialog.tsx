"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { CircleAlertIcon } from "lucide-react";
import { useId, useState, type FormEvent } from "react";
import { SecretInput } from "@/components/connections/secret-input";
import { apiFieldError, isFieldError } from "@/components/forms/api-error";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { useOrg } from "@/components/shell/org-context";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { FieldError } from "@/components/ui/form-field-error";
import { Label } from "@/components/ui/label";
import { useTRPC } from "@/trpc/react";
import { SCHEME_INFO } from "./scheme-info";
import { SecretOnce } from "./secret-once";
import type { WebhookEndpointDetail } from "./webhook-types";

const MAX_OVERLAP_HOURS = 168;

function RotateForm({ endpoint, onRotated }: { endpoint: WebhookEndpointDetail; onRotated: (secret: string, pasted: boolean) => void }) {
  const { org } = useOrg();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const ids = useId();
  const info = SCHEME_INFO[endpoint.scheme];
  const [hours, setHours] = useState("24");
  const [secret, setSecret] = useState("");
  const rotate = useMutation(
    trpc.webhook.rotateSecret.mutationOptions({
      onSuccess: async (result) => {
        onRotated(result.secret, secret.trim() !== "");
        queryClient.setQueryData(trpc.webhook.get.queryKey({ orgSlug: org.slug, endpointId: endpoint.id }), result.endpoint);
        await queryClient.invalidateQueries({ queryKey: trpc.webhook.list.queryKey({ orgSlug: org.slug }) });
      },
    }),
  );

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    rotate.mutate({ orgSlug: org.slug, endpointId: endpoint.id, overlapHours: Number(hours), ...(info.pastable && secret.trim() !== "" ? { secret: secret.trim() } : {}) });
  }

  return (
    <form onSubmit={onSubmit} className="grid gap-5" noValidate>
      <DialogHeader>
        <DialogTitle>Rotate the secret of “{endpoint.name}”</DialogTitle>
        <DialogDescription>
          A new secret replaces the current one. During the overlap both are accepted, so you can update the sender without losing deliveries; after it,
          only the new one is.
        </DialogDescription>
      </DialogHeader>
      <TextField
        id={`${ids}-hours`}
        label="Overlap (hours)"
        type="number"
        inputMode="numeric"
        min={0}
        max={MAX_OVERLAP_HOURS}
        value={hours}
        onChange={(e) => setHours(e.target.value)}
        hint={`0 to ${MAX_OVERLAP_HOURS} (7 days). 0 stops the old secret at once — for a secret that leaked.`}
        error={apiFieldError(rotate.error, "overlapHours")}
      />
      {info.pastable ? (
        <div className="grid gap-2">
          <Label htmlFor={`${ids}-secret`}>New {info.label} signing secret</Label>
          <SecretInput id={`${ids}-secret`} value={secret} onChange={(e) => setSecret(e.target.value)} placeholder="Leave empty to generate one" />
          <p className="text-xs text-muted-foreground">When {info.label} issued a new secret, paste it from {info.secretWhere}.</p>
          <FieldError message={apiFieldError(rotate.error, "secret")} />
        </div>
      ) : null}
      {rotate.error && !isFieldError(rotate.error, ["overlapHours", "secret"]) ? (
        <Alert variant="destructive">
          <CircleAlertIcon aria-hidden="true" />
          <AlertDescription>{rotate.error.message}</AlertDescription>
        </Alert>
      ) : null}
      <DialogFooter>
        <DialogClose asChild>
          <Button type="button" variant="outline" disabled={rotate.isPending}>
            Cancel
          </Button>
        </DialogClose>
        <SubmitButton pending={rotate.isPending}>Rotate secret</SubmitButton>
      </DialogFooter>
    </form>
  );
}

/** Rotates the endpoint's secret with an overlap, then shows the new one once. */
export function RotateSecretDialog({ endpoint, open, onOpenChange }: { endpoint: WebhookEndpointDetail; open: boolean; onOpenChange: (open: boolean) => void }) {
  const [rotated, setRotated] = useState<{ secret: string; pasted: boolean } | null>(null);

  function change(next: boolean) {
    onOpenChange(next);
    if (!next) setRotated(null);
  }

  return (
    <Dialog open={open} onOpenChange={change}>
      <DialogContent className="sm:max-w-lg" onInteractOutside={(event) => rotated && event.preventDefault()}>
        {rotated ? (
          <div className="grid gap-5">
            <DialogHeader>
              <DialogTitle>New secret for “{endpoint.name}”</DialogTitle>
              <DialogDescription>
                {endpoint.secret?.previousValidUntil ? "The old secret keeps working until the overlap ends." : "The old secret no longer works."}
              </DialogDescription>
            </DialogHeader>
            <SecretOnce secret={rotated.secret} pasted={rotated.pasted} where="the sender's webhook settings" />
            <DialogFooter>
              <Button type="button" onClick={() => change(false)}>
                {rotated.pasted ? "Done" : "I've copied the secret"}
              </Button>
            </DialogFooter>
          </div>
        ) : open ? (
          <RotateForm endpoint={endpoint} onRotated={(secret, pasted) => setRotated({ secret, pasted })} />
        ) : null}
      </DialogContent>
    </Dialog>
  );
}
