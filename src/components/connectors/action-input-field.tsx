"use client";

import { Switch } from "radix-ui";
import { InlineCode } from "@/components/connections/inline-code";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { FieldError } from "@/components/ui/form-field-error";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import type { ActionFormField } from "./action-form-fields";
import { formatBound } from "./action-input-values";

/** The select's item for "leave it out": Radix items cannot have an empty value. */
const NOT_SET = "__not_set__";

const FORMAT_HINTS: Readonly<Record<string, string>> = {
  email: "An email address.",
  uri: "A full URL.",
  url: "A full URL.",
  "date-time": "A date and time (ISO 8601), e.g. 2024-05-01T09:00:00Z.",
  date: "A date (ISO 8601), e.g. 2024-05-01.",
};

/** Short lines under the description: how to type the value. */
function typingHints(field: ActionFormField): string[] {
  const hints: string[] = [];
  if (field.kind === "string-list") hints.push("One per line, or separated by commas.");
  if (field.kind === "json") {
    hints.push(field.jsonShape === "object" ? "A JSON object." : field.jsonShape === "array" ? "A JSON list." : "Any JSON value.");
    if (field.keys) hints.push(`Keys: ${field.keys.map((key) => (key.required ? `${key.name} (required)` : key.name)).join(", ")}.`);
  }
  if ((field.kind === "number" || field.kind === "integer") && (field.minimum !== undefined || field.maximum !== undefined)) {
    const what = field.kind === "integer" ? "A whole number" : "A number";
    if (field.minimum !== undefined && field.maximum !== undefined) hints.push(`${what} from ${formatBound(field.minimum)} to ${formatBound(field.maximum)}.`);
    else if (field.minimum !== undefined) hints.push(`${what}, at least ${formatBound(field.minimum)}.`);
    else hints.push(`${what}, at most ${formatBound(field.maximum!)}.`);
  }
  if (field.format && FORMAT_HINTS[field.format]) hints.push(FORMAT_HINTS[field.format]!);
  return hints;
}

function BooleanControl({ id, field, value, onChange, describedBy }: { id: string; field: ActionFormField; value: string; onChange: (value: string) => void; describedBy?: string }) {
  const initial = field.defaultText ?? "";
  const state = value === "true" ? "On" : value === "false" ? "Off" : "Not set";
  const defaultNote = field.defaultText === undefined ? "" : value === field.defaultText ? " (default)" : ` · default ${field.defaultText === "true" ? "on" : "off"}`;
  return (
    <div className="flex items-center gap-3">
      <Switch.Root
        id={id}
        checked={value === "true"}
        onCheckedChange={(checked) => onChange(String(checked))}
        aria-describedby={describedBy}
        className="peer inline-flex h-5 w-9 shrink-0 items-center rounded-full border border-transparent bg-input shadow-xs transition-colors outline-none focus-visible:ring-[3px] focus-visible:ring-ring/50 data-[state=checked]:bg-primary dark:bg-input/80"
      >
        <Switch.Thumb className="pointer-events-none block size-4 rounded-full bg-background shadow-sm ring-0 transition-transform data-[state=checked]:translate-x-4 data-[state=unchecked]:translate-x-0.5" />
      </Switch.Root>
      <span className="text-sm text-muted-foreground" aria-hidden="true">
        {state}
        {defaultNote}
      </span>
      {value !== initial ? (
        <Button type="button" variant="ghost" size="sm" className="h-7 px-2 text-xs" onClick={() => onChange(initial)}>
          {initial === "" ? "Clear" : "Reset"}
        </Button>
      ) : null}
    </div>
  );
}

/**
 * One field of an action's input form: its label with "required" or "optional", a control for its JSON type, its
 * description as help text and its first example as placeholder, with "Use example" to fill it in.
 */
export function ActionInputField({
  id,
  field,
  value,
  onChange,
  error,
}: {
  /** The control's id; property names may hold characters an id should not. */
  id: string;
  field: ActionFormField;
  value: string;
  onChange: (value: string) => void;
  error: string | undefined;
}) {
  const hintId = `${id}-hint`;
  const errorId = error ? `${id}-error` : undefined;
  const hints = typingHints(field);
  const hasHelp = Boolean(field.description) || hints.length > 0;
  const describedBy = [errorId, hasHelp ? hintId : undefined].filter(Boolean).join(" ") || undefined;
  // "e.g." so an example is not mistaken for a value already filled in.
  const placeholder = field.example !== undefined ? (field.example.includes("\n") ? field.example : `e.g. ${field.example}`) : undefined;
  const canUseExample = field.example !== undefined && field.kind !== "boolean" && value !== field.example;
  const common = {
    id,
    name: field.name,
    value,
    placeholder,
    autoComplete: "off",
    spellCheck: false,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": describedBy,
    "aria-required": field.required ? true : undefined,
  } as const;

  let control;
  switch (field.kind) {
    case "boolean":
      control = <BooleanControl id={id} field={field} value={value} onChange={onChange} describedBy={describedBy} />;
      break;
    case "enum":
      control = (
        <Select value={value} onValueChange={(next) => onChange(next === NOT_SET ? "" : next)}>
          <SelectTrigger id={id} className="w-full" aria-invalid={common["aria-invalid"]} aria-describedby={describedBy} aria-required={common["aria-required"]}>
            <SelectValue placeholder={field.example !== undefined ? `e.g. ${String(JSON.parse(field.example))}` : "Choose…"} />
          </SelectTrigger>
          <SelectContent>
            {field.required ? null : (
              <SelectItem value={NOT_SET} className="text-muted-foreground">
                Not set
              </SelectItem>
            )}
            {field.options?.map((option) => (
              <SelectItem key={option.value} value={option.value}>
                {option.label}
              </SelectItem>
            ))}
          </SelectContent>
        </Select>
      );
      break;
    case "long-text":
      control = <Textarea {...common} className="max-h-64 min-h-20" onChange={(event) => onChange(event.target.value)} />;
      break;
    case "string-list":
      control = <Textarea {...common} rows={1} className="max-h-40 min-h-9" onChange={(event) => onChange(event.target.value)} />;
      break;
    case "json":
      control = <Textarea {...common} className="max-h-64 min-h-16 font-mono text-xs md:text-xs" onChange={(event) => onChange(event.target.value)} />;
      break;
    case "number":
    case "integer":
      // Text, not type="number": a number may also be a {{ template }}.
      control = <Input {...common} inputMode={field.kind === "integer" ? "numeric" : "decimal"} onChange={(event) => onChange(event.target.value)} />;
      break;
    default:
      control = <Input {...common} onChange={(event) => onChange(event.target.value)} />;
  }

  return (
    <div className="grid min-w-0 gap-2" data-field={field.name}>
      <div className="flex min-w-0 flex-wrap items-baseline justify-between gap-x-2 gap-y-1">
        <Label htmlFor={id} className="items-baseline">
          {field.label}
          <span className={cn("text-xs font-normal", field.required ? "text-foreground/70" : "text-muted-foreground")}>
            {field.required ? "required" : "optional"}
          </span>
        </Label>
        <div className="flex items-center gap-1">
          <code className="text-xs text-muted-foreground" aria-hidden="true">
            {field.name}
          </code>
          {canUseExample ? (
            <Button
              type="button"
              variant="link"
              size="sm"
              className="h-auto px-1 py-0 text-xs"
              onClick={() => onChange(field.example!)}
              aria-label={`Use example for ${field.label}`}
            >
              Use example
            </Button>
          ) : null}
        </div>
      </div>
      {control}
      {hasHelp ? (
        <div id={hintId} className="grid gap-0.5 text-xs/relaxed text-muted-foreground">
          {field.description ? (
            <p>
              <InlineCode text={field.description} />
            </p>
          ) : null}
          {hints.length > 0 ? <p>{hints.join(" ")}</p> : null}
        </div>
      ) : null}
      <FieldError id={errorId} message={error} />
    </div>
  );
}
