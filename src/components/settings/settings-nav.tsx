"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useOrg } from "@/components/shell/org-context";
import { cn } from "@/components/ui/cn";

const TABS = [
  { label: "General", path: "settings" },
  { label: "Members", path: "settings/members" },
  { label: "Audit log", path: "settings/audit" },
] as const;

/** General | Members | Audit log, as links styled like tabs. */
export function SettingsNav() {
  const pathname = usePathname();
  const { href } = useOrg();
  return (
    <nav aria-label="Settings" className="-mx-1 overflow-x-auto border-b">
      <ul className="flex min-w-max gap-1 px-1">
        {TABS.map((tab) => {
          const target = href(tab.path);
          const active = pathname === target;
          return (
            <li key={tab.path}>
              <Link
                href={target}
                aria-current={active ? "page" : undefined}
                className={cn(
                  "relative inline-flex h-10 items-center rounded-t-md px-3 text-sm font-medium text-muted-foreground transition-colors outline-none hover:text-foreground focus-visible:ring-[3px] focus-visible:ring-ring/50",
                  "after:absolute after:inset-x-2 after:-bottom-px after:h-0.5 after:rounded-full after:bg-transparent",
                  active && "text-foreground after:bg-primary",
                )}
              >
                {tab.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
