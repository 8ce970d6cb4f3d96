import { LockIcon } from "lucide-react";
import type { Metadata } from "next";
import { AuditLog } from "@/components/audit/audit-log";
import { requireOrg } from "@/components/shell/require-org";
import { EmptyState } from "@/components/ui/empty-state";
import { getQueryClient, HydrateClient, trpc } from "@/trpc/server";

export const metadata: Metadata = { title: "Audit log" };

export default async function AuditLogPage({ params }: { params: Promise<{ orgSlug: string }> }) {
  const { orgSlug } = await params;
  const { org } = await requireOrg(orgSlug);

  if (!org.permissions.includes("audit.read")) {
    return (
      <EmptyState
        icon={LockIcon}
        title="Only owners and admins can see the audit log"
        description="The audit log records who changed what in this organization. Ask an owner or admin if you need to know about a change."
      />
    );
  }

  await getQueryClient().prefetchInfiniteQuery(
    trpc.audit.list.infiniteQueryOptions({ orgSlug }, { getNextPageParam: (page) => page.nextCursor }),
  );
  return (
    <HydrateClient>
      <AuditLog />
    </HydrateClient>
  );
}
