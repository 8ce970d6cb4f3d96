"use client";

import { ChevronRightIcon } from "lucide-react";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { Fragment } from "react";
import { SEGMENT_LABELS } from "./nav-items";
import { useOrg } from "./org-context";

interface Crumb {
  label: string;
  href: string;
}

function crumbsFor(pathname: string, base: string): Crumb[] {
  const rest = pathname.startsWith(base) ? pathname.slice(base.length) : "";
  const segments = rest.split("/").filter(Boolean);
  if (segments.length === 0) return [{ label: "Dashboard", href: base }];
  return segments.map((segment, index) => ({
    label: SEGMENT_LABELS[segment] ?? labelForSegment(segments[index - 1], decodeURIComponent(segment)),
    href: `${base}/${segments.slice(0, index + 1).join("/")}`,
  }));
}

/** "Acme / Settings / Members" in the top bar, from the current path. */
export function ShellBreadcrumb() {
  const pathname = usePathname();
  const { org, href } = useOrg();
  const crumbs = crumbsFor(pathname, href());

  return (
    <nav aria-label="Breadcrumb" className="min-w-0">
      <ol className="flex min-w-0 items-center gap-1.5 text-sm">
        <li className="hidden min-w-0 items-center gap-1.5 sm:flex">
          <Link href={href()} className="truncate text-muted-foreground transition-colors hover:text-foreground">
            {org.name}
          </Link>
          <ChevronRightIcon aria-hidden="true" className="size-3.5 shrink-0 text-muted-foreground/70" />
        </li>
        {crumbs.map((crumb, index) => {
          const last = index === crumbs.length - 1;
          return (
            <Fragment key={crumb.href}>
              <li className="min-w-0">
                {last ? (
                  <span aria-current="page" className="block truncate font-medium text-foreground">
                    {crumb.label}
                  </span>
                ) : (
                  <Link href={crumb.href} className="block truncate text-muted-foreground transition-colors hover:text-foreground">
                    {crumb.label}
                  </Link>
                )}
              </li>
              {last ? null : (
                <li aria-hidden="true">
                  <ChevronRightIcon className="size-3.5 text-muted-foreground/70" />
                </li>
              )}
            </Fragment>
          );
        })}
      </ol>
    </nav>
  );
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ID_NOUNS: Record<string, string> = { workflows: "Workflow", runs: "Run", connectors: "Connector" };

/** Record ids read badly in a breadcrumb: "Run e51bc11e" instead of the whole UUID. */
function labelForSegment(parent: string | undefined, segment: string): string {
  if (!UUID.test(segment)) return segment;
  return `${(parent && ID_NOUNS[parent]) ?? "Item"} ${segment.slice(0, 8)}`;
}
