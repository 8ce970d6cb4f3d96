"use client";

import { RotateCwIcon, type LucideIcon } from "lucide-react";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";

function digestOf(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null || !("digest" in error)) return undefined;
  return typeof error.digest === "string" ? error.digest : undefined;
}

/** What an error boundary shows: a plain apology, a retry and a way home. Details stay in the server log. */
export function ErrorPanel({
  icon,
  error,
  retry,
  homeHref = "/",
  className,
}: {
  icon: LucideIcon;
  error: unknown;
  retry: () => void;
  homeHref?: string;
  className?: string;
}) {
  const digest = digestOf(error);
  return (
    <EmptyState
      icon={icon}
      title="Something went wrong"
      description={
        <>
          This page couldn&apos;t be loaded. Please try again; if it keeps happening, contact support
          {digest ? (
            <>
              {" "}
              and mention reference <code className="rounded bg-muted px-1 py-0.5 font-mono text-xs">{digest}</code>
            </>
          ) : null}
          .
        </>
      }
      className={className}
      action={
        <>
          <Button onClick={() => retry()}>
            <RotateCwIcon />
            Try again
          </Button>
          <Button variant="outline" asChild>
            <Link href={homeHref}>Go to dashboard</Link>
          </Button>
        </>
      }
    />
  );
}
