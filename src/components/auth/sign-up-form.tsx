"use client";

import { useMutation } from "@tanstack/react-query";
import { CircleAlertIcon } from "lucide-react";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useState, type FormEvent } from "react";
import { z } from "zod";
import { PASSWORD_MIN_LENGTH, signUpSchema, type SignUpInput } from "@/core/accounts/credentials-rules";
import { apiFieldError, firstMessages } from "@/components/forms/api-error";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { useTRPC } from "@/trpc/react";
import { authHref } from "./callback-url";

type Field = keyof SignUpInput;
const FIELDS: readonly Field[] = ["name", "email", "password"];

/** Creates an account, signs straight in, then continues to the callback (or to creating a first organization). */
export function SignUpForm({ callbackUrl, defaultEmail }: { callbackUrl: string | null; defaultEmail?: string }) {
  const router = useRouter();
  const trpc = useTRPC();
  const signUp = useMutation(trpc.account.signUp.mutationOptions());
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<Field, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [signingIn, setSigningIn] = useState(false);
  const pending = signUp.isPending || signingIn;

  async function continueSignedIn(input: SignUpInput) {
    setSigningIn(true);
    try {
      const result = await signIn("credentials", { email: input.email, password: input.password, redirect: false });
      if (result.error) throw new Error(result.code);
      router.replace(callbackUrl ?? "/orgs/new");
      router.refresh();
    } catch {
      router.replace(authHref("/sign-in", { callbackUrl, email: input.email }));
    }
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const parsed = signUpSchema.safeParse({
      name: form.get("name"),
      email: form.get("email"),
      password: form.get("password"),
    });
    setFormError(null);
    if (!parsed.success) {
      setFieldErrors(firstMessages(z.flattenError(parsed.error).fieldErrors));
      return;
    }
    setFieldErrors({});
    signUp.mutate(parsed.data, {
      onSuccess: () => void continueSignedIn(parsed.data),
      onError: (error) => {
        const next: Partial<Record<Field, string>> = {};
        for (const field of FIELDS) {
          const message = apiFieldError(error, field);
          if (message) next[field] = message;
        }
        setFieldErrors(next);
        if (Object.keys(next).length === 0) setFormError(error.message);
      },
    });
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
        id="name"
        name="name"
        label="Name"
        autoComplete="name"
        placeholder="Ada Lovelace"
        error={fieldErrors.name}
        disabled={pending}
        required
      />
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
        autoComplete="new-password"
        hint={`At least ${PASSWORD_MIN_LENGTH} characters, mixing letters with digits or symbols.`}
        error={fieldErrors.password}
        disabled={pending}
        required
      />
      <SubmitButton pending={pending} className="mt-2 w-full">
        {pending ? "Creating your account…" : "Create account"}
      </SubmitButton>
    </form>
  );
}
