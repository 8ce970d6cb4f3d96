"use client";

import { useMutation } from "@tanstack/react-query";
import { ArrowLeftIcon, CircleAlertIcon, LockIcon } from "lucide-react";
import { useState, type FormEvent } from "react";
import { apiFieldError, type ApiErrorLike } from "@/components/forms/api-error";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { useOrg } from "@/components/shell/org-context";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { DialogClose, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { useTRPC } from "@/trpc/react";
import { AuthOptionPicker } from "./auth-option-picker";
import { connectableAuth, isBrowserOAuth } from "./auth-kinds";
import { checkConnectionName, CONNECTION_NAME_MAX } from "./connection-name";
import type { Connection, ConnectorInfo } from "./connection-types";
import { ConnectorIcon } from "./connector-icon";
import { CredentialsSection } from "./credentials-section";
import { OAuthConnectPanel } from "./oauth-connect-panel";
import { useCredentialsForm } from "./use-credentials-form";
import { useOAuthStart } from "./use-oauth-start";

/**
 * Step 2 of "New connection": the connection's name, a choice between the connector's auth options when it has
 * several, and the chosen option's form, or a "Connect with <app>" button for OAuth2.
 */
export function NewConnectionForm({
  connector,
  defaultName,
  onBack,
  onCreated,
}: {
  connector: ConnectorInfo;
  defaultName: string;
  onBack: () => void;
  onCreated: (connection: Connection) => void;
}) {
  const { org } = useOrg();
  const trpc = useTRPC();
  const options = connectableAuth(connector);
  const [authType, setAuthType] = useState(options[0]?.type ?? "");
  const option = options.find((candidate) => candidate.type === authType) ?? options[0];
  const [name, setName] = useState(defaultName);
  const [nameError, setNameError] = useState<string | undefined>();
  const [formError, setFormError] = useState<{ title: string; message: string } | null>(null);
  const credentials = useCredentialsForm();
  // The first field takes the focus when the form opens, not each time the user picks another option.
  const [picked, setPicked] = useState(false);

  function showError(error: ApiErrorLike, title: string) {
    const nameProblem = apiFieldError(error, "name") ?? apiFieldError(error, "connectionName");
    setNameError(nameProblem);
    if (nameProblem) return setFormError(null);
    if (option && credentials.showServerError(option, error)) return setFormError(null);
    setFormError({ title, message: error.message });
  }

  const create = useMutation(
    trpc.connection.create.mutationOptions({
      onSuccess: onCreated,
      onError: (error) => showError(error, "Couldn't create the connection"),
    }),
  );
  const oauth = useOAuthStart((error) => showError(error, `Couldn't start signing in to ${connector.name}`));
  const pending = create.isPending || oauth.pending;

  if (!option) return null;
  const browserOAuth = isBrowserOAuth(option);
  const clientCredentials = option.type === "oauth2" && !browserOAuth;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!option || clientCredentials) return;
    const trimmed = name.trim();
    const nameProblem = checkConnectionName(trimmed);
    setFormError(null);
    setNameError(nameProblem);
    credentials.clearErrors();
    if (browserOAuth) {
      if (!nameProblem) oauth.start({ connectorId: connector.id, connectionName: trimmed });
      return;
    }
    const values = credentials.collect(option);
    if (nameProblem || !values) return;
    create.mutate({ orgSlug: org.slug, connectorId: connector.id, name: trimmed, authType: option.type, credentials: values });
  }

  return (
    <form noValidate onSubmit={onSubmit} className="grid min-h-0 gap-5">
      <DialogHeader className="gap-3">
        <div className="flex items-center gap-2">
          <Button type="button" variant="ghost" size="icon-sm" className="-ml-2" onClick={onBack} disabled={pending} aria-label="Back to connectors">
            <ArrowLeftIcon aria-hidden="true" />
          </Button>
          <DialogTitle>New connection</DialogTitle>
        </div>
        <div className="flex items-start gap-3 rounded-lg border bg-muted/30 p-3 text-left">
          <ConnectorIcon icon={connector.icon} />
          <div className="grid min-w-0 gap-0.5">
            <p className="text-sm font-medium">{connector.name}</p>
            <DialogDescription className="line-clamp-2 text-xs">
              {connector.description ?? `Connect ${connector.name} once; every workflow in ${org.name} can use it.`}
            </DialogDescription>
          </div>
        </div>
      </DialogHeader>

      {formError ? (
        <Alert variant="destructive">
          <CircleAlertIcon />
          <AlertTitle>{formError.title}</AlertTitle>
          <AlertDescription>
            <p>{formError.message}</p>
          </AlertDescription>
        </Alert>
      ) : null}

      <TextField
        id="new-connection-name"
        name="name"
        label="Connection name"
        hint={`How workflow steps pick this connection, e.g. “${connector.name} (production)”.`}
        autoComplete="off"
        maxLength={CONNECTION_NAME_MAX}
        value={name}
        onChange={(event) => {
          setName(event.target.value);
          setNameError(undefined);
        }}
        error={nameError}
        disabled={pending}
        autoFocus={!picked && option.type === "oauth2"}
      />

      {options.length > 1 ? (
        <AuthOptionPicker
          connector={connector}
          options={options}
          value={option.type}
          onChange={(next) => {
            setAuthType(next);
            setPicked(true);
            setFormError(null);
            credentials.clearErrors();
          }}
          disabled={pending}
        />
      ) : null}

      {option.type === "oauth2" ? (
        <OAuthConnectPanel connector={connector} option={option} />
      ) : (
        <div className="grid gap-3">
          <CredentialsSection idPrefix="new-connection" option={option} form={credentials} disabled={pending} autoFocus={!picked} />
          <p className="flex items-center gap-1.5 text-xs text-muted-foreground">
            <LockIcon aria-hidden="true" className="size-3 shrink-0" />
            Stored encrypted. Afterwards only the last few characters are shown.
          </p>
        </div>
      )}

      <DialogFooter className="pt-1">
        <DialogClose asChild>
          <Button type="button" variant="outline" disabled={pending}>
            Cancel
          </Button>
        </DialogClose>
        {browserOAuth ? (
          <SubmitButton pending={pending}>Connect with {connector.name}</SubmitButton>
        ) : (
          <SubmitButton pending={pending} disabled={clientCredentials}>
            Create connection
          </SubmitButton>
        )}
      </DialogFooter>
    </form>
  );
}
