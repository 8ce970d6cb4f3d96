import { cn } from "@/components/ui/cn";
import { initialsOf } from "./initials";

/** A square badge with an organization's initials. */
export function OrgAvatar({ name, className }: { name: string; className?: string }) {
  return (
    <span
      aria-hidden="true"
      className={cn(
        "flex size-8 shrink-0 items-center justify-center rounded-md bg-primary/10 text-xs font-semibold text-primary ring-1 ring-primary/15 ring-inset",
        className,
      )}
    >
      {initialsOf(name)}
    </span>
  );
}
