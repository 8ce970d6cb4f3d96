"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, useTransition, type FormEvent } from "react";
import { toast } from "sonner";
import { orgNameSchema } from "@/core/orgs/org-name";
import { slugify } from "@/core/orgs/slug";
import { apiFieldError } from "@/components/forms/api-error";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { Button } from "@/components/ui/button";
import { CardContent, CardFooter } from "@/components/ui/card";
import { useTRPC } from "@/trpc/react";

/** Name → live URL preview → create, then open the new organization. */
export function CreateOrgForm({ appHost, cancelHref }: { appHost: string; cancelHref: string | null }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();
  const [navigating, startNavigation] = useTransition();
  const [name, setName] = useState("");
  const [error, setError] = useState<string | undefined>();

  const create = useMutation(
    trpc.org.create.mutationOptions({
      onSuccess: async (org) => {
        toast.success(`${org.name} is ready.`);
        await queryClient.invalidateQueries({ queryKey: trpc.org.listMine.queryKey() });
        startNavigation(() => router.push(`/o/${org.slug}`));
      },
      onError: (err) => {
        const message = apiFieldError(err, "name");
        if (message) setError(message);
        else toast.error(err.message);
      },
    }),
  );

  const slug = slugify(name);
  const pending = create.isPending || navigating || create.isSuccess;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = orgNameSchema.safeParse(name);
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message);
      return;
    }
    setError(undefined);
    create.mutate({ name: parsed.data });
  }

  return (
    <form noValidate onSubmit={onSubmit} className="contents">
      <CardContent className="grid gap-3">
        <TextField
          id="org-name"
          name="name"
          label="Organization name"
          placeholder="Acme Inc."
          autoComplete="organization"
          autoFocus
          maxLength={64}
          value={name}
          onChange={(event) => {
            setName(event.target.value);
            setError(undefined);
          }}
          error={error}
          disabled={pending}
        />
        <div className="rounded-md border bg-muted/40 px-3 py-2 text-sm" aria-live="polite">
          <span className="text-muted-foreground">Your URL: </span>
          <span className="font-mono text-xs break-all">
            {appHost}/o/<span className="font-semibold text-foreground">{slug || "your-organization"}</span>
          </span>
        </div>
      </CardContent>
      <CardFooter className="justify-end gap-2">
        {cancelHref ? (
          <Button variant="ghost" asChild>
            <Link href={cancelHref}>Cancel</Link>
          </Button>
        ) : null}
        <SubmitButton pending={pending}>Create organization</SubmitButton>
      </CardFooter>
    </form>
  );
}
