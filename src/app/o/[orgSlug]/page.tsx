import type { Metadata } from "next";
import { AccessSummaryCard } from "@/components/dashboard/access-summary-card";
import { GettingStartedCards } from "@/components/dashboard/getting-started-cards";
import { TeamSummaryCard } from "@/components/dashboard/team-summary-card";
import { roleWithArticle } from "@/components/members/roles";
import { requireOrg } from "@/components/shell/require-org";
import { PageHeader } from "@/components/ui/page-header";
import { serverCaller } from "@/trpc/server";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage({ params }: { params: Promise<{ orgSlug: string }> }) {
  const { orgSlug } = await params;
  const { user, org } = await requireOrg(orgSlug);
  const caller = await serverCaller();
  const [members, invitations] = await Promise.all([
    caller.member.list({ orgSlug }),
    caller.invitation.list({ orgSlug }),
  ]);
  const firstName = user.name?.trim().split(/\s+/)[0];
  const base = `/o/${org.slug}`;

  return (
    <div className="grid gap-10">
      <PageHeader
        title={firstName ? `Welcome, ${firstName}` : "Welcome"}
        description={
          <>
            You&apos;re {roleWithArticle(org.role)} of <span className="font-medium text-foreground">{org.name}</span>.
            Here&apos;s how to get your first automation running.
          </>
        }
      />
      <section aria-labelledby="getting-started" className="grid gap-4">
        <h2 id="getting-started" className="text-sm font-medium text-muted-foreground">
          Get started
        </h2>
        <GettingStartedCards base={base} canInvite={org.permissions.includes("members.manage")} />
      </section>
      <section aria-labelledby="organization-overview" className="grid gap-4">
        <h2 id="organization-overview" className="text-sm font-medium text-muted-foreground">
          Organization
        </h2>
        <div className="grid gap-4 lg:grid-cols-2">
          <TeamSummaryCard
            members={members}
            pendingInvitations={invitations.filter((i) => i.status === "pending").length}
            membersHref={`${base}/settings/members`}
            canInvite={org.permissions.includes("members.manage")}
          />
          <AccessSummaryCard role={org.role} permissions={org.permissions} />
        </div>
      </section>
    </div>
  );
}
