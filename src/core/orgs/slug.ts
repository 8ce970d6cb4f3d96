const MAX_SLUG_LENGTH = 48;

/** Turns an organization name into its URL slug: lowercase ASCII letters, digits and single dashes. */
export function slugify(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, MAX_SLUG_LENGTH)
    .replace(/-+$/g, "");
}

/** Slugs that would shadow app routes or confuse people. */
export const RESERVED_SLUGS = new Set(["new", "api", "admin", "settings", "app", "www", "invite", "sign-in", "sign-up"]);
