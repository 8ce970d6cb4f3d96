import {
  BlocksIcon,
  HistoryIcon,
  LayoutDashboardIcon,
  PlugIcon,
  SettingsIcon,
  StoreIcon,
  WebhookIcon,
  WorkflowIcon,
  type LucideIcon,
} from "lucide-react";

export interface NavItem {
  label: string;
  /** Relative to `/o/<slug>`; "" is the dashboard. */
  path: string;
  icon: LucideIcon;
}

export const PRIMARY_NAV: readonly NavItem[] = [{ label: "Dashboard", path: "", icon: LayoutDashboardIcon }];

export const AUTOMATION_NAV: readonly NavItem[] = [
  { label: "Workflows", path: "workflows", icon: WorkflowIcon },
  { label: "Runs", path: "runs", icon: HistoryIcon },
  { label: "Connections", path: "connections", icon: PlugIcon },
  { label: "Connectors", path: "connectors", icon: BlocksIcon },
  { label: "Webhooks", path: "webhooks", icon: WebhookIcon },
  { label: "Marketplace", path: "marketplace", icon: StoreIcon },
];

export const SETTINGS_NAV: readonly NavItem[] = [{ label: "Settings", path: "settings", icon: SettingsIcon }];

/** Titles for breadcrumb segments below `/o/<slug>`. */
export const SEGMENT_LABELS: Readonly<Record<string, string>> = {
  workflows: "Workflows",
  runs: "Runs",
  connections: "Connections",
  connectors: "Connectors",
  new: "New",
  webhooks: "Webhooks",
  marketplace: "Marketplace",
  settings: "Settings",
  members: "Members",
  audit: "Audit log",
};

/** Whether `item` is the section the pathname is in. The dashboard only matches exactly. */
export function isActive(pathname: string, base: string, item: NavItem): boolean {
  if (!item.path) return pathname === base || pathname === `${base}/`;
  const target = `${base}/${item.path}`;
  return pathname === target || pathname.startsWith(`${target}/`);
}
