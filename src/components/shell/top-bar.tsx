import { ModeToggle } from "@/components/theme/mode-toggle";
import { MobileSidebar } from "./mobile-sidebar";
import { ShellBreadcrumb } from "./shell-breadcrumb";
import { UserMenu } from "./user-menu";

/** The bar above every page in an organization: drawer toggle (small screens), breadcrumb, theme and account. */
export function TopBar({ userImage }: { userImage: string | null }) {
  return (
    <header className="sticky top-0 z-30 flex h-14 shrink-0 items-center gap-2 border-b bg-background/85 px-4 backdrop-blur supports-[backdrop-filter]:bg-background/70 sm:px-6 lg:px-8">
      <MobileSidebar />
      <ShellBreadcrumb />
      <div className="ml-auto flex items-center gap-1">
        <ModeToggle />
        <UserMenu image={userImage} />
      </div>
    </header>
  );
}
