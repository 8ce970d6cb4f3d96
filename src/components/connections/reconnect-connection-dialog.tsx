"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { CircleAlertIcon, InfoIcon, LockIcon } from "lucide-react";
import { useState, type FormEvent } from "react";
import { toast } from "sonner";
import type { ApiErrorLike } from "@/components/forms/api-error";
import { SubmitButton } from "@/components/forms/submit-button";
import { useOrg } from "@/components/shell/org-context";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogClose,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
} from "@/components/ui/dialog";
import { useTRPC } from "@/trpc/react";
import { authKindLabel } from "./auth-kinds";
import type { AuthOption, Connection, ConnectorInfo } from "./connection-types";
import { CredentialsSection } from "./credentials-section";
import { OAuthConnectPanel } from "./oauth-connect-panel";
import { useCredentialsForm } from "./use-credentials-form";
import { useOAuthStart } from "./use-oauth-start";

/**
 * Reconnect: new credentials for the same connection (same id, so workflows keep using it). The form is that of the
 * connection's auth type; OAuth2 connections sign in at the provider again.
 */
export function ReconnectConnectionDialog({
  connection,
  connector,
  open,
  onOpenChange,
  onReconnected,
}: {
  connection: Connection;
  connector: ConnectorInfo | undefined;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** New credentials were saved: the last test's outcome no longer applies. */
  onReconnected: () => void;
}) {
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent className="max-h-[calc(100dvh-2rem)] overflow-y-auto sm:max-w-lg">
        {open ? <ReconnectForm
            connection={connection}
            connector={connector}
            onDone={() => {
              onReconnected();
              onOpenChange(false);
            }}
          /> : null}
      </DialogContent>
    </Dialog>
  );
}

/** The form of the connection's auth type; when its connector is gone, any named values (kept as given). */
function optionFor(connection: Connection, connector: ConnectorInfo | undefined): AuthOption {
  return connector?.auth.find((auth) => auth.type === connection.authType) ?? { type: "custom_headers", fields: [] };
}

function ReconnectForm({ connection, connector, onDone }: { connection: Connection; connector: ConnectorInfo | undefined; onDone: () => void }) {
  const { org } = useOrg();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const credentials = useCredentialsForm();
  const [formError, setFormError] = useState<string | null>(null);
  const option = optionFor(connection, connector);
  const appName = connector?.name ?? connection.connectorId;
  const oauthSignIn = connection.authType === "oauth2";
  const clientCredentials = connection.authType === "oauth2_client_credentials";

  function showError(error: ApiErrorLike) {
    setFormError(credentials.showServerError(option, error) ? null : error.message);
  }

  const reconnect = useMutation(
    trpc.connection.reconnect.mutationOptions({
      onSuccess: async () => {
        toast.success(`Reconnected “${connection.name}”.`, { description: "Test it to check the new credentials." });
        onDone();
        await queryClient.invalidateQueries({ queryKey: trpc.connection.list.queryKey({ orgSlug: org.slug }) });
      },
      onError: showError,
    }),
  );
  const oauth = useOAuthStart(showError);
  const pending = reconnect.isPending || oauth.pending;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFormError(null);
    if (clientCredentials) return;
    if (oauthSignIn) return oauth.start({ connectionId: connection.id });
    const values = credentials.collect(option);
    if (values) reconnect.mutate({ orgSlug: org.slug, connectionId: connection.id, credentials: values });
  }

  return (
    <form noValidate onSubmit={onSubmit} className="grid gap-5">
      <DialogHeader>
        <DialogTitle>Reconnect “{connection.name}”</DialogTitle>
        <DialogDescription>
          {oauthSignIn
            ? `Sign in at ${appName} again to give Junction a new grant.`
            : `Enter new credentials for ${appName} (${authKindLabel(connection.authType)}).`}{" "}
          The connection keeps its ID, so workflows using it carry on.
        </DialogDescription>
      </DialogHeader>

      {formError ? (
        <Alert variant="destructive">
          <CircleAlertIcon />
          <AlertTitle>{oauthSignIn ? `Couldn't start signing in to ${appName}` : "Couldn't reconnect"}</AlertTitle>
          <AlertDescription>
            <p>{formError}</p>
          </AlertDescription>
        </Alert>
      ) : null}

      {connection.lastError ? (
        <div className="flex gap-2 rounded-lg border bg-muted/40 p-3 text-sm">
          <InfoIcon aria-hidden="true" className="mt-0.5 size-4 shrink-0 text-muted-foreground" />
          <p className="min-w-0 break-words">
            <span className="font-medium">Last error: </span>
            <span className="text-muted-foreground">{connection.lastError}</span>
          </p>
        </div>
      ) : null}

      {oauthSignIn && connector ? (
        <OAuthConnectPanel connector={connector} option={option} />
      ) : clientCredentials ? (
        <p className="rounded-lg border bg-muted/40 p-3 text-sm text-muted-foreground">
          This connection gets its tokens with an OAuth app&apos;s client id and secret (client credentials), so there
          is nothing to sign in to: Junction requests new tokens by itself. If it keeps failing, ask an admin to check
          the {appName} OAuth app configured for your organization.
        </p>
      ) : (
        <div className="grid gap-3">
          {!connector ? (
            <p className="text-sm text-muted-foreground">
              The connector “{connection.connectorId}” is no longer available, so its form is unknown: enter the values
              by name.
            </p>
          ) : null}
          <CredentialsSection idPrefix={`reconnect-${connection.id}`} option={option} form={credentials} disabled={pending} autoFocus />
          <p className="flex items-center gap-1.5 text-xs text-muted-foreground">
            <LockIcon aria-hidden="true" className="size-3 shrink-0" />
            The current credentials ({connection.credentialHint}) are replaced when you save.
          </p>
        </div>
      )}

      <DialogFooter className="pt-1">
        <DialogClose asChild>
          <Button type="button" variant="outline" disabled={pending}>
            Cancel
          </Button>
        </DialogClose>
        {oauthSignIn ? (
          <SubmitButton pending={pending}>Connect with {appName}</SubmitButton>
        ) : (
          <SubmitButton pending={pending} disabled={clientCredentials}>
            Reconnect
          </SubmitButton>
        )}
      </DialogFooter>
    </form>
  );
}
