"use client";

import Link from "next/link";
import { useOrg } from "@/components/shell/org-context";
import { Button } from "@/components/ui/button";

export function RunNotFoundActions() {
  const { href } = useOrg();
  return (
    <Button asChild>
      <Link href={href("runs")}>Back to runs</Link>
    </Button>
  );
}
