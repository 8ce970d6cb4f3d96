import type { Metadata } from "next";
import { InvitationsSection } from "@/components/invitations/invitations-section";
import { MembersSection } from "@/components/members/members-section";
import { requireOrg } from "@/components/shell/require-org";
import { getQueryClient, HydrateClient, trpc } from "@/trpc/server";

export const metadata: Metadata = { title: "Members" };

export default async function MembersPage({ params }: { params: Promise<{ orgSlug: string }> }) {
  const { orgSlug } = await params;
  await requireOrg(orgSlug);
  const queryClient = getQueryClient();
  await Promise.all([
    queryClient.prefetchQuery(trpc.member.list.queryOptions({ orgSlug })),
    queryClient.prefetchQuery(trpc.invitation.list.queryOptions({ orgSlug })),
  ]);

  return (
    <HydrateClient>
      <div className="grid gap-12">
        <MembersSection />
        <InvitationsSection />
      </div>
    </HydrateClient>
  );
}
