import Link from "next/link";
import type * as React from "react";
import { Button } from "@/components/ui/button";

/** A secondary button linking to a page inside the org. */
export function OrgLinkButton({ href, children }: { href: string; children: React.ReactNode }) {
  return (
    <Button variant="outline" size="sm" asChild>
      <Link href={href}>{children}</Link>
    </Button>
  );
}
