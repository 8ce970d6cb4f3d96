"use client";

import { CircleAlertIcon } from "lucide-react";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useState, type FormEvent } from "react";
import { z } from "zod";
import { signInSchema } from "@/core/accounts/credentials-rules";
import { firstMessages } from "@/components/forms/api-error";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { credentialsErrorMessage } from "./sign-in-messages";

type Field = "email" | "password";

/** Email + password sign-in. On success goes to the (already vetted) callback path. */
export function SignInForm({
  callbackUrl,
  defaultEmail,
  initialError,
}: {
  callbackUrl: string;
  defaultEmail?: string;
  initialError?: string | null;
}) {
  const router = useRouter();
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<Field, string>>>({});
  const [formError, setFormError] = useState<string | null>(initialError ?? null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const parsed = signInSchema.safeParse({ email: form.get("email"), password: form.get("password") });
    setFormError(null);
    if (!parsed.success) {
      setFieldErrors(firstMessages(z.flattenError(parsed.error).fieldErrors));
      return;
    }
    setFieldErrors({});
    setPending(true);
    try {
      const result = await signIn("credentials", { ...parsed.data, redirect: false });
      if (result.error) {
        setFormError(credentialsErrorMessage(result.code));
        setPending(false);
        return;
      }
      router.replace(callbackUrl);
      router.refresh();
    } catch {
      setFormError("We couldn't reach Junction. Check your connection and try again.");
      setPending(false);
    }
  }

  return (
    <form noValidate onSubmit={onSubmit} className="grid gap-4">
      {formError ? (
        <Alert variant="destructive">
          <CircleAlertIcon />
          <AlertDescription>{formError}</AlertDescription>
        </Alert>
      ) : null}
      <TextField
        id="email"
        name="email"
        type="email"
        label="Email"
        autoComplete="email"
        placeholder="ada@example.com"
        defaultValue={defaultEmail}
        error={fieldErrors.email}
        disabled={pending}
        required
      />
      <TextField
        id="password"
        name="password"
        type="password"
        label="Password"
        autoComplete="current-password"
        error={fieldErrors.password}
        disabled={pending}
        required
      />
      <SubmitButton pending={pending} className="mt-2 w-full">
        {pending ? "Signing in…" : "Sign in"}
      </SubmitButton>
    </form>
  );
}
