"use client";

import { signOut } from "next-auth/react";
import { useState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { Spinner } from "@/components/ui/spinner";

/** Signs out, then goes to `redirectTo` (the sign-in page by default). */
export function SignOutButton({
  redirectTo = "/sign-in",
  children = "Sign out",
  variant = "link",
  className,
}: {
  redirectTo?: string;
  children?: ReactNode;
  variant?: "link" | "outline" | "ghost";
  className?: string;
}) {
  const [pending, setPending] = useState(false);
  return (
    <Button
      type="button"
      variant={variant}
      className={className}
      disabled={pending}
      onClick={() => {
        setPending(true);
        void signOut({ redirectTo }).catch(() => setPending(false));
      }}
    >
      {pending ? <Spinner aria-hidden="true" /> : null}
      {children}
    </Button>
  );
}
