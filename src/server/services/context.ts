import type { Role } from "@/core/authz";
import type { Db } from "@/server/db/types";

export type Actor =
  | { type: "user"; userId: string; label: string }
  | { type: "apiKey"; keyId: string; label: string }
  | { type: "system"; label: string }
  | { type: "webhook"; endpointId: string; label: string };

export interface OrgRef {
  id: string;
  name: string;
  slug: string;
}

/** What every org-scoped service receives: the org (resolved and checked by the API layer), who acts, and with what role. */
export interface ServiceContext {
  org: OrgRef;
  actor: Actor;
  role: Role;
  db: Db;
}

export interface SignedInUser {
  id: string;
  name: string | null;
  email: string;
}

/** For services that act for a signed-in user outside any one org (creating an org, accepting an invitation). */
export interface UserContext {
  user: SignedInUser;
  db: Db;
}

export function actorIdOf(actor: Actor): string | null {
  switch (actor.type) {
    case "user":
      return actor.userId;
    case "apiKey":
      return actor.keyId;
    case "webhook":
      return actor.endpointId;
    case "system":
      return null;
  }
}
