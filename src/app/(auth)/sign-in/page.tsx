import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { authHref, firstParam, safeCallbackUrl } from "@/components/auth/callback-url";
import { OAuthButtons } from "@/components/auth/oauth-buttons";
import { SignInForm } from "@/components/auth/sign-in-form";
import { redirectErrorMessage } from "@/components/auth/sign-in-messages";
import { Card, CardContent, CardDescription, CardFooter, CardHeader, CardTitle } from "@/components/ui/card";
import { auth } from "@/server/auth";
import { oauthProviders } from "@/server/auth/config";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const callbackUrl = safeCallbackUrl(params.callbackUrl);
  const session = await auth();
  if (session?.user?.id) redirect(callbackUrl ?? "/");

  const email = firstParam(params.email);
  return (
    <Card className="shadow-lg">
      <CardHeader className="text-center">
        <CardTitle className="text-xl">Sign in to Junction</CardTitle>
        <CardDescription>Welcome back. Enter your email and password to continue.</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-4">
        <OAuthButtons
          providers={{ github: oauthProviders.github, google: oauthProviders.google }}
          callbackUrl={callbackUrl ?? "/"}
        />
        <SignInForm
          callbackUrl={callbackUrl ?? "/"}
          defaultEmail={email}
          initialError={redirectErrorMessage(firstParam(params.error), firstParam(params.code))}
        />
      </CardContent>
      <CardFooter className="justify-center text-sm text-muted-foreground">
        <p>
          New to Junction?{" "}
          <Link href={authHref("/sign-up", { callbackUrl, email })} className="font-medium text-primary hover:underline">
            Create an account
          </Link>
        </p>
      </CardFooter>
    </Card>
  );
}
