"use client";

import { TriangleAlertIcon } from "lucide-react";
import { ErrorPanel } from "@/components/common/error-panel";
import { useOrg } from "@/components/shell/org-context";

export default function OrgError({ error, retry }: { error: unknown; retry: () => void }) {
  const { href } = useOrg();
  return <ErrorPanel icon={TriangleAlertIcon} error={error} retry={retry} homeHref={href()} className="mt-8" />;
}
