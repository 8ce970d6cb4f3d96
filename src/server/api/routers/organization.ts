import { permissionsOf } from "@/core/authz";
import { createOrganization, createOrganizationInput } from "@/server/services/organizations/create";
import { deleteOrganization, deleteOrganizationInput } from "@/server/services/organizations/delete";
import { listMyOrganizations } from "@/server/services/organizations/list-mine";
import { renameOrganization, renameOrganizationInput } from "@/server/services/organizations/rename";
import { createTRPCRouter, orgProcedure, protectedProcedure } from "../trpc";

export const organizationRouter = createTRPCRouter({
  listMine: protectedProcedure.query(({ ctx }) => listMyOrganizations({ ctx: ctx.userContext })),
  create: protectedProcedure
    .input(createOrganizationInput)
    .mutation(({ ctx, input }) => createOrganization({ ctx: ctx.userContext, input })),
  get: orgProcedure("org.read").query(({ ctx }) => ({
    ...ctx.service.org,
    role: ctx.service.role,
    permissions: permissionsOf(ctx.service.role),
  })),
  rename: orgProcedure("org.update")
    .input(renameOrganizationInput)
    .mutation(({ ctx, input }) => renameOrganization({ ctx: ctx.service, input })),
  delete: orgProcedure("org.delete")
    .input(deleteOrganizationInput)
    .mutation(({ ctx, input }) => deleteOrganization({ ctx: ctx.service, input })),
});
