import { KeyRoundIcon, TriangleAlertIcon } from "lucide-react";
import { CopyButton } from "@/components/common/copy-button";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";

/** A signing secret shown the one time the API returns it, with a copy button and the warning that it will not be shown again. */
export function SecretOnce({ secret, pasted, where }: { secret: string; pasted: boolean; where: string }) {
  return (
    <div className="grid gap-3">
      <div className="grid gap-1.5">
        <p className="flex items-center gap-1.5 text-sm font-medium">
          <KeyRoundIcon aria-hidden="true" className="size-4" />
          Signing secret
        </p>
        <div className="flex min-w-0 items-center gap-2">
          <code data-testid="webhook-secret" className="min-w-0 flex-1 rounded-md border bg-muted/40 px-2.5 py-2 font-mono text-xs break-all select-all">
            {secret}
          </code>
          <CopyButton value={secret} label="Copy secret" className="shrink-0" />
        </div>
      </div>
      <Alert className="border-amber-500/40 bg-amber-50 text-amber-900 dark:bg-amber-950/40 dark:text-amber-200">
        <TriangleAlertIcon aria-hidden="true" />
        <AlertTitle>{pasted ? "Stored — this is the last time it is shown" : "Copy it now: it is shown only this once"}</AlertTitle>
        <AlertDescription className="text-amber-900/90 dark:text-amber-200/90">
          {pasted
            ? "Junction keeps the secret encrypted and shows only its last characters from now on."
            : `Put it in ${where}. Junction keeps it encrypted and shows only its last characters from now on; if it is lost, rotate the secret.`}
        </AlertDescription>
      </Alert>
    </div>
  );
}
