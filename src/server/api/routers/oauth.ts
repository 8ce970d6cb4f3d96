import { removeOrgOAuthApp, removeOrgOAuthAppInput, setOrgOAuthApp, setOrgOAuthAppInput } from "@/server/oauth/set-org-oauth-app";
import { startAuthorization, startAuthorizationInput } from "@/server/oauth/start-authorization";
import { createTRPCRouter, orgProcedure } from "../trpc";

/** OAuth2 connections: start the browser flow (the callback route finishes it) and the org's own OAuth apps. */
export const oauthRouter = createTRPCRouter({
  start: orgProcedure("connections.write")
    .input(startAuthorizationInput)
    .mutation(({ ctx, input }) => startAuthorization({ ctx: ctx.service, input })),
  setApp: orgProcedure("org.update")
    .input(setOrgOAuthAppInput)
    .mutation(({ ctx, input }) => setOrgOAuthApp({ ctx: ctx.service, input })),
  removeApp: orgProcedure("org.update")
    .input(removeOrgOAuthAppInput)
    .mutation(({ ctx, input }) => removeOrgOAuthApp({ ctx: ctx.service, input })),
});
