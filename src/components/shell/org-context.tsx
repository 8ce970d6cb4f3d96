"use client";

import { createContext, useContext, useMemo, type ReactNode } from "react";
import type { Permission, Role } from "@/core/authz";

export interface OrgSummary {
  id: string;
  name: string;
  slug: string;
}

export interface OrgViewer {
  id: string;
  name: string | null;
  email: string;
}

export interface OrgContextValue {
  org: OrgSummary;
  role: Role;
  permissions: readonly Permission[];
  /** The signed-in user looking at this org. */
  user: OrgViewer;
  /** Whether the signed-in user's role grants `permission` here (the server checks again on every call). */
  can: (permission: Permission) => boolean;
  /** Builds a path inside this org: `href("settings")` → `/o/acme/settings`. */
  href: (path?: string) => string;
}

const OrgContext = createContext<OrgContextValue | null>(null);

export function OrgProvider({
  org,
  role,
  permissions,
  user,
  children,
}: {
  org: OrgSummary;
  role: Role;
  permissions: readonly Permission[];
  user: OrgViewer;
  children: ReactNode;
}) {
  const value = useMemo<OrgContextValue>(() => {
    const granted = new Set(permissions);
    const base = `/o/${org.slug}`;
    return {
      org,
      role,
      permissions,
      user,
      can: (permission) => granted.has(permission),
      href: (path) => (path ? `${base}/${path.replace(/^\/+/, "")}` : base),
    };
  }, [org, role, permissions, user]);
  return <OrgContext.Provider value={value}>{children}</OrgContext.Provider>;
}

/** The current organization, the user's role and permissions in it. Only inside `/o/[orgSlug]`. */
export function useOrg(): OrgContextValue {
  const value = useContext(OrgContext);
  if (!value) throw new Error("useOrg() must be used inside the organization layout (OrgProvider).");
  return value;
}
