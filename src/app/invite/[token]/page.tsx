import { TRPCError } from "@trpc/server";
import { LinkIcon, TriangleAlertIcon } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { authHref } from "@/components/auth/callback-url";
import { SignedInAs } from "@/components/auth/signed-in-as";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { CenteredPage } from "@/components/brand/centered-page";
import { OrgAvatar } from "@/components/common/org-avatar";
import { AcceptInvitationButton } from "@/components/invitations/accept-invitation-button";
import { InvitationDetails } from "@/components/invitations/invitation-details";
import { InvitationUnavailable } from "@/components/invitations/invitation-unavailable";
import { roleWithArticle } from "@/components/members/roles";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardFooter, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { auth } from "@/server/auth";
import { serverCaller } from "@/trpc/server";

// The token is in the URL: don't hand it to other sites through the Referer header.
export const metadata: Metadata = { title: "Invitation", referrer: "no-referrer" };

async function loadPreview(token: string) {
  try {
    return { preview: await (await serverCaller()).invitation.preview({ token }), error: null };
  } catch (error) {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")) {
      return { preview: null, error: error.message };
    }
    throw error;
  }
}

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [session, { preview, error }] = await Promise.all([auth(), loadPreview(token)]);
  const signedInEmail = session?.user?.id ? (session.user.email ?? null) : null;
  const footer = signedInEmail ? <SignedInAs email={signedInEmail} /> : null;

  if (!preview) {
    return (
      <CenteredPage width="md" footer={footer}>
        <EmptyState
          icon={LinkIcon}
          title="This invitation link isn't valid"
          description={error ?? "Check that you copied the whole link, or ask for a new invitation."}
          className="bg-card"
          action={
            <Button variant="outline" asChild>
              <Link href="/">Go to Junction</Link>
            </Button>
          }
        />
      </CenteredPage>
    );
  }

  const here = `/invite/${token}`;
  const { status } = preview;
  const pending = status === "pending";
  const wrongAccount = signedInEmail !== null && signedInEmail.toLowerCase() !== preview.email.toLowerCase();

  return (
    <CenteredPage width="md" footer={footer}>
      <Card className="shadow-lg">
        <CardHeader className="justify-items-center text-center">
          <OrgAvatar name={preview.orgName} className="mb-2 size-12 rounded-xl text-base" />
          <CardTitle className="text-xl">
            {pending ? `Join ${preview.orgName} on Junction` : `Invitation to ${preview.orgName}`}
          </CardTitle>
          <CardDescription>
            {preview.invitedBy} invited {preview.email} to join as {roleWithArticle(preview.role)}.
          </CardDescription>
        </CardHeader>
        <CardContent className="grid gap-4">
          <InvitationDetails
            orgName={preview.orgName}
            email={preview.email}
            role={preview.role}
            invitedBy={preview.invitedBy}
            expiresAt={preview.expiresAt}
            showExpiry={pending}
          />
          {!pending ? (
            <InvitationUnavailable status={status} orgName={preview.orgName} expiresAt={preview.expiresAt} />
          ) : wrongAccount ? (
            <Alert>
              <TriangleAlertIcon />
              <AlertDescription>
                <p>
                  You&apos;re signed in as <span className="font-medium text-foreground">{signedInEmail}</span>, but this
                  invitation is for <span className="font-medium text-foreground">{preview.email}</span>. Sign in with
                  that address to accept it.
                </p>
              </AlertDescription>
            </Alert>
          ) : null}
        </CardContent>
        <CardFooter className="flex-col gap-2">
          {!pending ? (
            <Button variant="outline" className="w-full" asChild>
              <Link href="/">{signedInEmail ? "Go to Junction" : "Sign in"}</Link>
            </Button>
          ) : signedInEmail ? (
            <>
              <div className="w-full">
                <AcceptInvitationButton token={token} />
              </div>
              {wrongAccount ? (
                <SignOutButton
                  variant="outline"
                  className="w-full"
                  redirectTo={authHref("/sign-in", { callbackUrl: here, email: preview.email })}
                >
                  Sign in as {preview.email}
                </SignOutButton>
              ) : null}
            </>
          ) : (
            <>
              <Button className="w-full" asChild>
                <Link href={authHref("/sign-in", { callbackUrl: here, email: preview.email })}>Sign in to accept</Link>
              </Button>
              <Button variant="outline" className="w-full" asChild>
                <Link href={authHref("/sign-up", { callbackUrl: here, email: preview.email })}>Create an account</Link>
              </Button>
            </>
          )}
        </CardFooter>
      </Card>
    </CenteredPage>
  );
}
