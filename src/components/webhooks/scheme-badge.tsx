import { ShieldCheckIcon, ShieldOffIcon } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";
import { SCHEME_INFO } from "./scheme-info";
import type { WebhookScheme } from "./webhook-types";

/** How deliveries are signed; an unsigned endpoint is marked as such in amber. */
export function SchemeBadge({ scheme, className }: { scheme: WebhookScheme; className?: string }) {
  const unsigned = scheme === "none";
  return (
    <Badge
      variant="outline"
      title={SCHEME_INFO[scheme].explanation}
      className={cn(unsigned && "border-amber-500/40 text-amber-800 dark:text-amber-300", className)}
    >
      {unsigned ? <ShieldOffIcon aria-hidden="true" /> : <ShieldCheckIcon aria-hidden="true" />}
      {unsigned ? "No signature" : `${SCHEME_INFO[scheme].label} signature`}
    </Badge>
  );
}
