import type * as React from "react";
import { AppSidebar } from "./app-sidebar";
import { TopBar } from "./top-bar";

/** Sidebar on the left (a drawer on small screens), top bar, and the page. */
export function AppShell({ userImage, children }: { userImage: string | null; children: React.ReactNode }) {
  return (
    <div className="flex min-h-svh bg-background">
      <a
        href="#main"
        className="sr-only z-50 rounded-md bg-background px-3 py-2 text-sm font-medium shadow focus:not-sr-only focus:fixed focus:top-3 focus:left-3"
      >
        Skip to content
      </a>
      <aside className="sticky top-0 hidden h-svh w-64 shrink-0 border-r border-sidebar-border md:block">
        <AppSidebar />
      </aside>
      <div className="flex min-w-0 flex-1 flex-col">
        <TopBar userImage={userImage} />
        <main id="main" className="flex-1 px-4 py-6 sm:px-6 lg:px-8 lg:py-10">
          <div className="mx-auto w-full max-w-6xl">{children}</div>
        </main>
      </div>
    </div>
  );
}
