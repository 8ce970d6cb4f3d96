"use client";

import { EyeIcon, HistoryIcon } from "lucide-react";
import Link from "next/link";
import { useEffect, useEffectEvent, useRef, useState } from "react";
import { toast } from "sonner";
import { RelativeTime } from "@/components/format/time";
import { useOrg } from "@/components/shell/org-context";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { DefinitionEditorCard } from "./definition-editor-card";
import { locateIssue } from "./locate-issue";
import { NodeTypesCard } from "./node-types-card";
import { PublishButton } from "./publish-button";
import { revealInTextarea } from "./reveal-in-textarea";
import { RunNowCard } from "./run-now-card";
import { SaveDraftButton } from "./save-draft-button";
import { SaveStatus } from "./save-status";
import { ScheduleCard } from "./schedule-card";
import { usePermissionReason } from "./use-permission-reason";
import { useWorkflowDraft } from "./use-workflow-draft";
import { ValidationIssuesCard } from "./validation-issues-card";
import { VersionHistoryCard } from "./version-history-card";
import { WorkflowDangerZone } from "./workflow-danger-zone";
import { WorkflowDetailsCard } from "./workflow-details-card";
import { WorkflowPublishStatus } from "./workflow-publish-status";
import type { WorkflowDetail, WorkflowIssue } from "./workflow-types";

/**
 * The workflow editor until the visual builder lands: details, the definition as JSON, its
 * problems, publishing, version history and a test run.
 */
export function WorkflowEditor({ workflow }: { workflow: WorkflowDetail }) {
  const { href } = useOrg();
  const reasonFor = usePermissionReason();
  const draft = useWorkflowDraft(workflow);
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  const [initialDefinition] = useState<unknown>(() => workflow.draft);
  const published = workflow.versions.find((version) => version.id === workflow.publishedVersionId) ?? null;
  const readOnlyReason = reasonFor("workflows.write");

  const onKeyDown = useEffectEvent((event: KeyboardEvent) => {
    const isSave = (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === "s";
    if (!isSave || !draft.canWrite) return;
    event.preventDefault();
    draft.save();
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKeyDown(event);
    window.addEventListener("keydown", listener);
    return () => window.removeEventListener("keydown", listener);
  }, []);

  useEffect(() => {
    if (!draft.dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [draft.dirty]);

  function reveal(start: number, end: number) {
    if (textareaRef.current) revealInTextarea(textareaRef.current, start, end);
  }

  function revealIssue(issue: WorkflowIssue) {
    const range = locateIssue(draft.text, draft.parsed.ok ? draft.parsed.value : undefined, issue);
    if (range) reveal(range.start, range.end);
    else if (!draft.parsed.ok) toast.info("Fix the JSON syntax error first, then this problem can be found in the text.");
    else toast.info("That part of the definition is no longer in the editor. Save to check again.");
  }

  function insertExample(text: string) {
    const previous = draft.text;
    if (previous === text) return;
    draft.setText(text);
    toast.success("Example inserted. Save the draft to keep it.", {
      action: { label: "Undo", onClick: () => draft.setText(previous) },
    });
  }

  return (
    <div className="grid grid-cols-1 gap-6">
      <PageHeader
        title={draft.name.trim() || "Untitled workflow"}
        description={
          <span className="flex flex-wrap items-center gap-x-3 gap-y-1">
            <WorkflowPublishStatus version={published?.version ?? null} publishedAt={published?.publishedAt ?? null} />
            <span aria-hidden="true">·</span>
            <span>
              Draft saved <RelativeTime date={draft.saved.updatedAt} />
            </span>
          </span>
        }
        actions={
          <>
            {draft.canWrite ? <SaveStatus saving={draft.saving} dirty={draft.dirty} savedAt={draft.saved.updatedAt} /> : null}
            <Button variant="ghost" asChild>
              <Link href={href(`runs?workflow=${workflow.id}`)}>
                <HistoryIcon aria-hidden="true" />
                Runs
              </Link>
            </Button>
            <SaveDraftButton onSave={draft.save} saving={draft.saving} blocker={draft.saveBlocker} />
            <PublishButton workflowId={workflow.id} dirty={draft.dirty} issueCount={draft.saved.issues.length} />
          </>
        }
      />

      {readOnlyReason ? (
        <Alert>
          <EyeIcon />
          <AlertDescription>
            <p>You&apos;re viewing this workflow read-only. {readOnlyReason}</p>
          </AlertDescription>
        </Alert>
      ) : null}

      <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <div className="grid min-w-0 gap-6">
          <WorkflowDetailsCard draft={draft} />
          <DefinitionEditorCard draft={draft} textareaRef={textareaRef} onRevealOffset={reveal} />
        </div>
        <div className="grid min-w-0 gap-6">
          <ValidationIssuesCard
            issues={draft.saved.issues}
            definition={draft.parsed.ok ? draft.parsed.value : undefined}
            stale={draft.dirty}
            onReveal={revealIssue}
          />
          <RunNowCard
            workflowId={workflow.id}
            publishedVersion={published?.version ?? null}
            initialDefinition={initialDefinition}
            currentDefinition={draft.parsed.ok ? draft.parsed.value : initialDefinition}
          />
          <ScheduleCard workflow={workflow} draftDefinition={draft.parsed.ok ? draft.parsed.value : workflow.draft} />
          <VersionHistoryCard versions={workflow.versions} publishedVersionId={workflow.publishedVersionId} />
          <NodeTypesCard onInsertExample={insertExample} />
        </div>
      </div>

      {draft.canWrite ? <WorkflowDangerZone workflowId={workflow.id} name={draft.saved.name} /> : null}
    </div>
  );
}
