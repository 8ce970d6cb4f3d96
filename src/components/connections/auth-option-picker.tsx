"use client";

import { RadioGroup } from "radix-ui";
import { useId } from "react";
import { cn } from "@/components/ui/cn";
import { authOptionSummary, authOptionTitle } from "./auth-kinds";
import type { AuthOption, ConnectorInfo } from "./connection-types";

/** "How to connect": one card per auth option the connector offers (sign in with OAuth2, paste a token…). */
export function AuthOptionPicker({
  connector,
  options,
  value,
  onChange,
  disabled,
}: {
  connector: ConnectorInfo;
  options: readonly AuthOption[];
  value: string;
  onChange: (type: string) => void;
  disabled: boolean;
}) {
  const labelId = useId();
  return (
    <div className="grid gap-2">
      <span id={labelId} className="text-sm font-medium">
        How to connect
      </span>
      <RadioGroup.Root
        aria-labelledby={labelId}
        value={value}
        onValueChange={onChange}
        disabled={disabled}
        className="grid gap-2 sm:grid-cols-2"
      >
        {options.map((option) => (
          <RadioGroup.Item
            key={option.type}
            value={option.type}
            className={cn(
              "group flex items-start gap-3 rounded-lg border bg-background p-3 text-left transition-colors outline-none",
              "hover:bg-accent/50 focus-visible:border-ring focus-visible:ring-[3px] focus-visible:ring-ring/50",
              "data-[state=checked]:border-primary data-[state=checked]:bg-primary/5 disabled:cursor-not-allowed disabled:opacity-60",
            )}
          >
            <span
              aria-hidden="true"
              className="mt-0.5 flex size-4 shrink-0 items-center justify-center rounded-full border border-input group-data-[state=checked]:border-primary"
            >
              <span className="size-2 rounded-full bg-primary opacity-0 group-data-[state=checked]:opacity-100" />
            </span>
            <span className="grid min-w-0 gap-0.5">
              <span className="text-sm font-medium">{authOptionTitle(connector, option)}</span>
              <span className="text-xs text-muted-foreground">{authOptionSummary(connector, option)}</span>
            </span>
          </RadioGroup.Item>
        ))}
      </RadioGroup.Root>
    </div>
  );
}
