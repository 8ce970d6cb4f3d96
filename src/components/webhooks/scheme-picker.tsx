"use client";

import { RadioGroup } from "radix-ui";
import { cn } from "@/components/ui/cn";
import { SCHEME_INFO, SCHEMES } from "./scheme-info";
import type { WebhookScheme } from "./webhook-types";

/** The signature schemes as radio cards, each with its one-line explanation; `locked` keeps only one choosable. */
export function SchemePicker({
  value,
  onChange,
  locked,
  labelledBy,
}: {
  value: WebhookScheme;
  onChange: (scheme: WebhookScheme) => void;
  /** Set when a connector trigger decides the scheme. */
  locked?: WebhookScheme;
  labelledBy: string;
}) {
  return (
    <RadioGroup.Root
      aria-labelledby={labelledBy}
      value={value}
      onValueChange={(next) => onChange(next as WebhookScheme)}
      className="grid gap-2 sm:grid-cols-2"
    >
      {SCHEMES.map((scheme) => {
        const info = SCHEME_INFO[scheme];
        const disabled = locked !== undefined && locked !== scheme;
        return (
          <RadioGroup.Item
            key={scheme}
            value={scheme}
            disabled={disabled}
            className={cn(
              "group grid gap-1 rounded-lg border bg-background p-3 text-left text-sm shadow-xs outline-none transition-colors",
              "hover:bg-accent/50 focus-visible:ring-[3px] focus-visible:ring-ring/50 disabled:cursor-not-allowed disabled:opacity-45",
              "data-[state=checked]:border-primary data-[state=checked]:bg-primary/[0.04] data-[state=checked]:shadow-[inset_0_0_0_1px_var(--color-primary)]",
            )}
          >
            <span className="flex items-center gap-2 font-medium">
              <span aria-hidden="true" className="flex size-4 items-center justify-center rounded-full border group-data-[state=checked]:border-primary">
                <RadioGroup.Indicator className="size-2 rounded-full bg-primary" />
              </span>
              {info.label}
            </span>
            <span className={cn("text-xs/relaxed text-muted-foreground", scheme === "none" && "text-amber-800 dark:text-amber-300")}>{info.explanation}</span>
          </RadioGroup.Item>
        );
      })}
    </RadioGroup.Root>
  );
}
