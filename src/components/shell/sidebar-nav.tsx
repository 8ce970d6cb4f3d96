"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "@/components/ui/cn";
import { AUTOMATION_NAV, isActive, PRIMARY_NAV, SETTINGS_NAV, type NavItem } from "./nav-items";
import { useOrg } from "./org-context";

function NavLink({ item, active, onNavigate }: { item: NavItem; active: boolean; onNavigate?: () => void }) {
  const { href } = useOrg();
  const Icon = item.icon;
  return (
    <Link
      href={href(item.path)}
      onClick={onNavigate}
      aria-current={active ? "page" : undefined}
      className={cn(
        "group flex h-9 items-center gap-3 rounded-md px-3 text-sm font-medium text-sidebar-foreground/75 transition-colors outline-none",
        "hover:bg-sidebar-accent hover:text-sidebar-accent-foreground focus-visible:ring-[3px] focus-visible:ring-sidebar-ring/50",
        active && "bg-sidebar-accent text-sidebar-accent-foreground",
      )}
    >
      <Icon
        aria-hidden="true"
        className={cn(
          "size-4 shrink-0 text-muted-foreground transition-colors group-hover:text-sidebar-accent-foreground",
          active && "text-sidebar-primary group-hover:text-sidebar-primary",
        )}
      />
      {item.label}
    </Link>
  );
}

function NavGroup({
  label,
  items,
  onNavigate,
}: {
  label?: string;
  items: readonly NavItem[];
  onNavigate?: () => void;
}) {
  const pathname = usePathname();
  const { href } = useOrg();
  const base = href();
  return (
    <div className="grid gap-1">
      {label ? (
        <p className="px-3 pt-2 pb-1 text-xs font-medium tracking-wide text-muted-foreground uppercase">{label}</p>
      ) : null}
      {items.map((item) => (
        <NavLink key={item.label} item={item} active={isActive(pathname, base, item)} onNavigate={onNavigate} />
      ))}
    </div>
  );
}

/** The section links of the app shell, with the current section highlighted. */
export function SidebarNav({ onNavigate }: { onNavigate?: () => void }) {
  return (
    <nav aria-label="Main" className="flex flex-1 flex-col gap-4">
      <NavGroup items={PRIMARY_NAV} onNavigate={onNavigate} />
      <NavGroup label="Automation" items={AUTOMATION_NAV} onNavigate={onNavigate} />
      <div className="mt-auto">
        <NavGroup items={SETTINGS_NAV} onNavigate={onNavigate} />
      </div>
    </nav>
  );
}
