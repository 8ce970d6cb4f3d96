"use client";

import { PlayIcon } from "lucide-react";
import { Popover } from "radix-ui";
import { useId, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { DisabledReason } from "@/components/ui/disabled-reason";
import { FieldError } from "@/components/ui/form-field-error";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Spinner } from "@/components/ui/spinner";

const URL_KEY = (connectionId: string) => `junction.connection-test-url.${connectionId}`;

function rememberedUrl(connectionId: string): string {
  try {
    return window.localStorage.getItem(URL_KEY(connectionId)) ?? "";
  } catch {
    return "";
  }
}

function rememberUrl(connectionId: string, url: string) {
  try {
    window.localStorage.setItem(URL_KEY(connectionId), url);
  } catch {
    // Private mode: the URL is asked for again next time.
  }
}

function checkUrl(value: string): string | undefined {
  if (!value) return "Enter the URL to call.";
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:" ? undefined : "Use an http:// or https:// URL.";
  } catch {
    return "Enter an absolute URL, such as https://api.example.com/me.";
  }
}

/**
 * "Test": runs the connection's test request. Connectors that take full URLs (HTTP, GraphQL) have none of their own,
 * so a small popover first asks which URL to GET with the connection's credential (remembered per connection).
 */
export function TestConnectionButton({
  connectionId,
  connectionName,
  needsUrl,
  pending,
  onRun,
  disabledReason,
  emphasize = false,
}: {
  connectionId: string;
  connectionName: string;
  needsUrl: boolean;
  pending: boolean;
  onRun: (url?: string) => void;
  disabledReason: string | null;
  emphasize?: boolean;
}) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const [url, setUrl] = useState("");
  const [error, setError] = useState<string | undefined>();

  const button = (
    <Button
      type="button"
      size="sm"
      variant={emphasize ? "default" : "outline"}
      disabled={pending || Boolean(disabledReason)}
      aria-busy={pending || undefined}
      onClick={needsUrl ? undefined : () => onRun()}
    >
      {pending ? <Spinner aria-hidden="true" /> : <PlayIcon aria-hidden="true" />}
      Test
    </Button>
  );

  if (disabledReason) return <DisabledReason reason={disabledReason}>{button}</DisabledReason>;
  if (!needsUrl) return button;

  function onOpenChange(next: boolean) {
    if (next) {
      setUrl(rememberedUrl(connectionId));
      setError(undefined);
    }
    setOpen(next);
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const value = url.trim();
    const problem = checkUrl(value);
    setError(problem);
    if (problem) return;
    rememberUrl(connectionId, value);
    setOpen(false);
    onRun(value);
  }

  return (
    <Popover.Root open={open} onOpenChange={onOpenChange}>
      <Popover.Trigger asChild>{button}</Popover.Trigger>
      <Popover.Portal>
        <Popover.Content
          align="end"
          sideOffset={6}
          aria-label={`Test “${connectionName}”`}
          className={cn(
            "z-50 w-80 max-w-[calc(100vw-2rem)] rounded-lg border bg-popover p-4 text-popover-foreground shadow-md outline-none",
            "data-[state=closed]:animate-out data-[state=closed]:fade-out-0 data-[state=open]:animate-in data-[state=open]:fade-in-0 data-[state=open]:zoom-in-95",
          )}
        >
          <form noValidate onSubmit={onSubmit} className="grid gap-3">
            <div className="grid gap-2">
              <Label htmlFor={`${id}-url`}>URL to test</Label>
              <Input
                id={`${id}-url`}
                type="url"
                inputMode="url"
                autoComplete="url"
                placeholder="https://api.example.com/me"
                value={url}
                onChange={(event) => setUrl(event.target.value)}
                aria-invalid={error ? true : undefined}
                aria-describedby={`${id}-hint${error ? ` ${id}-error` : ""}`}
                autoFocus
              />
              <p id={`${id}-hint`} className="text-xs text-muted-foreground">
                This connection has no test of its own: Junction sends a GET to this URL with its credential. Pick an
                endpoint that needs authentication.
              </p>
              <FieldError id={`${id}-error`} message={error} />
            </div>
            <div className="flex justify-end gap-2">
              <Button type="button" variant="ghost" size="sm" onClick={() => setOpen(false)}>
                Cancel
              </Button>
              <Button type="submit" size="sm">
                Run test
              </Button>
            </div>
          </form>
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
}
