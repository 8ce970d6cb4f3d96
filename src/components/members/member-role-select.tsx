"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { toast } from "sonner";
import { isRole, ROLE_LABELS } from "@/core/authz";
import type { Member } from "@/components/common/api-types";
import { useOrg } from "@/components/shell/org-context";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { useTRPC } from "@/trpc/react";
import { assignableRoles, roleWithArticle } from "./roles";

/** Changes a member's role in place; offers only the roles the viewer may assign. */
export function MemberRoleSelect({ member }: { member: Member }) {
  const { org, role: myRole, user } = useOrg();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const router = useRouter();

  const changeRole = useMutation(
    trpc.member.changeRole.mutationOptions({
      onSuccess: async (result) => {
        toast.success(`${member.name ?? member.email} is now ${roleWithArticle(result.role)}.`);
        await Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.member.list.queryKey({ orgSlug: org.slug }) }),
          queryClient.invalidateQueries({ queryKey: trpc.audit.pathKey() }),
        ]);
        // Your own role changed: reload the shell so permissions follow.
        if (member.userId === user.id) router.refresh();
      },
      onError: (error) => toast.error(error.message),
    }),
  );

  const shown = changeRole.isPending ? changeRole.variables.role : member.role;
  const options = assignableRoles(myRole);

  return (
    <Select
      value={shown}
      disabled={changeRole.isPending}
      onValueChange={(value) => {
        if (!isRole(value) || value === member.role) return;
        changeRole.mutate({ orgSlug: org.slug, membershipId: member.membershipId, role: value });
      }}
    >
      <SelectTrigger size="sm" className="w-32" aria-label={"Role for " + member.email}>
        <SelectValue>{ROLE_LABELS[shown]}</SelectValue>
      </SelectTrigger>
      <SelectContent>
        {options.map((role) => (
          <SelectItem key={role} value={role}>
            {ROLE_LABELS[role]}
          </SelectItem>
        ))}
      </SelectContent>
    </Select>
  );
}
