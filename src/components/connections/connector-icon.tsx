"use client";

import {
  ActivityIcon,
  BellIcon,
  BotIcon,
  BoxIcon,
  BrainIcon,
  BriefcaseIcon,
  CalendarIcon,
  ChartBarIcon,
  CloudIcon,
  CodeIcon,
  CpuIcon,
  CreditCardIcon,
  DatabaseIcon,
  DollarSignIcon,
  FileIcon,
  FileTextIcon,
  FolderIcon,
  GitBranchIcon,
  GlobeIcon,
  HardDriveIcon,
  HashIcon,
  HeadphonesIcon,
  ImageIcon,
  InboxIcon,
  KeyIcon,
  LayersIcon,
  LinkIcon,
  ListTodoIcon,
  LockIcon,
  MailIcon,
  MapPinIcon,
  MessageCircleIcon,
  MessageSquareIcon,
  MusicIcon,
  NotebookIcon,
  PackageIcon,
  PhoneIcon,
  PlugIcon,
  ReceiptIcon,
  RocketIcon,
  RssIcon,
  SendIcon,
  ServerIcon,
  SettingsIcon,
  SheetIcon,
  ShieldIcon,
  ShoppingBagIcon,
  ShoppingCartIcon,
  SmartphoneIcon,
  StoreIcon,
  TableIcon,
  TagIcon,
  TicketIcon,
  TruckIcon,
  UserIcon,
  UsersIcon,
  VideoIcon,
  WalletIcon,
  WaypointsIcon,
  WebhookIcon,
  WorkflowIcon,
  ZapIcon,
  type LucideIcon,
} from "lucide-react";
import { GitHubIcon } from "@/components/auth/provider-icons";
import { cn } from "@/components/ui/cn";

/**
 * The lucide icons a connector may name, drawn at once. A curated set rather than the whole icon library: loading
 * any name on demand (lucide's DynamicIcon) adds an import map of every icon and a chunk per icon to the build.
 */
const ICONS: Readonly<Record<string, LucideIcon>> = {
  activity: ActivityIcon,
  bell: BellIcon,
  bot: BotIcon,
  box: BoxIcon,
  brain: BrainIcon,
  briefcase: BriefcaseIcon,
  calendar: CalendarIcon,
  "chart-bar": ChartBarIcon,
  cloud: CloudIcon,
  code: CodeIcon,
  cpu: CpuIcon,
  "credit-card": CreditCardIcon,
  database: DatabaseIcon,
  "dollar-sign": DollarSignIcon,
  file: FileIcon,
  "file-text": FileTextIcon,
  folder: FolderIcon,
  "git-branch": GitBranchIcon,
  globe: GlobeIcon,
  "hard-drive": HardDriveIcon,
  headphones: HeadphonesIcon,
  image: ImageIcon,
  inbox: InboxIcon,
  key: KeyIcon,
  layers: LayersIcon,
  link: LinkIcon,
  "list-todo": ListTodoIcon,
  lock: LockIcon,
  mail: MailIcon,
  "map-pin": MapPinIcon,
  "message-circle": MessageCircleIcon,
  "message-square": MessageSquareIcon,
  music: MusicIcon,
  notebook: NotebookIcon,
  package: PackageIcon,
  phone: PhoneIcon,
  plug: PlugIcon,
  receipt: ReceiptIcon,
  rocket: RocketIcon,
  rss: RssIcon,
  send: SendIcon,
  server: ServerIcon,
  settings: SettingsIcon,
  sheet: SheetIcon,
  shield: ShieldIcon,
  "shopping-bag": ShoppingBagIcon,
  "shopping-cart": ShoppingCartIcon,
  smartphone: SmartphoneIcon,
  store: StoreIcon,
  table: TableIcon,
  tag: TagIcon,
  ticket: TicketIcon,
  truck: TruckIcon,
  user: UserIcon,
  users: UsersIcon,
  video: VideoIcon,
  wallet: WalletIcon,
  waypoints: WaypointsIcon,
  webhook: WebhookIcon,
  workflow: WorkflowIcon,
  zap: ZapIcon,
  // The icon set has no brand marks.
  slack: HashIcon,
};

/** X (formerly Twitter), drawn in a 24×24 box. */
const X_MARK =
  "M18.901 1.153h3.68l-8.04 9.19L24 22.846h-7.406l-5.8-7.584-6.638 7.584H.474l8.6-9.83L0 1.154h7.594l5.243 6.932ZM17.61 20.644h2.039L6.486 3.24H4.298Z";

const SVG_PATH = /^[Mm]\s*[-+.\d]/;

function Glyph({ icon }: { icon: string }) {
  if (icon === "github") return <GitHubIcon className="size-5" />;
  if (icon === "twitter" || icon === "x") {
    return (
      <svg viewBox="0 0 24 24" aria-hidden="true" className="size-4" fill="currentColor">
        <path d={X_MARK} />
      </svg>
    );
  }
  const Known = ICONS[icon];
  if (Known) return <Known aria-hidden="true" className="size-5" />;
  if (SVG_PATH.test(icon)) {
    return (
      <svg viewBox="0 0 24 24" aria-hidden="true" className="size-5" fill="none" stroke="currentColor" strokeWidth={2} strokeLinecap="round" strokeLinejoin="round">
        <path d={icon} />
      </svg>
    );
  }
  return <PlugIcon aria-hidden="true" className="size-5" />;
}

/**
 * A connector's icon in a small tile: a lucide icon name ("mail", "credit-card"), a brand the icon set lacks
 * (GitHub, X, Slack) or an SVG path drawn in a 24×24 box. Anything else, or a connector that is gone, shows a plug.
 */
export function ConnectorIcon({ icon, size = "md", className }: { icon: string | undefined; size?: "sm" | "md"; className?: string }) {
  return (
    <span
      aria-hidden="true"
      className={cn(
        "flex shrink-0 items-center justify-center rounded-lg border bg-background text-foreground shadow-xs",
        size === "sm" ? "size-8 [&_svg]:size-4" : "size-10",
        className,
      )}
    >
      <Glyph icon={icon ?? "plug"} />
    </span>
  );
}
