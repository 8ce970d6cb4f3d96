"use client";

import { CircleAlertIcon, RotateCwIcon } from "lucide-react";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Spinner } from "@/components/ui/spinner";

/** A failed query: what failed, why, and a retry button. */
export function QueryErrorAlert({
  title,
  error,
  onRetry,
  retrying = false,
}: {
  title: string;
  error: { message: string };
  onRetry: () => void;
  retrying?: boolean;
}) {
  return (
    <Alert variant="destructive">
      <CircleAlertIcon />
      <AlertTitle>{title}</AlertTitle>
      <AlertDescription>
        <p>{error.message}</p>
        <Button variant="outline" size="sm" className="mt-2" onClick={onRetry} disabled={retrying}>
          {retrying ? <Spinner aria-hidden="true" /> : <RotateCwIcon aria-hidden="true" />}
          Try again
        </Button>
      </AlertDescription>
    </Alert>
  );
}
