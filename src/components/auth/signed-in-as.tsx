import { SignOutButton } from "./sign-out-button";

/** "Signed in as ada@example.com · Sign out", for pages outside the app shell. */
export function SignedInAs({ email }: { email: string }) {
  return (
    <p className="flex flex-wrap items-center justify-center gap-x-1.5">
      Signed in as <span className="font-medium text-foreground">{email}</span>
      <span aria-hidden="true">·</span>
      <SignOutButton className="h-auto p-0 text-sm" />
    </p>
  );
}
