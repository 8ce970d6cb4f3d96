import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { authHref, firstParam, safeCallbackUrl } from "@/components/auth/callback-url";
import { OAuthButtons } from "@/components/auth/oauth-buttons";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { Card, CardContent, CardDescription, CardFooter, CardHeader, CardTitle } from "@/components/ui/card";
import { auth } from "@/server/auth";
import { oauthProviders } from "@/server/auth/config";

export const metadata: Metadata = { title: "Create an account" };

export default async function SignUpPage({
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
        <CardTitle className="text-xl">Create your account</CardTitle>
        <CardDescription>Connect your apps and automate the work between them.</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-4">
        <OAuthButtons
          providers={{ github: oauthProviders.github, google: oauthProviders.google }}
          callbackUrl={callbackUrl ?? "/"}
        />
        <SignUpForm callbackUrl={callbackUrl} defaultEmail={email} />
      </CardContent>
      <CardFooter className="justify-center text-sm text-muted-foreground">
        <p>
          Already have an account?{" "}
          <Link href={authHref("/sign-in", { callbackUrl, email })} className="font-medium text-primary hover:underline">
            Sign in
          </Link>
        </p>
      </CardFooter>
    </Card>
  );
}
