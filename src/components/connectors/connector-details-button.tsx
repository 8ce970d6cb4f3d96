"use client";

import { PanelRightOpenIcon } from "lucide-react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { ConnectorDetailsSheet } from "./connector-details-sheet";

/** "Details" on a connector card or row: opens the connector's details sheet. */
export function ConnectorDetailsButton({ connectorId, connectorName, className }: { connectorId: string; connectorName: string; className?: string }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button type="button" variant="outline" size="sm" className={className} onClick={() => setOpen(true)} aria-label={`${connectorName} details`} aria-haspopup="dialog">
        <PanelRightOpenIcon aria-hidden="true" />
        Details
      </Button>
      <ConnectorDetailsSheet connectorId={connectorId} fallbackName={connectorName} open={open} onOpenChange={setOpen} />
    </>
  );
}
