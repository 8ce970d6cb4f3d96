"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { CircleAlertIcon, FileUpIcon, TriangleAlertIcon } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState, type ChangeEvent, type FormEvent } from "react";
import { toast } from "sonner";
import { apiFieldError } from "@/components/forms/api-error";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { useOrg } from "@/components/shell/org-context";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { DisabledReason } from "@/components/ui/disabled-reason";
import { FieldError } from "@/components/ui/form-field-error";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/textarea";
import { useTRPC } from "@/trpc/react";
import { useConnectorsDeniedReason } from "./use-connectors-permission";

const MAX_FILE_BYTES = 30 * 1024 * 1024;

function formatSize(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** "Import OpenAPI": a file (JSON or YAML) or pasted text becomes a custom connector, one action per operation. */
export function ImportOpenApiDialog() {
  const { org, href } = useOrg();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const denied = useConnectorsDeniedReason();
  const [open, setOpen] = useState(false);
  const [document, setDocument] = useState("");
  const [fileName, setFileName] = useState<string | null>(null);
  const [name, setName] = useState("");
  const [baseUrl, setBaseUrl] = useState("");
  const [fileError, setFileError] = useState<string | undefined>();

  const importDocument = useMutation(
    trpc.customConnector.importOpenApi.mutationOptions({
      onSuccess: async (created) => {
        toast.success(`Imported “${created.name}” with ${created.actionCount} ${created.actionCount === 1 ? "action" : "actions"}.`);
        // Without warnings there is nothing more to read here: straight to the connector.
        if (created.warnings.length === 0) {
          setOpen(false);
          router.push(href(`connectors/${created.id}`));
        }
        await Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.customConnector.list.queryKey({ orgSlug: org.slug }) }),
          queryClient.invalidateQueries({ queryKey: trpc.connector.list.queryKey({ orgSlug: org.slug }) }),
        ]);
      },
    }),
  );

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    setFileError(undefined);
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) {
      setFileError(`That file is ${formatSize(file.size)}; the limit is 30 MB.`);
      return;
    }
    setFileName(`${file.name} (${formatSize(file.size)})`);
    setDocument(await file.text());
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    importDocument.mutate({ orgSlug: org.slug, document, ...(name.trim() ? { name: name.trim() } : {}), ...(baseUrl.trim() ? { baseUrl: baseUrl.trim() } : {}) });
  }

  const error = importDocument.error;
  const documentError = apiFieldError(error, "document");
  const trigger = (
    <Button variant="outline" disabled={denied !== null}>
      <FileUpIcon aria-hidden="true" />
      Import OpenAPI
    </Button>
  );
  if (denied) return <DisabledReason reason={denied}>{trigger}</DisabledReason>;

  const imported = importDocument.data;
  function reset(next: boolean) {
    if (importDocument.isPending) return;
    setOpen(next);
    if (!next) {
      importDocument.reset();
      setDocument("");
      setFileName(null);
    }
  }

  return (
    <Dialog open={open} onOpenChange={reset}>
      <DialogTrigger asChild>{trigger}</DialogTrigger>
      <DialogContent className="sm:max-w-xl">
        {imported && imported.warnings.length > 0 ? (
          <div className="grid gap-5">
            <DialogHeader>
              <DialogTitle>Imported “{imported.name}”</DialogTitle>
              <DialogDescription>
                {imported.actionCount} {imported.actionCount === 1 ? "action" : "actions"} as <code>{imported.connectorId}</code>. The importer left out what it could not
                use:
              </DialogDescription>
            </DialogHeader>
            <ul className="max-h-64 list-disc space-y-1 overflow-y-auto rounded-md border bg-muted/40 py-2 pr-3 pl-7 text-sm" aria-label="Import warnings">
              {imported.warnings.map((warning) => (
                <li key={warning}>{warning}</li>
              ))}
            </ul>
            <DialogFooter>
              <Button type="button" variant="outline" onClick={() => reset(false)}>
                Done
              </Button>
              <Button type="button" onClick={() => router.push(href(`connectors/${imported.id}`))}>
                Open connector
              </Button>
            </DialogFooter>
          </div>
        ) : (
        <form onSubmit={onSubmit} className="grid gap-5">
          <DialogHeader>
            <DialogTitle>Import an OpenAPI document</DialogTitle>
            <DialogDescription>
              An OpenAPI 3.0 or 3.1 description (JSON or YAML) becomes a custom connector: one action per operation, with its
              parameters and request body, and the security scheme as its sign-in.
            </DialogDescription>
          </DialogHeader>
          <div className="grid gap-2">
            <Label htmlFor="openapi-file">Document file</Label>
            <input
              id="openapi-file"
              type="file"
              accept=".json,.yaml,.yml,application/json,application/yaml,text/yaml"
              onChange={(event) => void onFile(event)}
              className="text-sm file:mr-3 file:rounded-md file:border file:bg-muted file:px-3 file:py-1.5 file:text-sm file:font-medium"
            />
            {fileName ? <p className="text-xs text-muted-foreground">Loaded {fileName}.</p> : null}
            <FieldError message={fileError} />
          </div>
          <div className="grid gap-2">
            <Label htmlFor="openapi-text">…or paste it</Label>
            <Textarea
              id="openapi-text"
              value={fileName ? "" : document}
              placeholder={fileName ? "Using the file above." : "openapi: 3.0.3\ninfo:\n  title: My API\n…"}
              disabled={fileName !== null}
              onChange={(event) => setDocument(event.target.value)}
              className="h-40 font-mono text-xs"
              aria-invalid={documentError ? true : undefined}
            />
            <FieldError message={documentError} />
          </div>
          <div className="grid gap-4 sm:grid-cols-2">
            <TextField id="openapi-name" label="Name (optional)" hint="The document's title by default." value={name} onChange={(e) => setName(e.target.value)} maxLength={100} />
            <TextField
              id="openapi-base-url"
              label="Base URL (optional)"
              hint="When the document's servers are relative or missing."
              placeholder="https://api.example.com"
              value={baseUrl}
              onChange={(e) => setBaseUrl(e.target.value)}
              error={apiFieldError(error, "baseUrl")}
            />
          </div>
          {importDocument.isPending ? (
            <Alert>
              <TriangleAlertIcon aria-hidden="true" />
              <AlertTitle>Importing…</AlertTitle>
              <AlertDescription>Large documents (GitHub&apos;s has 1,200 operations) take a few seconds.</AlertDescription>
            </Alert>
          ) : error && !documentError ? (
            <Alert variant="destructive">
              <CircleAlertIcon aria-hidden="true" />
              <AlertDescription>{error.message}</AlertDescription>
            </Alert>
          ) : null}
          <DialogFooter>
            <DialogClose asChild>
              <Button type="button" variant="outline" disabled={importDocument.isPending}>
                Cancel
              </Button>
            </DialogClose>
            <SubmitButton pending={importDocument.isPending} disabled={document.trim() === ""}>
              Import connector
            </SubmitButton>
          </DialogFooter>
        </form>
        )}
      </DialogContent>
    </Dialog>
  );
}
