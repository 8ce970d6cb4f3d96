"use client";

import { signIn } from "next-auth/react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Spinner } from "@/components/ui/spinner";
import { GitHubIcon, GoogleIcon } from "./provider-icons";

export interface OAuthProviderFlags {
  github: boolean;
  google: boolean;
}

type Provider = keyof OAuthProviderFlags;

const PROVIDERS: ReadonlyArray<{ id: Provider; label: string; Icon: typeof GitHubIcon }> = [
  { id: "github", label: "Continue with GitHub", Icon: GitHubIcon },
  { id: "google", label: "Continue with Google", Icon: GoogleIcon },
];

/** GitHub / Google sign-in, shown only for the providers this server has configured, followed by an "or" divider. */
export function OAuthButtons({ providers, callbackUrl }: { providers: OAuthProviderFlags; callbackUrl: string }) {
  const [pending, setPending] = useState<Provider | null>(null);
  const enabled = PROVIDERS.filter((p) => providers[p.id]);
  if (enabled.length === 0) return null;

  function start(provider: Provider) {
    setPending(provider);
    void signIn(provider, { redirectTo: callbackUrl }).catch(() => setPending(null));
  }

  return (
    <div className="grid gap-4">
      <div className="grid gap-2">
        {enabled.map(({ id, label, Icon }) => (
          <Button
            key={id}
            type="button"
            variant="outline"
            className="w-full"
            disabled={pending !== null}
            onClick={() => start(id)}
          >
            {pending === id ? <Spinner aria-hidden="true" /> : <Icon className="size-4" />}
            {label}
          </Button>
        ))}
      </div>
      <div className="flex items-center gap-3 text-xs text-muted-foreground uppercase">
        <span className="h-px flex-1 bg-border" />
        or continue with email
        <span className="h-px flex-1 bg-border" />
      </div>
    </div>
  );
}
