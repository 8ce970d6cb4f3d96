"use client";

import { EyeIcon, EyeOffIcon } from "lucide-react";
import { useState, type ComponentProps } from "react";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Input } from "@/components/ui/input";

/** A password input with a show/hide toggle, for a secret the user pastes once and never sees again. */
export function SecretInput({ className, ...props }: Omit<ComponentProps<typeof Input>, "type">) {
  const [shown, setShown] = useState(false);
  return (
    <div className="relative">
      <Input
        type={shown ? "text" : "password"}
        autoComplete="off"
        spellCheck={false}
        data-1p-ignore
        className={cn("pr-10 font-mono", className)}
        {...props}
      />
      <Button
        type="button"
        variant="ghost"
        size="icon-sm"
        className="absolute top-1/2 right-0.5 size-8 -translate-y-1/2 text-muted-foreground hover:text-foreground"
        // Not named after the field, so the field's label finds the input alone.
        aria-label={shown ? "Hide secret" : "Show secret"}
        aria-pressed={shown}
        onClick={() => setShown((value) => !value)}
        disabled={props.disabled}
      >
        {shown ? <EyeOffIcon aria-hidden="true" /> : <EyeIcon aria-hidden="true" />}
      </Button>
    </div>
  );
}
