"use client";

import { TextField } from "@/components/forms/text-field";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/textarea";
import type { WorkflowDraft } from "./use-workflow-draft";
import { WORKFLOW_DESCRIPTION_MAX, WORKFLOW_NAME_MAX } from "./workflow-fields";

/** The workflow's name and description, saved with the draft. */
export function WorkflowDetailsCard({ draft }: { draft: WorkflowDraft }) {
  const readOnly = !draft.canWrite;
  return (
    <Card className="gap-4">
      <CardHeader>
        <CardTitle>Details</CardTitle>
        <CardDescription>Shown in the workflow list and on every run. Saved with the draft.</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-4">
        <TextField
          id="workflow-name"
          label="Name"
          value={draft.name}
          onChange={(event) => draft.setName(event.target.value)}
          maxLength={WORKFLOW_NAME_MAX}
          autoComplete="off"
          readOnly={readOnly}
          error={draft.nameError}
        />
        <div className="grid gap-2">
          <Label htmlFor="workflow-description">Description</Label>
          <Textarea
            id="workflow-description"
            value={draft.description}
            onChange={(event) => draft.setDescription(event.target.value)}
            maxLength={WORKFLOW_DESCRIPTION_MAX}
            rows={2}
            placeholder={readOnly ? "No description" : "What it does and when it runs (optional)"}
            readOnly={readOnly}
            className="max-h-40"
          />
        </div>
      </CardContent>
    </Card>
  );
}
