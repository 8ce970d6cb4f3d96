"use client";

import { PlusIcon } from "lucide-react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import { DisabledReason } from "@/components/ui/disabled-reason";
import { NewWorkflowForm } from "./new-workflow-form";
import { usePermissionReason } from "./use-permission-reason";

/** "New workflow": a dialog asking for a name, then the editor. Disabled, with the reason, for roles that cannot create. */
export function NewWorkflowDialog() {
  const reasonFor = usePermissionReason();
  const [open, setOpen] = useState(false);
  const denied = reasonFor("workflows.write");

  if (denied) {
    return (
      <DisabledReason reason={denied}>
        <Button disabled>
          <PlusIcon aria-hidden="true" />
          New workflow
        </Button>
      </DisabledReason>
    );
  }

  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button>
          <PlusIcon aria-hidden="true" />
          New workflow
        </Button>
      </DialogTrigger>
      <DialogContent className="sm:max-w-md">
        <NewWorkflowForm onCreated={() => setOpen(false)} />
      </DialogContent>
    </Dialog>
  );
}
