import { cn } from "@/components/ui/cn";
import { statusMeta } from "./status-meta";

/** Just the status icon, with the status as its accessible label unless `decorative`. */
export function StatusIcon({ status, className, decorative = false }: { status: string; className?: string; decorative?: boolean }) {
  const meta = statusMeta(status);
  const Icon = meta.icon;
  return (
    <Icon
      aria-hidden={decorative ? true : undefined}
      aria-label={decorative ? undefined : meta.label}
      role={decorative ? undefined : "img"}
      className={cn("size-4 shrink-0", meta.iconClass, className)}
    />
  );
}
