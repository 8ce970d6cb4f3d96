"use client";

import { TriangleAlertIcon } from "lucide-react";
import { CenteredPage } from "@/components/brand/centered-page";
import { ErrorPanel } from "@/components/common/error-panel";

export default function RootError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <CenteredPage width="md">
      <ErrorPanel icon={TriangleAlertIcon} error={error} retry={retry} className="bg-card" />
    </CenteredPage>
  );
}
