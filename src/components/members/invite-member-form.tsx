"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { CircleAlertIcon } from "lucide-react";
import { useState, type FormEvent } from "react";
import { emailSchema } from "@/core/accounts/credentials-rules";
import { isRole, ROLE_LABELS, type Role } from "@/core/authz";
import type { CreatedInvitation } from "@/components/common/api-types";
import { apiFieldError } from "@/components/forms/api-error";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { useOrg } from "@/components/shell/org-context";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { DialogClose, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/form-field-error";
import { Label } from "@/components/ui/label";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { useTRPC } from "@/trpc/react";
import { assignableRoles, ROLE_DESCRIPTIONS } from "./roles";

/** Email + role; creates the invitation and hands the result (with its one-time link) up. */
export function InviteMemberForm({ onInvited }: { onInvited: (invitation: CreatedInvitation) => void }) {
  const { org, role: myRole } = useOrg();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const roles = assignableRoles(myRole);
  const [role, setRole] = useState<Role>(roles.includes("editor") ? "editor" : (roles.at(-1) ?? "viewer"));
  const [emailError, setEmailError] = useState<string | undefined>();
  const [roleError, setRoleError] = useState<string | undefined>();
  const [formError, setFormError] = useState<string | null>(null);

  const create = useMutation(
    trpc.invitation.create.mutationOptions({
      onSuccess: async (invitation) => {
        onInvited(invitation);
        await Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.invitation.list.queryKey({ orgSlug: org.slug }) }),
          queryClient.invalidateQueries({ queryKey: trpc.audit.pathKey() }),
        ]);
      },
      onError: (error) => {
        const email = apiFieldError(error, "email");
        const roleMessage = apiFieldError(error, "role");
        setEmailError(email);
        setRoleError(roleMessage);
        setFormError(email || roleMessage ? null : error.message);
      },
    }),
  );

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = emailSchema.safeParse(new FormData(event.currentTarget).get("email") ?? "");
    setFormError(null);
    setRoleError(undefined);
    if (!parsed.success) {
      setEmailError(parsed.error.issues[0]?.message);
      return;
    }
    setEmailError(undefined);
    create.mutate({ orgSlug: org.slug, email: parsed.data, role });
  }

  return (
    <form noValidate onSubmit={onSubmit} className="grid gap-4">
      <DialogHeader>
        <DialogTitle>Invite a member</DialogTitle>
        <DialogDescription>
          They&apos;ll get a link to join {org.name}. The link works once and expires in 7 days.
        </DialogDescription>
      </DialogHeader>
      {formError ? (
        <Alert variant="destructive">
          <CircleAlertIcon />
          <AlertDescription>{formError}</AlertDescription>
        </Alert>
      ) : null}
      <TextField
        id="invite-email"
        name="email"
        type="email"
        label="Email address"
        placeholder="teammate@example.com"
        autoComplete="off"
        autoFocus
        error={emailError}
        disabled={create.isPending}
      />
      <div className="grid gap-2">
        <Label htmlFor="invite-role">Role</Label>
        <Select
          value={role}
          onValueChange={(value) => isRole(value) && setRole(value)}
          disabled={create.isPending}
        >
          <SelectTrigger
            id="invite-role"
            className="w-full"
            aria-describedby="invite-role-hint"
            aria-invalid={roleError ? true : undefined}
          >
            <SelectValue>{ROLE_LABELS[role]}</SelectValue>
          </SelectTrigger>
          <SelectContent>
            {roles.map((option) => (
              <SelectItem key={option} value={option}>
                {ROLE_LABELS[option]}
              </SelectItem>
            ))}
          </SelectContent>
        </Select>
        <p id="invite-role-hint" className="text-xs text-muted-foreground">
          {ROLE_DESCRIPTIONS[role]}
        </p>
        <FieldError message={roleError} />
      </div>
      <DialogFooter className="pt-2">
        <DialogClose asChild>
          <Button type="button" variant="outline" disabled={create.isPending}>
            Cancel
          </Button>
        </DialogClose>
        <SubmitButton pending={create.isPending}>Send invitation</SubmitButton>
      </DialogFooter>
    </form>
  );
}
