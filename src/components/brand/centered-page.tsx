import Link from "next/link";
import type * as React from "react";
import { ModeToggle } from "@/components/theme/mode-toggle";
import { cn } from "@/components/ui/cn";
import { Logo } from "./logo";

/** The frame for pages outside an organization (sign-in, sign-up, invitations, new org): a centred column with the wordmark. */
export function CenteredPage({
  children,
  footer,
  width = "sm",
}: {
  children: React.ReactNode;
  footer?: React.ReactNode;
  width?: "sm" | "md";
}) {
  return (
    <div className="relative isolate flex min-h-svh flex-col items-center overflow-hidden bg-muted/40 px-4 py-10 sm:justify-center sm:py-16">
      <div
        aria-hidden="true"
        className="pointer-events-none absolute -top-80 left-1/2 -z-10 size-[44rem] -translate-x-1/2 rounded-full bg-primary/10 blur-3xl dark:bg-primary/15"
      />
      <div className="absolute top-4 right-4">
        <ModeToggle />
      </div>
      <Link
        href="/"
        className="rounded-md outline-none focus-visible:ring-[3px] focus-visible:ring-ring/50"
        aria-label="Junction home"
      >
        <Logo />
      </Link>
      <main className={cn("mt-8 w-full", width === "sm" ? "max-w-sm" : "max-w-md")}>{children}</main>
      {footer ? <div className="mt-6 text-center text-sm text-muted-foreground">{footer}</div> : null}
    </div>
  );
}
