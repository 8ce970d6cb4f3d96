"use client";

import { PlusIcon } from "lucide-react";
import { FieldError } from "@/components/ui/form-field-error";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/textarea";
import { parseEvents } from "./hmac-settings";

const MAX_SUGGESTIONS = 12;

/** The events a delivery must have to start runs, typed as a list; the trigger's usual events offered as chips. */
export function EventsField({
  id,
  value,
  onChange,
  suggestions = [],
  error,
  disabled,
}: {
  id: string;
  value: string;
  onChange: (value: string) => void;
  suggestions?: readonly string[];
  error?: string;
  disabled?: boolean;
}) {
  const chosen = new Set(parseEvents(value));
  const offered = suggestions.filter((event) => !chosen.has(event)).slice(0, MAX_SUGGESTIONS);
  return (
    <div className="grid gap-2">
      <Label htmlFor={id}>Events</Label>
      <Textarea
        id={id}
        rows={2}
        value={value}
        disabled={disabled}
        onChange={(e) => onChange(e.target.value)}
        placeholder="Every event (leave empty), or e.g. issues.opened, pull_request.opened"
        className="min-h-0 font-mono text-xs"
        aria-describedby={`${id}-hint`}
      />
      <p id={`${id}-hint`} className="text-xs text-muted-foreground">
        Separate with commas or spaces. Deliveries with other events are kept in the log but start nothing.
      </p>
      {offered.length > 0 && !disabled ? (
        <div className="flex flex-wrap gap-1.5" aria-label="Add a usual event">
          {offered.map((event) => (
            <button
              key={event}
              type="button"
              onClick={() => onChange([...chosen, event].join(", "))}
              className="inline-flex items-center gap-1 rounded-full border bg-background px-2 py-0.5 font-mono text-[0.7rem] text-muted-foreground hover:bg-accent hover:text-foreground focus-visible:ring-[3px] focus-visible:ring-ring/50 focus-visible:outline-none"
            >
              <PlusIcon aria-hidden="true" className="size-3" />
              {event}
            </button>
          ))}
        </div>
      ) : null}
      <FieldError message={error} />
    </div>
  );
}
