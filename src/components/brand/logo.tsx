import { cn } from "@/components/ui/cn";

/** The Junction mark: two routes merging into one, on the primary colour. */
export function LogoMark({ className }: { className?: string }) {
  return (
    <span
      aria-hidden="true"
      className={cn(
        "inline-flex size-8 shrink-0 items-center justify-center rounded-lg bg-primary text-primary-foreground shadow-sm",
        className,
      )}
    >
      <svg viewBox="0 0 24 24" fill="none" className="size-[62%]">
        <path
          d="M6 4.5c0 5 6 5 6 10v5M18 4.5c0 5-6 5-6 10"
          stroke="currentColor"
          strokeWidth="2.4"
          strokeLinecap="round"
          strokeLinejoin="round"
        />
        <circle cx="6" cy="4.5" r="2" fill="currentColor" />
        <circle cx="18" cy="4.5" r="2" fill="currentColor" />
      </svg>
    </span>
  );
}

/** Mark plus wordmark. */
export function Logo({ className, markClassName }: { className?: string; markClassName?: string }) {
  return (
    <span className={cn("inline-flex items-center gap-2.5", className)}>
      <LogoMark className={markClassName} />
      <span className="text-lg font-semibold tracking-tight">Junction</span>
    </span>
  );
}
