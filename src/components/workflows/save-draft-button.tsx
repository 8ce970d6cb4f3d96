"use client";

import { SaveIcon } from "lucide-react";
import { Button } from "@/components/ui/button";
import { DisabledReason } from "@/components/ui/disabled-reason";
import { Spinner } from "@/components/ui/spinner";
import { usePermissionReason } from "./use-permission-reason";

/** "Save draft" (also Ctrl/⌘+S). */
export function SaveDraftButton({
  onSave,
  saving,
  blocker,
}: {
  onSave: () => void;
  saving: boolean;
  /** Why saving is unavailable, if it is. */
  blocker: string | null;
}) {
  const reasonFor = usePermissionReason();
  const reason = reasonFor("workflows.write") ?? blocker;
  return (
    <DisabledReason reason={saving ? null : reason}>
      <Button
        variant="outline"
        onClick={onSave}
        disabled={saving || reason !== null}
        aria-busy={saving || undefined}
        aria-keyshortcuts="Control+S Meta+S"
        title={reason ? undefined : "Save draft (Ctrl+S / ⌘S)"}
      >
        {saving ? <Spinner aria-hidden="true" /> : <SaveIcon aria-hidden="true" />}
        Save draft
      </Button>
    </DisabledReason>
  );
}
