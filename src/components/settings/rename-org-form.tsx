"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { toast } from "sonner";
import { orgNameSchema } from "@/core/orgs/org-name";
import { slugify } from "@/core/orgs/slug";
import { apiFieldError } from "@/components/forms/api-error";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { useOrg } from "@/components/shell/org-context";
import { CardContent, CardFooter } from "@/components/ui/card";
import { useTRPC } from "@/trpc/react";

/** Renames the organization. The slug follows the name, so on success we move to the new URL. */
export function RenameOrgForm({ appHost }: { appHost: string }) {
  const { org } = useOrg();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const [name, setName] = useState(org.name);
  const [error, setError] = useState<string | undefined>();

  const rename = useMutation(
    trpc.org.rename.mutationOptions({
      onSuccess: async (updated) => {
        toast.success(`Renamed to ${updated.name}.`);
        await Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.org.listMine.queryKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.audit.pathKey() }),
        ]);
        if (updated.slug !== org.slug) router.replace(`/o/${updated.slug}/settings`);
        else router.refresh();
      },
      onError: (err) => {
        const message = apiFieldError(err, "name");
        if (message) setError(message);
        else toast.error(err.message);
      },
    }),
  );

  const trimmed = name.trim();
  const slug = slugify(name);
  const unchanged = trimmed === org.name;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = orgNameSchema.safeParse(name);
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message);
      return;
    }
    setError(undefined);
    rename.mutate({ orgSlug: org.slug, name: parsed.data });
  }

  return (
    <form noValidate onSubmit={onSubmit} className="contents">
      <CardContent className="grid gap-3">
        <TextField
          id="org-name"
          name="name"
          label="Name"
          value={name}
          maxLength={64}
          autoComplete="organization"
          onChange={(event) => {
            setName(event.target.value);
            setError(undefined);
          }}
          error={error}
          className="max-w-md"
        />
        <p className="text-sm text-muted-foreground">
          URL:{" "}
          <span className="font-mono text-xs text-foreground">
            {appHost}/o/{slug || "…"}
          </span>
          {!unchanged && slug && slug !== org.slug ? (
            <span className="mt-1 block text-xs">Links to the old address will stop working.</span>
          ) : null}
        </p>
      </CardContent>
      <CardFooter className="justify-end border-t">
        <SubmitButton pending={rename.isPending} disabled={unchanged}>
          Save
        </SubmitButton>
      </CardFooter>
    </form>
  );
}
