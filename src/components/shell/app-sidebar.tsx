"use client";

import Link from "next/link";
import { LogoMark } from "@/components/brand/logo";
import { OrgSwitcher } from "./org-switcher";
import { useOrg } from "./org-context";
import { SidebarNav } from "./sidebar-nav";

/** The sidebar's contents: product mark, org switcher and section links. Used on desktop and in the mobile drawer. */
export function AppSidebar({ onNavigate }: { onNavigate?: () => void }) {
  const { href } = useOrg();
  return (
    <div className="flex h-full flex-col bg-sidebar text-sidebar-foreground">
      <div className="flex h-14 shrink-0 items-center border-b border-sidebar-border px-4">
        <Link
          href={href()}
          onClick={onNavigate}
          className="flex items-center gap-2.5 rounded-md outline-none focus-visible:ring-[3px] focus-visible:ring-sidebar-ring/50"
        >
          <LogoMark className="size-7" />
          <span className="text-base font-semibold tracking-tight">Junction</span>
        </Link>
      </div>
      <div className="px-3 pt-4">
        <OrgSwitcher />
      </div>
      <div className="flex flex-1 flex-col overflow-y-auto px-3 py-4">
        <SidebarNav onNavigate={onNavigate} />
      </div>
    </div>
  );
}
