"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import { toast } from "sonner";
import { apiFieldError } from "@/components/forms/api-error";
import { useOrg } from "@/components/shell/org-context";
import { useTRPC } from "@/trpc/react";
import { stableJson, withReadableKeyOrder } from "./definition-key-order";
import { formatJson } from "./parse-json";
import { parseDefinition } from "./parse-definition";
import { checkWorkflowName } from "./workflow-fields";
import type { WorkflowDetail, WorkflowIssue } from "./workflow-types";

/** What the server last accepted: what "unsaved changes" is measured against. */
interface SavedDraft {
  name: string;
  description: string;
  /** The definition as key-sorted JSON, so reformatting or reordering keys is not a change. */
  definition: string;
  issues: readonly WorkflowIssue[];
  updatedAt: Date;
}

/**
 * The editor's working copy of a workflow — name, description and definition text — with what
 * differs from the saved draft, and saving. Saving keeps an invalid definition (the issues say
 * what is wrong); only text that is not a JSON object cannot be saved.
 */
export function useWorkflowDraft(workflow: WorkflowDetail) {
  const { org, can } = useOrg();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [name, setName] = useState(workflow.name);
  const [description, setDescription] = useState(workflow.description);
  const [text, setText] = useState(() => formatJson(withReadableKeyOrder(workflow.draft ?? {})));
  const [nameError, setNameError] = useState<string | undefined>();
  const [saved, setSaved] = useState<SavedDraft>(() => ({
    name: workflow.name,
    description: workflow.description,
    definition: stableJson(workflow.draft ?? {}),
    issues: workflow.issues,
    updatedAt: workflow.updatedAt,
  }));

  const parsed = useMemo(() => parseDefinition(text), [text]);
  const dirty =
    name.trim() !== saved.name ||
    description.trim() !== saved.description ||
    !parsed.ok ||
    stableJson(parsed.value) !== saved.definition;

  const mutation = useMutation(
    trpc.workflow.saveDraft.mutationOptions({
      onSuccess: async (result, variables) => {
        setSaved((previous) => ({
          name: variables.name ?? previous.name,
          description: variables.description ?? previous.description,
          definition: stableJson(variables.definition),
          issues: result.issues,
          updatedAt: result.updatedAt,
        }));
        await Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.workflow.list.queryKey({ orgSlug: org.slug }) }),
          queryClient.invalidateQueries({ queryKey: trpc.workflow.get.queryKey({ orgSlug: org.slug, workflowId: workflow.id }) }),
        ]);
      },
      onError: (error) => {
        const message = apiFieldError(error, "name");
        if (message) setNameError(message);
        else toast.error(`Couldn't save the draft: ${error.message}`);
      },
    }),
  );

  const canWrite = can("workflows.write");

  /** Why "Save draft" can't be used right now, if it can't. */
  const saveBlocker = !canWrite
    ? null
    : !parsed.ok
      ? `Fix the JSON first: line ${parsed.error.line}, column ${parsed.error.column}.`
      : !dirty
        ? "Everything is saved."
        : null;

  function save() {
    if (!canWrite || mutation.isPending) return;
    const trimmedName = name.trim();
    const problem = checkWorkflowName(trimmedName);
    setNameError(problem);
    if (problem) {
      toast.error(problem);
      return;
    }
    if (!parsed.ok) {
      toast.error(`The definition isn't valid JSON (line ${parsed.error.line}, column ${parsed.error.column}): ${parsed.error.message}.`);
      return;
    }
    if (!dirty) return;
    mutation.mutate({
      orgSlug: org.slug,
      workflowId: workflow.id,
      name: trimmedName,
      description: description.trim(),
      definition: parsed.value,
    });
  }

  return {
    name,
    setName: (value: string) => {
      setName(value);
      setNameError(undefined);
    },
    nameError,
    description,
    setDescription,
    text,
    setText,
    parsed,
    dirty,
    saved,
    save,
    saving: mutation.isPending,
    saveBlocker,
    canWrite,
  };
}

export type WorkflowDraft = ReturnType<typeof useWorkflowDraft>;
