"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { CircleAlertIcon } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { toast } from "sonner";
import { apiFieldError } from "@/components/forms/api-error";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { useOrg } from "@/components/shell/org-context";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { DialogClose, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { FieldError } from "@/components/ui/form-field-error";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/textarea";
import { useTRPC } from "@/trpc/react";
import { WORKFLOW_DESCRIPTION_MAX, WORKFLOW_NAME_MAX, checkWorkflowName } from "./workflow-fields";

/** Name and description; creates the workflow and opens it in the editor. */
export function NewWorkflowForm({ onCreated }: { onCreated: () => void }) {
  const { org, href } = useOrg();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const [nameError, setNameError] = useState<string | undefined>();
  const [descriptionError, setDescriptionError] = useState<string | undefined>();
  const [formError, setFormError] = useState<string | null>(null);

  const create = useMutation(
    trpc.workflow.create.mutationOptions({
      onSuccess: async (created) => {
        toast.success(`Created “${created.name}”. Build it here, then publish it to run it.`);
        onCreated();
        router.push(href(`workflows/${created.id}`));
        await queryClient.invalidateQueries({ queryKey: trpc.workflow.list.queryKey({ orgSlug: org.slug }) });
      },
      onError: (error) => {
        const name = apiFieldError(error, "name");
        const description = apiFieldError(error, "description");
        setNameError(name);
        setDescriptionError(description);
        setFormError(name || description ? null : error.message);
      },
    }),
  );

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const name = String(data.get("name") ?? "").trim();
    const description = String(data.get("description") ?? "").trim();
    const problem = checkWorkflowName(name);
    setFormError(null);
    setDescriptionError(undefined);
    setNameError(problem);
    if (problem) return;
    create.mutate({ orgSlug: org.slug, name, description });
  }

  return (
    <form noValidate onSubmit={onSubmit} className="grid gap-4">
      <DialogHeader>
        <DialogTitle>New workflow</DialogTitle>
        <DialogDescription>
          It starts as a draft with a manual trigger. You can edit the steps, test it and publish it next.
        </DialogDescription>
      </DialogHeader>
      {formError ? (
        <Alert variant="destructive">
          <CircleAlertIcon />
          <AlertDescription>{formError}</AlertDescription>
        </Alert>
      ) : null}
      <TextField
        id="new-workflow-name"
        name="name"
        label="Name"
        placeholder="Sync new customers to the CRM"
        autoComplete="off"
        autoFocus
        maxLength={WORKFLOW_NAME_MAX}
        error={nameError}
        disabled={create.isPending}
      />
      <div className="grid gap-2">
        <Label htmlFor="new-workflow-description">Description</Label>
        <Textarea
          id="new-workflow-description"
          name="description"
          rows={3}
          maxLength={WORKFLOW_DESCRIPTION_MAX}
          placeholder="What it does and when it runs (optional)"
          aria-invalid={descriptionError ? true : undefined}
          aria-describedby="new-workflow-description-hint"
          disabled={create.isPending}
          className="max-h-40"
        />
        <p id="new-workflow-description-hint" className="text-xs text-muted-foreground">
          Optional. Helps your team know what this workflow is for.
        </p>
        <FieldError message={descriptionError} />
      </div>
      <DialogFooter className="pt-2">
        <DialogClose asChild>
          <Button type="button" variant="outline" disabled={create.isPending}>
            Cancel
          </Button>
        </DialogClose>
        <SubmitButton pending={create.isPending}>Create workflow</SubmitButton>
      </DialogFooter>
    </form>
  );
}
