"use client";

import Link from "next/link";
import { useOrg } from "@/components/shell/org-context";
import { Button } from "@/components/ui/button";

export function WorkflowNotFoundActions() {
  const { href } = useOrg();
  return (
    <Button asChild>
      <Link href={href("workflows")}>Back to workflows</Link>
    </Button>
  );
}
