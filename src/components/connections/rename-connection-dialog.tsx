"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { CircleAlertIcon } from "lucide-react";
import { useState, type FormEvent } from "react";
import { toast } from "sonner";
import { apiFieldError } from "@/components/forms/api-error";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { useOrg } from "@/components/shell/org-context";
import { Alert, AlertDescription } from "@/components/ui/alert";
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
import { checkConnectionName, CONNECTION_NAME_MAX } from "./connection-name";
import type { Connection } from "./connection-types";

/** Renames a connection. Workflows refer to it by id, so they keep working. */
export function RenameConnectionDialog({
  connection,
  open,
  onOpenChange,
}: {
  connection: Connection;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent className="sm:max-w-md">
        {open ? <RenameConnectionForm connection={connection} onDone={() => onOpenChange(false)} /> : null}
      </DialogContent>
    </Dialog>
  );
}

function RenameConnectionForm({ connection, onDone }: { connection: Connection; onDone: () => void }) {
  const { org } = useOrg();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [nameError, setNameError] = useState<string | undefined>();
  const [formError, setFormError] = useState<string | null>(null);

  const rename = useMutation(
    trpc.connection.rename.mutationOptions({
      onSuccess: async (renamed) => {
        if (renamed.name !== connection.name) toast.success(`Renamed to “${renamed.name}”.`);
        onDone();
        await queryClient.invalidateQueries({ queryKey: trpc.connection.list.queryKey({ orgSlug: org.slug }) });
      },
      onError: (error) => {
        const name = apiFieldError(error, "name");
        setNameError(name);
        setFormError(name ? null : error.message);
      },
    }),
  );

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const name = String(new FormData(event.currentTarget).get("name") ?? "").trim();
    const problem = checkConnectionName(name);
    setFormError(null);
    setNameError(problem);
    if (problem) return;
    rename.mutate({ orgSlug: org.slug, connectionId: connection.id, name });
  }

  return (
    <form noValidate onSubmit={onSubmit} className="grid gap-4">
      <DialogHeader>
        <DialogTitle>Rename connection</DialogTitle>
        <DialogDescription>
          Workflows refer to a connection by its ID, so they keep working under the new name.
        </DialogDescription>
      </DialogHeader>
      {formError ? (
        <Alert variant="destructive">
          <CircleAlertIcon />
          <AlertDescription>{formError}</AlertDescription>
        </Alert>
      ) : null}
      <TextField
        id={`rename-connection-${connection.id}`}
        name="name"
        label="Connection name"
        defaultValue={connection.name}
        autoComplete="off"
        autoFocus
        onFocus={(event) => event.currentTarget.select()}
        maxLength={CONNECTION_NAME_MAX}
        error={nameError}
        disabled={rename.isPending}
      />
      <DialogFooter className="pt-2">
        <DialogClose asChild>
          <Button type="button" variant="outline" disabled={rename.isPending}>
            Cancel
          </Button>
        </DialogClose>
        <SubmitButton pending={rename.isPending}>Rename</SubmitButton>
      </DialogFooter>
    </form>
  );
}
