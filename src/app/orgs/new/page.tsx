import type { Metadata } from "next";
import { SignedInAs } from "@/components/auth/signed-in-as";
import { CenteredPage } from "@/components/brand/centered-page";
import { appHost } from "@/components/orgs/app-host";
import { CreateOrgForm } from "@/components/orgs/create-org-form";
import { requireUser } from "@/components/shell/require-org";
import { Card, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { serverCaller } from "@/trpc/server";

export const metadata: Metadata = { title: "Create an organization" };

export default async function NewOrganizationPage() {
  const user = await requireUser("/orgs/new");
  const orgs = await (await serverCaller()).org.listMine();
  const first = orgs[0];

  return (
    <CenteredPage width="md" footer={<SignedInAs email={user.email} />}>
      <Card className="shadow-lg">
        <CardHeader>
          <CardTitle className="text-xl">{first ? "Create another organization" : "Create your organization"}</CardTitle>
          <CardDescription>
            An organization holds your team&apos;s workflows, connections and webhooks. You&apos;ll be its owner and can
            invite others once it exists.
          </CardDescription>
        </CardHeader>
        <CreateOrgForm appHost={appHost()} cancelHref={first ? `/o/${first.slug}` : null} />
      </Card>
    </CenteredPage>
  );
}
