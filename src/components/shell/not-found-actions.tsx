"use client";

import Link from "next/link";
import { Button } from "@/components/ui/button";
import { useOrg } from "./org-context";

export function NotFoundActions() {
  const { href } = useOrg();
  return (
    <Button asChild>
      <Link href={href()}>Back to dashboard</Link>
    </Button>
  );
}
