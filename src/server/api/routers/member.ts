import { changeMemberRole, changeRoleInput } from "@/server/services/members/change-role";
import { leaveOrganization } from "@/server/services/members/leave";
import { listMembers } from "@/server/services/members/list";
import { removeMember, removeMemberInput } from "@/server/services/members/remove";
import { createTRPCRouter, orgProcedure } from "../trpc";

export const memberRouter = createTRPCRouter({
  list: orgProcedure("members.read").query(({ ctx }) => listMembers({ ctx: ctx.service })),
  changeRole: orgProcedure("members.manage")
    .input(changeRoleInput)
    .mutation(({ ctx, input }) => changeMemberRole({ ctx: ctx.service, input })),
  remove: orgProcedure("members.manage")
    .input(removeMemberInput)
    .mutation(({ ctx, input }) => removeMember({ ctx: ctx.service, input })),
  leave: orgProcedure("org.read").mutation(({ ctx }) => leaveOrganization({ ctx: ctx.service })),
});
