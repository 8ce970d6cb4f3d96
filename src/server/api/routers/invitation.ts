import { acceptInvitation } from "@/server/services/invitations/accept";
import { createInvitation, createInvitationInput } from "@/server/services/invitations/create";
import { listInvitations } from "@/server/services/invitations/list";
import { invitationTokenInput, previewInvitation } from "@/server/services/invitations/preview";
import { revokeInvitation, revokeInvitationInput } from "@/server/services/invitations/revoke";
import { createTRPCRouter, orgProcedure, protectedProcedure, publicProcedure } from "../trpc";

export const invitationRouter = createTRPCRouter({
  list: orgProcedure("members.read").query(({ ctx }) => listInvitations({ ctx: ctx.service })),
  create: orgProcedure("members.manage")
    .input(createInvitationInput)
    .mutation(({ ctx, input }) => createInvitation({ ctx: ctx.service, input })),
  revoke: orgProcedure("members.manage")
    .input(revokeInvitationInput)
    .mutation(({ ctx, input }) => revokeInvitation({ ctx: ctx.service, input })),
  preview: publicProcedure.input(invitationTokenInput).query(({ ctx, input }) => previewInvitation({ db: ctx.db, input })),
  accept: protectedProcedure
    .input(invitationTokenInput)
    .mutation(({ ctx, input }) => acceptInvitation({ ctx: ctx.userContext, input })),
});
