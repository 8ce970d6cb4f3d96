import type { ReactNode } from "react";
import { AppShell } from "@/components/shell/app-shell";
import { OrgProvider } from "@/components/shell/org-context";
import { requireOrg } from "@/components/shell/require-org";
import { getQueryClient, HydrateClient, trpc } from "@/trpc/server";

export default async function OrgLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ orgSlug: string }>;
}) {
  const { orgSlug } = await params;
  const { user, org } = await requireOrg(orgSlug);
  await getQueryClient().prefetchQuery(trpc.org.listMine.queryOptions());

  return (
    <OrgProvider
      org={{ id: org.id, name: org.name, slug: org.slug }}
      role={org.role}
      permissions={org.permissions}
      user={{ id: user.id, name: user.name, email: user.email }}
    >
      <HydrateClient>
        <AppShell userImage={user.image}>{children}</AppShell>
      </HydrateClient>
    </OrgProvider>
  );
}
