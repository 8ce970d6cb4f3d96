"use client";

import { useQuery } from "@tanstack/react-query";
import { CheckIcon, ChevronsUpDownIcon, PlusIcon } from "lucide-react";
import Link from "next/link";
import { ROLE_LABELS } from "@/core/authz";
import { OrgAvatar } from "@/components/common/org-avatar";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { useTRPC } from "@/trpc/react";
import { useOrg } from "./org-context";

/** Shows the current organization and switches to another one (or to creating a new one). */
export function OrgSwitcher() {
  const { org, role } = useOrg();
  const trpc = useTRPC();
  const { data } = useQuery(trpc.org.listMine.queryOptions());
  const orgs = data ?? [{ ...org, role }];

  return (
    <DropdownMenu>
      <DropdownMenuTrigger asChild>
        <button
          type="button"
          className="flex w-full items-center gap-3 rounded-lg border border-sidebar-border bg-background p-2 text-left shadow-xs transition-colors outline-none hover:bg-sidebar-accent focus-visible:ring-[3px] focus-visible:ring-sidebar-ring/50 data-[state=open]:bg-sidebar-accent dark:bg-input/30"
        >
          <OrgAvatar name={org.name} />
          <span className="grid min-w-0 flex-1 leading-tight">
            <span className="truncate text-sm font-medium">{org.name}</span>
            <span className="truncate text-xs text-muted-foreground">{ROLE_LABELS[role]}</span>
          </span>
          <ChevronsUpDownIcon aria-hidden="true" className="size-4 shrink-0 text-muted-foreground" />
          <span className="sr-only">Switch organization</span>
        </button>
      </DropdownMenuTrigger>
      <DropdownMenuContent align="start" className="w-(--radix-dropdown-menu-trigger-width) min-w-60">
        <DropdownMenuLabel className="text-xs font-normal text-muted-foreground">Organizations</DropdownMenuLabel>
        {orgs.map((item) => {
          const current = item.slug === org.slug;
          return (
            <DropdownMenuItem key={item.id} asChild>
              <Link href={`/o/${item.slug}`} aria-current={current ? "page" : undefined}>
                <OrgAvatar name={item.name} className="size-6 rounded text-[10px]" />
                <span className="min-w-0 flex-1 truncate">{item.name}</span>
                {current ? (
                  <>
                    <CheckIcon aria-hidden="true" className="text-primary" />
                    <span className="sr-only">(current)</span>
                  </>
                ) : null}
              </Link>
            </DropdownMenuItem>
          );
        })}
        <DropdownMenuSeparator />
        <DropdownMenuItem asChild>
          <Link href="/orgs/new">
            <PlusIcon aria-hidden="true" />
            Create organization
          </Link>
        </DropdownMenuItem>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
