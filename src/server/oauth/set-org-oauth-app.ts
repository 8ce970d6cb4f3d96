import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { sealSecret } from "@/core/vault";
import { oauthApps } from "@/server/db/schema/oauth";
import { recordAudit } from "@/server/services/audit/record-audit";
import type { ServiceContext } from "@/server/services/context";
import { getVaultKeyring } from "@/server/vault/vault-keyring";
import { oauthAppAad } from "./oauth-app-credentials";

const appIdSchema = z.string().regex(/^[a-z][a-z0-9-]{0,31}$/, "An OAuth app id is lowercase letters, digits or '-' (e.g. google).");

export const setOrgOAuthAppInput = z.object({
  app: appIdSchema,
  clientId: z.string().trim().min(1, "Enter the OAuth app's client id.").max(512),
  /** Omit for a public client (PKCE only). */
  clientSecret: z.string().min(1).max(4096).optional(),
});
export const removeOrgOAuthAppInput = z.object({ app: appIdSchema });

/** Sets (or replaces) the org's own OAuth app for a provider; its secret is sealed and never returned. */
export async function setOrgOAuthApp({ ctx, input }: { ctx: ServiceContext; input: z.infer<typeof setOrgOAuthAppInput> }) {
  const sealedClientSecret = input.clientSecret ? sealSecret(getVaultKeyring(), input.clientSecret, oauthAppAad(ctx.org.id, input.app)) : null;
  return ctx.db.transaction(async (tx) => {
    await tx
      .insert(oauthApps)
      .values({ orgId: ctx.org.id, app: input.app, clientId: input.clientId, sealedClientSecret })
      .onConflictDoUpdate({ target: [oauthApps.orgId, oauthApps.app], set: { clientId: input.clientId, sealedClientSecret, updatedAt: new Date() } });
    await recordAudit(tx, { orgId: ctx.org.id, actor: ctx.actor, action: "oauth_app.set", target: { type: "oauth_app", id: input.app }, metadata: { clientId: input.clientId } });
    return { app: input.app, clientId: input.clientId, hasSecret: sealedClientSecret !== null };
  });
}

/** Removes the org's override: the server's OAUTH_<APP>_* app applies again. */
export async function removeOrgOAuthApp({ ctx, input }: { ctx: ServiceContext; input: z.infer<typeof removeOrgOAuthAppInput> }) {
  return ctx.db.transaction(async (tx) => {
    const removed = await tx.delete(oauthApps).where(and(eq(oauthApps.orgId, ctx.org.id), eq(oauthApps.app, input.app))).returning({ id: oauthApps.id });
    if (removed.length > 0) await recordAudit(tx, { orgId: ctx.org.id, actor: ctx.actor, action: "oauth_app.removed", target: { type: "oauth_app", id: input.app } });
    return { removed: removed.length > 0 };
  });
}
